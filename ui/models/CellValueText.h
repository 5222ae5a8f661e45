#pragma once

#include "check/Finding.h"
#include "format/FormatSpec.h"
#include "report/Report.h"

#include <QString>

#include <optional>

namespace nianbao {

class ReviewDocument;

// How a cell reads in the table: its number with any unit written in it,
// nothing for a blank, the source text for something that is not a number,
// "—" for a cell the report does not have.
QString displayText(const ReportCell& cell);
// What the source said, for the edited-cell marker ("45", "空").
QString originalText(const ReportCell& cell);
// What the editor starts with: the number alone, or nothing.
QString editText(const CellValue& value);

// The pattern a value typed into a column of this kind must match (blank allowed).
QString editPattern(ColumnKind kind);
// The value typed, if it is one the column accepts; blank text is a blank cell.
std::optional<CellValue> parseEditText(const QString& text, ColumnKind kind);
// Why the column does not take the text typed, and what it takes (Chinese,
// for the status bar); empty when parseEditText() accepts it.
QString editRefusal(const QString& text, ColumnKind kind);

ColumnKind columnKindOf(const ReviewDocument& document, const CellRef& cell);

}  // namespace nianbao
