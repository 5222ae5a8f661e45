#pragma once

#include "document/Document.h"
#include "report/Report.h"

namespace nianbao {

// Finds the report year (title, then statistics period, then the first
// sentence of 一、总体情况) and the agency (title, a name line beside the
// title, then the first sentence of the body) and records where each came from.
void extractMetadata(const Document& document, ReportMetadata* meta);

}  // namespace nianbao
