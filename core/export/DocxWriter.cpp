#include "export/DocxWriter.h"

#include "export/AtomicExport.h"
#include "export/DocxBody.h"
#include "export/DocxParts.h"
#include "export/OfficeXml.h"
#include "export/PrintedReport.h"


namespace nianbao {
namespace {

QString shownValue(const CellValue& v) {
    const QString text = cellValueText(v);
    return text.isEmpty() ? QStringLiteral("（空白）") : text;
}

void writeAppendix(DocxBodyWriter& body, const ExportInput& input) {
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
    DocxBodyWriter body(x);
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
    body.sectionProperties(footerId);
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
    return zipWordDocument([&](const QString& footerId) { return documentXml(input, printed, options, footerId); },
                           docxCorePropertiesXml(input, printed.title), docxCustomPropertiesXml(input), error);
}

QString exportDocx(const ExportInput& input, const QString& path, const DocxOptions& options) {
    QString error;
    const QByteArray bytes = buildDocx(input, options, &error);
    if (bytes.isEmpty()) return error.isEmpty() ? QStringLiteral("生成 DOCX 失败") : error;
    return saveExportFile(path, bytes, input.report->meta.file);
}

}  // namespace nianbao
