#include "CheckCommand.h"

#include "Console.h"

#include "check/Checker.h"
#include "batch/CheckSummary.h"
#include "batch/OrderedParallel.h"
#include "batch/ReportFiles.h"
#include "check/RuleCatalog.h"
#include "ProgressBar.h"
#include "io/AtomicFile.h"
#include "io/CheckJson.h"
#include "io/ReportReader.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QThread>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace nianbao::cli {
namespace {

QString summaryLine(const Report& report, const FindingCounts& counts) {
    const ReportMetadata& m = report.meta;
    return QStringLiteral("%1: %2 个错误，%3 个警告，%4 条提示（%5 格式，%6，%7，编码 %8）")
        .arg(m.file)
        .arg(counts.errors)
        .arg(counts.warnings)
        .arg(counts.infos)
        .arg(m.version)
        .arg(m.year ? QStringLiteral("%1 年度").arg(m.year) : QStringLiteral("年度未知"))
        .arg(m.agency.isEmpty() ? QStringLiteral("机关名称未知") : m.agency)
        .arg(m.encoding);
}

// What one file contributes to the run, computed on a worker thread.
struct FileOutcome {
    QString outputText;  // stdout: finding lines and the summary line, or one JSON line
    QString errorText;   // stderr: why the file could not be read
    SummaryRow summary;
};

FileOutcome failed(const QString& file, const QString& reason) {
    FileOutcome outcome;
    outcome.errorText = file + QStringLiteral(": 无法检查：") + reason;
    outcome.summary = summaryOfFailure(file, reason);
    return outcome;
}

FileOutcome checkFile(const ReportEntry& entry, const ReadOptions& options, const CheckOptions& checkOptions, bool asJson) {
    if (!entry.problem.isEmpty()) return failed(entry.path, entry.problem);
    const QString& file = entry.path;
    FileOutcome outcome;
    const ReadResult result = readReportFile(file, options);
    if (!result.ok()) return failed(file, result.error);
    const Report& report = *result.report;
    const std::vector<Finding> findings = checkReport(report, checkOptions);
    outcome.summary = summaryOf(report, findings);
    if (asJson) {
        outcome.outputText = QString::fromUtf8(QJsonDocument(reportToJson(report, findings)).toJson(QJsonDocument::Compact)) +
                             QLatin1Char('\n');
        return outcome;
    }
    QTextStream text(&outcome.outputText);
    for (const Finding& f : findings)
        text << file << ':' << (f.span.isValid() ? QString::number(f.span.line) : QStringLiteral("-")) << ": "
             << severityName(f.severity) << ": " << f.message << QStringLiteral(" [") << f.rule << "]\n";
    text << summaryLine(report, outcome.summary.counts) << '\n';
    return outcome;
}

}  // namespace

int runCheck(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("检查政府信息公开工作年度报告的统计表勾稽关系"));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("每个文件输出一行 JSON（JSON Lines）"));
    const QCommandLineOption version(QStringLiteral("format-version"),
                                     QStringLiteral("报告格式版本：auto、2019 或 2021（默认 auto）"),
                                     QStringLiteral("version"), QStringLiteral("auto"));
    const QCommandLineOption disable(QStringLiteral("disable"),
                                     QStringLiteral("不检查该规则（可重复，或用逗号分隔多个规则编号）"), QStringLiteral("rule"));
    parser.addOption(json);
    parser.addOption(version);
    parser.addOption(disable);
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("同时检查的文件数（默认为处理器核心数）"), QStringLiteral("N"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"),
                                           QStringLiteral("另写一份汇总 CSV：每份报告一行（UTF-8 带 BOM）"), QStringLiteral("OUT.csv"));
    parser.addOption(jobsOption);
    parser.addOption(summaryOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("要检查的报告文件，或包含报告的文件夹（递归查找）"),
                                 QStringLiteral("文件或文件夹..."));
    if (const std::optional<int> done = parseCommandLine(parser, arguments)) return *done;
    const QString versionName = parser.value(version);
    if (versionName != QLatin1String("auto") && !FormatSpec::find(versionName)) {
        err() << QStringLiteral("--format-version 只能是 auto、2019 或 2021，而不是“%1”").arg(versionName) << Qt::endl;
        return 2;
    }
    const QStringList arguments_ = parser.positionalArguments();
    if (arguments_.isEmpty()) {
        err() << QStringLiteral("用法：nianbao-cli check [--json] [--format-version auto|2019|2021] [--disable RULE] "
                                "[--jobs N] [--summary OUT.csv] 文件或文件夹...") << Qt::endl;
        return 2;
    }

    CheckOptions checkOptions;
    for (const QString& value : parser.values(disable)) {
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!findRule(id.trimmed())) {
                QStringList known;
                for (const RuleInfo& r : allRules()) known << r.id;
                err() << QStringLiteral("--disable：没有名为“%1”的规则。可用的规则：%2").arg(id, known.join(QStringLiteral(", "))) << Qt::endl;
                return 2;
            }
            checkOptions.disabledRules.insert(id.trimmed());
        }
    }

    ReadOptions options;
    if (versionName != QLatin1String("auto")) options.reconstruct.formatVersion = versionName;
    const std::vector<ReportEntry> files = listReportFiles(arguments_);

    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            err() << QStringLiteral("--jobs 需要一个正整数，而不是“%1”").arg(parser.value(jobsOption)) << Qt::endl;
            return 2;
        }
    }
    std::unique_ptr<SummaryCsv> summary;
    if (parser.isSet(summaryOption)) {
        std::vector<ProtectedFile> inputs;
        for (const ReportEntry& file : files) inputs.push_back({file.path, QStringLiteral("待检查的报告")});
        if (const QString problem = outputPathProblem(parser.value(summaryOption), inputs, QStringLiteral("csv")); !problem.isEmpty()) {
            err() << QStringLiteral("--summary：") << problem << Qt::endl;
            return 2;
        }
        summary = std::make_unique<SummaryCsv>();
    }

    const bool asJson = parser.isSet(json);
    bool anyError = false, anyUnreadable = false;
    ProgressBar progress(static_cast<int>(files.size()), stderrIsTerminal());
    // Each file is read and checked on a worker; its output is printed here, in
    // input order, so the result does not depend on --jobs.
    runOrdered<FileOutcome>(
        static_cast<int>(files.size()), jobs,
        [&](int i) { return checkFile(files[i], options, checkOptions, asJson); },
        [&](int, FileOutcome&& outcome) {
            if (!outcome.errorText.isEmpty()) err() << outcome.errorText << Qt::endl;
            out() << outcome.outputText << Qt::flush;
            anyError = anyError || outcome.summary.counts.errors > 0;
            anyUnreadable = anyUnreadable || !outcome.summary.readFailure.isEmpty();
            if (summary) summary->add(outcome.summary);
            progress.advance();
        });
    progress.finish();
    if (summary) {
        if (const QString error = writeFileAtomically(parser.value(summaryOption), summary->bytes()); !error.isEmpty()) {
            err() << error << Qt::endl;
            return 2;
        }
    }
    if (anyUnreadable) return 2;
    return anyError ? 1 : 0;
}

}  // namespace nianbao::cli
