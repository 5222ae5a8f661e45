#pragma once

#include "document/MarkdownSyntax.h"

#include <QString>

#include <vector>

namespace nianbao {

// PDF converters leave the small tables of 二 as loose lines: an item heading
// ("第二十条第（五）项"), a header line ("信息内容本年处理决定数量"), then one
// line per row with the label and its numbers ("行政许可 97").

// "行政许可 97", "规章 0 0 0", "行政事业性收费 4068.208": the label's range,
// then one range per number; empty when the line is not a label followed by
// numbers (prose, which has sentence punctuation or runs long, never is).
std::vector<markdown::Range> looseValueRow(const QString& line);

// A short line of Chinese without sentence punctuation that does not end in
// a number: what a table label looks like when it stands alone.
bool isShortLabelLine(const QString& trimmed);

}  // namespace nianbao
