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
//    spans that end a row and a lone "|" separates rows;
//  - markdown from OCR services and PDF converters: "| a | b |" rows (blank
//    cells kept, "|---|" separators dropped), "#" headings as paragraphs
//    without the marks, inline markup removed;
//  - paragraphs Word saved with their bullet and a tab ("\uF0B7\t…");
//  - table-二 items as loose lines, "行政许可 97": a label and its numbers
//    make a row, and the short label lines just before it ("第二十条第（五）项")
//    join the same table as label-only rows.
Document readTextLayout(const SourceText& source);

// Whether the text has markdown structure (a table separator row or an ATX
// heading), decided by content, never by the file name.
bool looksLikeMarkdown(const SourceText& source);

}  // namespace nianbao
