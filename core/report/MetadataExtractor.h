#pragma once

#include "document/Document.h"
#include "report/Report.h"

#include <QString>

namespace nianbao {

// Finds the report year (title, then statistics period, then the first
// sentence of 一、总体情况) and the agency, and records where each came from.
// The agency is read only where a report names itself: its title
// ("洪泽区人民政府2023年政府信息公开工作年度报告"), a line holding only a name
// beside the title, or the signature above the closing date — never from a
// sentence of the body. It stays empty when none of these names it.
void extractMetadata(const Document& document, ReportMetadata* meta);

// A line without the marks that make it a heading in markdown ("## 一、总体情况",
// "**一、总体情况**"): readers may or may not have stripped them already.
QString withoutHeadingMarks(const QString& line);

}  // namespace nianbao
