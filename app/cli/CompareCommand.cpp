#include "CompareCommand.h"

#include "Console.h"

#include "batch/ReportFiles.h"
#include "compare/ComparisonExport.h"
#include "io/AtomicFile.h"
#include "io/ReportReader.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace nianbao::cli {

int runCompare(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("按机关分组、按年度比较多份年度报告，检查跨年度勾稽关系"));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("输出 JSON"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("另写一份逐年逐格的比较 CSV（UTF-8 带 BOM）"), QStringLiteral("OUT.csv"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), QStringLiteral("标记较上年变化超过该百分比的单元格（默认 50）"),
                                       QStringLiteral("PCT"), QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(csv);
    parser.addOption(threshold);
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("报告文件或文件夹，任意格式、任意顺序"), QStringLiteral("REPORT..."));
    if (const std::optional<int> done = parseCommandLine(parser, arguments)) return *done;
    ComparisonOptions options;
    bool ok = false;
    options.changeThreshold = parser.value(threshold).toDouble(&ok) / 100.0;
    if (!ok || options.changeThreshold <= 0) {
        err() << QStringLiteral("--threshold 需要一个正数（百分比），而不是“%1”").arg(parser.value(threshold)) << Qt::endl;
        return 2;
    }
    const std::vector<ReportEntry> files = listReportFiles(parser.positionalArguments());
    if (files.empty()) {
        err() << QStringLiteral("用法：nianbao-cli compare [--json] [--csv OUT.csv] [--threshold PCT] 报告...") << Qt::endl;
        return 2;
    }
    if (parser.isSet(csv)) {
        std::vector<ProtectedFile> inputs;
        for (const ReportEntry& file : files) inputs.push_back({file.path, QStringLiteral("输入报告")});
        if (const QString problem = outputPathProblem(parser.value(csv), inputs, QStringLiteral("csv")); !problem.isEmpty()) {
            err() << QStringLiteral("--csv：") << problem << Qt::endl;
            return 2;
        }
    }
    bool unreadable = false;
    std::vector<Report> reports;
    reports.reserve(files.size());
    for (const ReportEntry& file : files) {
        ReadResult r = file.problem.isEmpty() ? readReportFile(file.path) : ReadResult{std::nullopt, file.problem};
        if (!r.ok()) {
            err() << file.path << QStringLiteral(": 无法比较：") << r.error << Qt::endl;
            unreadable = true;
            continue;
        }
        reports.push_back(std::move(*r.report));
    }
    std::vector<const Report*> pointers;
    for (const Report& r : reports) pointers.push_back(&r);
    const std::vector<ComparisonGroup> groups = compareReports(pointers, options);

    bool anyError = false;
    for (const ComparisonGroup& g : groups)
        for (const ComparisonFinding& f : g.findings) anyError = anyError || f.finding.severity == Severity::Error;

    if (parser.isSet(csv)) {
        const QString error = writeFileAtomically(parser.value(csv), comparisonToCsv(groups));
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(comparisonToJson(groups)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const ComparisonGroup& g : groups) {
            QStringList years;
            for (const Report* r : g.reports)
                years << QStringLiteral("%1 年（%2 格式）").arg(r->meta.year).arg(r->meta.version);
            out() << (g.agency.isEmpty() ? QStringLiteral("（机关名称未知）") : g.agency) << QStringLiteral("：") << years.join(QStringLiteral(" → "))
                << Qt::endl;
            for (const ComparisonFinding& f : g.findings) {
                const QString file = f.cellFiles.empty() ? g.reports.back()->meta.file : f.cellFiles.front();
                out() << "  " << file << ':' << (f.finding.span.isValid() ? QString::number(f.finding.span.line) : QStringLiteral("-"))
                    << ": " << severityName(f.finding.severity) << ": " << f.finding.message << QStringLiteral(" [") << f.finding.rule << ']'
                    << Qt::endl;
            }
            int flagged = 0;
            for (const AlignedCell& c : g.cells) flagged += int(std::count(c.flagged.begin(), c.flagged.end(), true));
            out() << QStringLiteral("  %1 条跨年度问题，%2 个单元格较上年变化超过 %3%").arg(g.findings.size()).arg(flagged)
                       .arg(options.changeThreshold * 100) << Qt::endl;
        }
    }
    if (unreadable) return 2;
    return anyError ? 1 : 0;
}

}  // namespace nianbao::cli
