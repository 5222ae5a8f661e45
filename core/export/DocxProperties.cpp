#include "export/DocxParts.h"

#include "export/OfficeXml.h"

#include <QFileInfo>

#include <algorithm>

namespace nianbao {
namespace {

constexpr char kCoreProperties[] = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
constexpr char kDublinCore[] = "http://purl.org/dc/elements/1.1/";
constexpr char kDcTerms[] = "http://purl.org/dc/terms/";
constexpr char kDcmiType[] = "http://purl.org/dc/dcmitype/";
constexpr char kXsi[] = "http://www.w3.org/2001/XMLSchema-instance";
constexpr char kExtended[] = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
constexpr char kCustom[] = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
constexpr char kVariantTypes[] = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
// The format id every custom document property carries (OOXML part 1, 22.3).
const QString kCustomFormatId = QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
// Word shows and keeps at most 255 characters of a text property.
constexpr int kMaxPropertyText = 255;

QString w3cdtf(const QDateTime& time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")); }

QDateTime latestCorrection(const ExportInput& input) {
    QDateTime latest;
    for (const Correction& c : input.corrections)
        if (c.time.isValid() && (!latest.isValid() || c.time > latest)) latest = c.time;
    return latest;
}

QString correctionLine(const Report& report, const Correction& c) {
    const ReportTable* table = report.table(c.cell.table);
    QString where = table ? describeCell(*table->spec, c.cell.row, c.cell.column) : c.cell.table;
    QString line = QStringLiteral("%1：%2 → %3").arg(where, cellValueText(c.original), cellValueText(c.value));
    if (c.time.isValid()) line += QStringLiteral("；%1").arg(c.time.toString(Qt::ISODate));
    if (!c.reason.isEmpty()) line += QStringLiteral("；%1").arg(c.reason);
    return line.left(kMaxPropertyText);
}

class CustomProperties {
public:
    explicit CustomProperties(OfficeXmlWriter& x) : x_(x) {}
    void add(const QString& name, const char* type, const QString& value) {
        x_.start("property", {{"fmtid", kCustomFormatId}, {"pid", QString::number(++pid_)}, {"name", name}});
        x_.text(type, value);
        x_.end();
    }

private:
    OfficeXmlWriter& x_;
    int pid_ = 1;  // pids start at 2; 0 and 1 are reserved
};

}  // namespace

QByteArray docxCorePropertiesXml(const ExportInput& input, const QString& title) {
    return docxCorePropertiesXml(title, QStringLiteral("政府信息公开工作年度报告"), input.report->meta.agency, input.correctedBy, input.exportedAt);
}

QByteArray docxCorePropertiesXml(const QString& title, const QString& subject, const QString& creator, const QString& lastModifiedBy,
                                 const QDateTime& time) {
    OfficeXmlWriter x;
    x.startRoot("cp:coreProperties",
                {{"cp", kCoreProperties}, {"dc", kDublinCore}, {"dcterms", kDcTerms}, {"dcmitype", kDcmiType}, {"xsi", kXsi}});
    x.text("dc:title", title);
    x.text("dc:subject", subject);
    if (!creator.isEmpty()) x.text("dc:creator", creator);
    if (!lastModifiedBy.isEmpty()) x.text("cp:lastModifiedBy", lastModifiedBy);
    x.text("dc:language", QStringLiteral("zh-CN"));
    x.text("dcterms:created", w3cdtf(time), {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    x.text("dcterms:modified", w3cdtf(time), {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    x.end();
    return x.finish();
}

QByteArray docxAppPropertiesXml() {
    OfficeXmlWriter x;
    x.startRoot("Properties", {{"", kExtended}, {"vt", kVariantTypes}});
    x.text("Application", QStringLiteral("Nianbao Workbench"));
    x.text("DocSecurity", QStringLiteral("0"));
    x.end();
    return x.finish();
}

QByteArray docxCustomPropertiesXml(const ExportInput& input) {
    const Report& report = *input.report;
    OfficeXmlWriter x;
    x.startRoot("Properties", {{"", kCustom}, {"vt", kVariantTypes}});
    CustomProperties props(x);
    props.add(QStringLiteral("nianbao.corrections"), "vt:i4", QString::number(input.corrections.size()));
    props.add(QStringLiteral("nianbao.corrected_by"), "vt:lpwstr", input.correctedBy);
    const QDateTime correctedAt = latestCorrection(input);
    props.add(QStringLiteral("nianbao.corrected_at"), "vt:filetime", w3cdtf(correctedAt.isValid() ? correctedAt : input.exportedAt));
    props.add(QStringLiteral("nianbao.exported_at"), "vt:filetime", w3cdtf(input.exportedAt));
    props.add(QStringLiteral("nianbao.source_file"), "vt:lpwstr", QFileInfo(report.meta.file).fileName());
    props.add(QStringLiteral("nianbao.source_sha256"), "vt:lpwstr", QString::fromLatin1(input.sourceSha256));
    props.add(QStringLiteral("nianbao.format_version"), "vt:lpwstr", report.meta.version);
    const FindingCounts counts = countFindings(input.findings);
    props.add(QStringLiteral("nianbao.open_errors"), "vt:i4", QString::number(counts.errors));
    props.add(QStringLiteral("nianbao.open_warnings"), "vt:i4", QString::number(counts.warnings));
    props.add(QStringLiteral("nianbao.disabled_rules"), "vt:i4", QString::number(input.disabledRules.size()));
    for (qsizetype i = 0; i < input.disabledRules.size(); ++i)
        props.add(QStringLiteral("nianbao.disabled_rule.%1").arg(i + 1), "vt:lpwstr", input.disabledRules[i]);
    // One property per correction keeps each within Word's 255-character limit.
    for (size_t i = 0; i < input.corrections.size(); ++i)
        props.add(QStringLiteral("nianbao.correction.%1").arg(i + 1), "vt:lpwstr", correctionLine(report, input.corrections[i]));
    x.end();
    return x.finish();
}

}  // namespace nianbao
