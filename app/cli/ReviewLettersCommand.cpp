#include "ReviewLettersCommand.h"

#include "Console.h"
#include "ProgressBar.h"

#include "batch/OrderedParallel.h"
#include "batch/ReviewLetters.h"
#include "io/AtomicFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QThread>

namespace nianbao::cli {
namespace {

int fail(const QString& message) {
    err() << message << Qt::endl;
    return 2;
}

}  // namespace

int runReviewLetters(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("为每份报告生成审核意见书（DOCX），另生成一份审核情况汇总"));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("审核意见书写入的文件夹（不存在时新建）"), QStringLiteral("DIR"));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("审核单位名称（抬头与落款）"), QStringLiteral("NAME"),
                                    LetterSettings::defaultOffice());
    const QCommandLineOption closing(QStringLiteral("closing"), QStringLiteral("落款前的结束语"), QStringLiteral("TEXT"),
                                     LetterSettings::defaultClosing());
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("意见书日期（YYYY-MM-DD，默认今天）"), QStringLiteral("DATE"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("同时处理的文件数（默认为处理器核心数）"), QStringLiteral("N"));
    parser.addOptions({outOption, office, closing, date, jobsOption});
    parser.addPositionalArgument(QStringLiteral("FOLDER_OR_FILES"), QStringLiteral("报告文件或文件夹"));
    const QString usage = QStringLiteral(
        "用法：nianbao-cli review-letters --out DIR [--office NAME] [--closing TEXT] [--date YYYY-MM-DD] [--jobs N] 文件或文件夹...");
    if (const std::optional<int> done = parseCommandLine(parser, arguments, usage)) return *done;
    if (!parser.isSet(outOption) || parser.positionalArguments().isEmpty()) return fail(usage);

    LetterSettings settings{parser.value(office).trimmed(), parser.value(closing), QDate::currentDate()};
    if (settings.office.isEmpty()) return fail(QStringLiteral("--office 不能为空"));
    if (parser.isSet(date)) {
        settings.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!settings.date.isValid()) return fail(QStringLiteral("--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”").arg(parser.value(date)));
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) return fail(QStringLiteral("--jobs 需要一个正整数，而不是“%1”").arg(parser.value(jobsOption)));
    }
    const QString folder = parser.value(outOption);
    if (const QFileInfo info(folder); info.exists() && !info.isDir()) return fail(QStringLiteral("--out：%1 不是文件夹").arg(folder));
    if (!QDir().mkpath(folder)) return fail(QStringLiteral("--out：无法创建文件夹 %1").arg(folder));

    const std::vector<ReportEntry> files = listReportFiles(parser.positionalArguments());
    LetterNames names(folder, files);
    std::vector<LetterSummaryRow> rows;
    bool anyError = false, anyFailure = false;
    ProgressBar progress(static_cast<int>(files.size()), stderrIsTerminal());
    // Letters are built on workers and written here, in input order, so the
    // names (and the "-2" of a repeated name) do not depend on --jobs.
    runOrdered<LetterOutcome>(
        static_cast<int>(files.size()), jobs, [&](int i) { return reviewLetterFor(files[i], settings); },
        [&](int i, LetterOutcome&& outcome) {
            progress.advance();
            rows.push_back(outcome.row);
            if (outcome.letter.isEmpty()) {
                err() << files[i].path << QStringLiteral(": 未生成审核意见书：") << outcome.error << Qt::endl;
                anyFailure = true;
                return;
            }
            const QString path = names.letterFor(files[i].path);
            if (const QString error = writeFileAtomically(path, outcome.letter); !error.isEmpty()) {
                err() << files[i].path << QStringLiteral(": ") << error << Qt::endl;
                anyFailure = true;
                return;
            }
            const FindingCounts& c = outcome.row.summary.counts;
            anyError = anyError || c.errors > 0;
            out() << QStringLiteral("%1: %2 → %3").arg(files[i].path, c.errors + c.warnings ? QStringLiteral("%1 个错误，%2 个警告").arg(c.errors).arg(c.warnings)
                                                                                             : QStringLiteral("审核通过"),
                                                       path)
                  << Qt::endl;
        });
    progress.finish();

    QString error;
    const QByteArray summary = buildSummaryLetter(rows, settings, &error);
    const QString summaryPath = names.summary();
    if (summary.isEmpty()) return fail(QStringLiteral("未生成审核情况汇总：") + error);
    if (error = writeFileAtomically(summaryPath, summary); !error.isEmpty()) return fail(error);
    out() << QStringLiteral("审核情况汇总（%1 份报告）→ %2").arg(rows.size()).arg(summaryPath) << Qt::endl;
    if (anyFailure) return 2;
    return anyError ? 1 : 0;
}

}  // namespace nianbao::cli
