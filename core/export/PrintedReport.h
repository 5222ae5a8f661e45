#pragma once

#include "export/PrintedTable.h"
#include "report/Report.h"

#include <QString>

#include <vector>

namespace nianbao {

// The report as it will be printed: title, the narrative paragraph by
// paragraph with its headings recognised, and the rebuilt tables at the
// places the source had them. Format-neutral; DocxWriter renders it.
struct PrintedBlock {
    enum class Kind { Title, Subtitle, Heading1, Heading2, Body, Table };
    Kind kind = Kind::Body;
    QString text;
    int section = -1;  // Heading1: index into FormatSpec::sections
    int table = -1;    // Table: index into PrintedReport::tables
};

struct PrintedReport {
    QString title;
    bool titleBuilt = false;  // the report has no title; one was made from year and agency
    std::vector<PrintedBlock> blocks;
    std::vector<PrintedTable> tables;
};

PrintedReport printReport(const Report& report);

// Removes what the drafting tool leaves in exported text ("[bookmark: _GoBack]",
// "[comment …]") and trims the result.
QString removeDraftingLeftovers(const QString& text);

// "宁河区人民政府办公室2020年政府信息公开工作年度报告", from what is known.
QString builtTitle(const ReportMetadata& meta);

// The index in `spec.sections` of the section a heading paragraph opens, or -1.
// The heading's own number is ignored ("5、存在的主要问题…" is still section 五).
int sectionOfHeading(const FormatSpec& spec, const QString& normalizedText);

}  // namespace nianbao
