#pragma once

#include "document/Document.h"
#include "text/SourceText.h"

namespace nianbao {

// Recovers paragraphs and table rows from the plain-text layouts that Word,
// WPS and web pages leave behind when a report is saved as text:
//  - one cell per tab-indented line, a blank line between rows, labels
//    sometimes broken onto an unindented next line;
//  - one row per line with tab-separated cells (leading tabs sometimes lost);
//  - HTML tables flattened to "cell |" lines, where extra "|" runs mark the
//    spans that end a row and a lone "|" separates rows.
Document readTextLayout(const SourceText& source);

}  // namespace nianbao
