// template.version_mismatch: a report year that requires one format version
// filled in the other. text.fee_statement: a 2021-format report must say in
// section 六 whether information-processing fees were charged, and how much
// (the wordings are resources/proofreading.json's fee_statement_patterns).
#include "proofread/ProofreadingData.h"
#include "proofread/Rules.h"

namespace nianbao {

void checkTemplateVersion(const Report& report, std::vector<Finding>* out) {
    // Only a version read from the tables can contradict the year; a forced or defaulted one cannot.
    if (report.meta.year == 0 || report.meta.versionSource != QLatin1String("tables")) return;
    // The version in force that year: an open-ended older one yields to a later revision.
    const FormatSpec* required = FormatSpec::forYear(report.meta.year);
    if (!required || required == report.spec) return;
    Finding f;
    f.rule = QStringLiteral("template.version_mismatch");
    f.severity = ruleSeverity(f.rule);
    f.message = QStringLiteral("%1 年度报告应使用 %2 格式（%3），但统计表按 %4 格式（%5）填写。")
                    .arg(report.meta.year)
                    .arg(required->version, required->issuedBy, report.spec->version, report.spec->issuedBy);
    for (const ReportTable& t : report.tables)
        if (t.located && !f.span.isValid())
            for (const ReportRow& r : t.rows)
                if (r.located) { f.span = r.labelSpan; break; }
    out->push_back(std::move(f));
}

void checkFeeStatement(const Report& report, const ReportText& text, std::vector<Finding>* out) {
    if (!report.spec->feeStatementRequired) return;
    const ProofreadingData& data = ProofreadingData::get();
    const DocParagraph* heading = nullptr;
    for (const SectionHeading& h : text.headings())
        if (h.section == 6) heading = h.paragraph;
    // Without a recognisable section 六 its place cannot be judged (text.heading says
    // so); the statement is then looked for anywhere in the narrative.
    for (const NarrativeParagraph& p : text.paragraphs()) {
        if (heading && p.section != 6) continue;
        for (const QRegularExpression& statement : data.feeStatements)
            if (statement.match(p.paragraph->text).hasMatch()) return;
    }
    Finding f;
    f.rule = QStringLiteral("text.fee_statement");
    f.severity = ruleSeverity(f.rule);
    f.message = QStringLiteral("%1 年起的格式要求在“六、其他需要报告的事项”中说明本年度是否收取信息处理费及金额，本报告未见相关说明。")
                    .arg(report.spec->firstYear);
    if (heading) f.span = heading->span;
    out->push_back(std::move(f));
}

}  // namespace nianbao
