#include "export/DocxWriter.h"

#include "export/AtomicExport.h"
#include "export/DocxParts.h"
#include "export/OfficeXml.h"
#include "export/OpcPackage.h"
#include "export/PrintedReport.h"

#include <algorithm>

namespace nianbao {
namespace {

constexpr char kWordprocessingType[] = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr char kOfficeRelationship[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QString wordType(const char* part) { return QString::fromLatin1(kWordprocessingType) + QString::fromLatin1(part); }
QString relationType(const char* type) { return QString::fromLatin1(kOfficeRelationship) + QString::fromLatin1(type); }

class BodyWriter {
public:
    explicit BodyWriter(OfficeXmlWriter& x) : x_(x) {}

    void paragraph(const char* style, const QString& text, bool keepNext = false) {
        x_.start("w:p");
        if (style || keepNext) {
            x_.start("w:pPr");
            if (style) x_.val("w:pStyle", QString::fromLatin1(style));
            if (keepNext) x_.empty("w:keepNext");
            x_.end();
        }
        if (!text.isEmpty()) {
            x_.start("w:r");
            x_.wordText(text);
            x_.end();
        }
        x_.end();
    }

    void pageBreak() {
        x_.start("w:p");
        x_.start("w:r");
        x_.empty("w:br", {{"w:type", QStringLiteral("page")}});
        x_.end();
        x_.end();
    }

    void table(const PrintedTable& t) {
        const std::vector<int> widths = scaledWidths(t.columnWidths);
        x_.start("w:tbl");
        x_.start("w:tblPr");
        x_.empty("w:tblW", {{"w:w", QString::number(docx::kTextWidth)}, {"w:type", QStringLiteral("dxa")}});
        x_.val("w:jc", QStringLiteral("center"));
        x_.start("w:tblBorders");
        for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
            x_.empty(side, {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("4")}, {"w:space", QStringLiteral("0")},
                            {"w:color", QStringLiteral("000000")}});
        x_.end();
        // Fixed layout: the official column widths, not widths guessed from content.
        x_.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
        x_.start("w:tblCellMar");
        x_.empty("w:left", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
        x_.empty("w:right", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
        x_.end();
        x_.end();
        x_.start("w:tblGrid");
        for (int w : widths) x_.empty("w:gridCol", {{"w:w", QString::number(w)}});
        x_.end();
        for (size_t r = 0; r < t.rows.size(); ++r) {
            x_.start("w:tr");
            x_.start("w:trPr");
            x_.empty("w:cantSplit");
            x_.empty("w:trHeight", {{"w:val", QStringLiteral("340")}});
            if (static_cast<int>(r) < t.headerRows) x_.empty("w:tblHeader");
            x_.end();
            // "Keep with next" on every row but the last is how Word keeps a
            // table on one page; a table taller than a page still splits.
            const bool keepNext = t.keepTogether && r + 1 < t.rows.size();
            for (const PrintedCell& c : t.rows[r].cells) cell(c, widths, keepNext);
            x_.end();
        }
        x_.end();
    }

private:
    static std::vector<int> scaledWidths(const std::vector<int>& weights) {
        int total = 0;
        for (int w : weights) total += w;
        std::vector<int> out;
        int used = 0;
        for (size_t i = 0; i < weights.size(); ++i) {
            const int w = i + 1 == weights.size() ? docx::kTextWidth - used
                                                  : static_cast<int>(qint64(weights[i]) * docx::kTextWidth / std::max(total, 1));
            out.push_back(w);
            used += w;
        }
        return out;
    }

    void cell(const PrintedCell& c, const std::vector<int>& widths, bool keepNext) {
        int width = 0;
        for (int k = c.column; k < c.column + c.columnSpan && k < static_cast<int>(widths.size()); ++k) width += widths[k];
        x_.start("w:tc");
        x_.start("w:tcPr");
        x_.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
        if (c.columnSpan > 1) x_.val("w:gridSpan", QString::number(c.columnSpan));
        if (c.continued)
            x_.empty("w:vMerge");
        else if (c.rowSpan > 1)
            x_.val("w:vMerge", QStringLiteral("restart"));
        x_.val("w:vAlign", QStringLiteral("center"));
        x_.end();
        // Row labels read left to right; a label standing beside several rows
        // ("三、本年度办理结果", "（三）不予公开") is centred like the form prints it.
        const bool leftAligned = c.role == PrintedCell::Role::Label && c.rowSpan == 1 && !c.continued;
        paragraph(leftAligned ? docx::kTableLabel : docx::kTableText, c.text, keepNext);
        x_.end();
    }

    OfficeXmlWriter& x_;
};

QString shownValue(const CellValue& v) {
    const QString text = cellValueText(v);
    return text.isEmpty() ? QStringLiteral("（空白）") : text;
}

void writeAppendix(BodyWriter& body, const ExportInput& input) {
    const Report& report = *input.report;
    const FindingCounts counts = countFindings(input.findings);
    body.pageBreak();
    body.paragraph(docx::kHeading1, QStringLiteral("附：审校记录"));
    body.paragraph(nullptr, QStringLiteral("本报告由%1于 %2 经年报审校工作台导出，共更正统计数据 %3 处；导出时尚有 %4 个错误、%5 个警告未解决。")
                                .arg(input.correctedBy.isEmpty() ? QStringLiteral("审校人员") : input.correctedBy,
                                     input.exportedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                .arg(input.corrections.size())
                                .arg(counts.errors)
                                .arg(counts.warnings));
    if (!input.disabledRules.isEmpty())
        body.paragraph(nullptr, disabledRulesNote(input.disabledRules) + QStringLiteral("，相应问题未检查，上述数字不包括这些规则。"));

    body.paragraph(docx::kHeading2, QStringLiteral("（一）更正记录"));
    if (input.corrections.empty()) {
        body.paragraph(nullptr, QStringLiteral("无。"));
    } else {
        std::vector<QStringList> rows;
        for (size_t i = 0; i < input.corrections.size(); ++i) {
            const Correction& c = input.corrections[i];
            const ReportTable* t = report.table(c.cell.table);
            rows.push_back({QString::number(i + 1), t ? describeCell(*t->spec, c.cell.row, c.cell.column) : c.cell.table,
                            shownValue(c.original), shownValue(c.value),
                            c.time.isValid() ? c.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(), c.reason});
        }
        body.table(printSimpleTable(QStringLiteral("appendix.corrections"),
                                    {QStringLiteral("序号"), QStringLiteral("单元格"), QStringLiteral("原值"), QStringLiteral("更正值"),
                                     QStringLiteral("更正时间"), QStringLiteral("理由")},
                                    rows, {600, 3200, 900, 900, 1500, 1744}));
        body.paragraph(nullptr, {});
    }

    body.paragraph(docx::kHeading2, QStringLiteral("（二）尚未解决的问题"));
    std::vector<QStringList> rows;
    for (const Finding& f : input.findings) {
        // Info notes (blank cells and the like) are counted, not listed: the
        // appendix is for what a reader of the published report must know.
        if (f.severity == Severity::Info) continue;
        rows.push_back({QString::number(rows.size() + 1), severityDisplayName(f.severity),
                        f.span.isValid() ? QString::number(f.span.line) : QStringLiteral("—"), f.message});
    }
    if (rows.empty()) {
        body.paragraph(nullptr, QStringLiteral("无。"));
    } else {
        body.table(printSimpleTable(QStringLiteral("appendix.findings"),
                                    {QStringLiteral("序号"), QStringLiteral("级别"), QStringLiteral("原文行"), QStringLiteral("说明")},
                                    rows, {600, 900, 900, 6444}));
    }
    if (counts.infos > 0) body.paragraph(nullptr, QStringLiteral("另有 %1 条提示（如空白单元格）未列出。").arg(counts.infos));
}

QByteArray documentXml(const ExportInput& input, const PrintedReport& printed, const DocxOptions& options, const QString& footerId) {
    OfficeXmlWriter x;
    x.startRoot("w:document", {{"w", ooxml::kWordMain}, {"r", ooxml::kRelationships}});
    x.start("w:body");
    BodyWriter body(x);
    for (size_t i = 0; i < printed.blocks.size(); ++i) {
        const PrintedBlock& b = printed.blocks[i];
        switch (b.kind) {
        case PrintedBlock::Kind::Title: body.paragraph(docx::kTitle, b.text); break;
        case PrintedBlock::Kind::Subtitle: body.paragraph(docx::kSubtitle, b.text); break;
        case PrintedBlock::Kind::Heading1: body.paragraph(docx::kHeading1, b.text); break;
        case PrintedBlock::Kind::Heading2: body.paragraph(docx::kHeading2, b.text); break;
        case PrintedBlock::Kind::Body: body.paragraph(nullptr, b.text); break;
        case PrintedBlock::Kind::Table:
            body.table(printed.tables[b.table]);
            // Two tables in a row would fuse into one; the empty paragraph also
            // gives the table some air before the next heading.
            body.paragraph(docx::kTableText, {});
            break;
        }
    }
    if (options.appendix) writeAppendix(body, input);
    x.start("w:sectPr");
    x.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", footerId}});
    x.empty("w:pgSz", {{"w:w", QString::number(docx::kPageWidth)}, {"w:h", QString::number(docx::kPageHeight)}});
    x.empty("w:pgMar", {{"w:top", QString::number(docx::kMarginTop)}, {"w:right", QString::number(docx::kMarginRight)},
                        {"w:bottom", QString::number(docx::kMarginBottom)}, {"w:left", QString::number(docx::kMarginLeft)},
                        {"w:header", QStringLiteral("851")}, {"w:footer", QStringLiteral("992")}, {"w:gutter", QStringLiteral("0")}});
    x.empty("w:cols", {{"w:space", QStringLiteral("425")}});
    x.empty("w:docGrid", {{"w:linePitch", QStringLiteral("312")}});
    x.end();
    x.end();
    x.end();
    return x.finish();
}

}  // namespace

QByteArray buildDocx(const ExportInput& input, const DocxOptions& options, QString* error) {
    if (!input.report || !input.report->spec) {
        *error = QStringLiteral("没有可导出的报告（统计表未能按任何格式版本重建）");
        return {};
    }
    const PrintedReport printed = printReport(*input.report);
    const QString document = QStringLiteral("word/document.xml");

    OpcPackage package;
    package.addRelationship({}, relationType("officeDocument"), document);
    package.addRelationship({}, QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                            QStringLiteral("docProps/core.xml"));
    package.addRelationship({}, relationType("extended-properties"), QStringLiteral("docProps/app.xml"));
    package.addRelationship({}, relationType("custom-properties"), QStringLiteral("docProps/custom.xml"));
    package.addRelationship(document, relationType("styles"), QStringLiteral("styles.xml"));
    package.addRelationship(document, relationType("settings"), QStringLiteral("settings.xml"));
    package.addRelationship(document, relationType("fontTable"), QStringLiteral("fontTable.xml"));
    const QString footerId = package.addRelationship(document, relationType("footer"), QStringLiteral("footer1.xml"));

    package.addPart(document, wordType("document.main+xml"), documentXml(input, printed, options, footerId));
    package.addPart(QStringLiteral("word/styles.xml"), wordType("styles+xml"), docxStylesXml());
    package.addPart(QStringLiteral("word/settings.xml"), wordType("settings+xml"), docxSettingsXml());
    package.addPart(QStringLiteral("word/fontTable.xml"), wordType("fontTable+xml"), docxFontTableXml());
    package.addPart(QStringLiteral("word/footer1.xml"), wordType("footer+xml"), docxFooterXml());
    package.addPart(QStringLiteral("docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                    docxCorePropertiesXml(input, printed.title));
    package.addPart(QStringLiteral("docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"),
                    docxAppPropertiesXml());
    package.addPart(QStringLiteral("docProps/custom.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.custom-properties+xml"),
                    docxCustomPropertiesXml(input));
    return package.zip(error);
}

QString exportDocx(const ExportInput& input, const QString& path, const DocxOptions& options) {
    QString error;
    const QByteArray bytes = buildDocx(input, options, &error);
    if (bytes.isEmpty()) return error.isEmpty() ? QStringLiteral("生成 DOCX 失败") : error;
    return saveExportFile(path, bytes, input.report->meta.file);
}

}  // namespace nianbao
