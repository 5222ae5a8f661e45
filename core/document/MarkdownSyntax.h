#pragma once

#include <QString>

#include <vector>

namespace nianbao {

// The pieces of markdown that OCR services and PDF converters put around a
// report's text, read from one NFKC-normalised line. Columns are positions
// in that line, end exclusive.
namespace markdown {

struct Range {
    int start = 0;
    int end = 0;
};

// "|---|:--:|", "---|---": a table's header separator, never a row.
bool isTableSeparator(const QString& line);

// A separator with a cell of just one or two dashes ("| - | - |") is also how
// OCR writes a row of "no data" cells; it separates only right under a
// header. Three dashes or an alignment colon always make a separator.
bool hasShortDashCell(const QString& line);

// "| a | b |" (a leading and at least one more unescaped pipe): a table row.
// Lines of the flattened-HTML layout ("cell |", "0 | ||", a lone "|") never
// start with a pipe followed by more, so they are not rows.
bool isDelimitedRow(const QString& line);

// The cells of a pipe row: the text between unescaped pipes, the outer pipes
// dropped. Blank cells stay ("| a |  | b |" has three cells).
std::vector<Range> rowCells(const QString& line);

// "## 一、总体情况 ##" → the range of "一、总体情况"; start < 0 when the line
// is not an ATX heading (one to six '#', then a space or nothing).
Range headingContent(const QString& line);

// A cell's or heading's text without inline markup: bold/italic markers
// (** __), backslash escapes (\| \*), and <br> line breaks (which rejoin a
// broken label, but keep two digits apart so no number is invented).
QString plainText(const QString& raw);

// Trims blanks and enclosing emphasis markers off [range) so a span points at the words.
Range contentRange(const QString& line, Range range);

}  // namespace markdown
}  // namespace nianbao
