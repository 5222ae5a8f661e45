#include "CheckCommand.h"

#include "check/Checker.h"
#include "check/RuleCatalog.h"
#include "io/CheckJson.h"
#include "io/ReportReader.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace nianbao::cli {
namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

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
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("要检查的报告文件"), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    const QString versionName = parser.value(version);
    if (versionName != QLatin1String("auto") && !FormatSpec::find(versionName)) {
        err() << QStringLiteral("--format-version 只能是 auto、2019 或 2021，而不是“%1”").arg(versionName) << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << QStringLiteral("用法：nianbao-cli check [--json] [--format-version auto|2019|2021] FILE...") << Qt::endl;
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
    bool anyError = false, anyUnreadable = false;
    for (const QString& file : files) {
        const ReadResult result = readReportFile(file, options);
        if (!result.ok()) {
            err() << file << QStringLiteral(": 无法检查：") << result.error << Qt::endl;
            anyUnreadable = true;
            continue;
        }
        const Report& report = *result.report;
        const std::vector<Finding> findings = checkReport(report, checkOptions);
        const FindingCounts counts = countFindings(findings);
        anyError = anyError || counts.errors > 0;
        if (parser.isSet(json)) {
            out() << QJsonDocument(reportToJson(report, findings)).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        for (const Finding& f : findings) {
            out() << file << ':' << (f.span.isValid() ? QString::number(f.span.line) : QStringLiteral("-")) << ": "
                  << severityName(f.severity) << ": " << f.message << QStringLiteral(" [") << f.rule << ']' << Qt::endl;
        }
        out() << summaryLine(report, counts) << Qt::endl;
    }
    out().flush();
    if (anyUnreadable) return 2;
    return anyError ? 1 : 0;
}

}  // namespace nianbao::cli
