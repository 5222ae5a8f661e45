#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// The two CSV shapes of docs/csv.md: `long` has one row per table cell (for
// auditors pivoting across reports), `form` has each table as printed (for
// pasting into a spreadsheet).
enum class CsvShape { Long, Form };
bool parseCsvShape(const QString& name, CsvShape* out);

// RFC 4180: a field with a comma, a quote, CR or LF is quoted, quotes doubled.
// Every CSV the project writes goes through here, so this is also where a
// text that a spreadsheet would run as a formula (starting with = + - @, tab
// or CR) is neutralised with a leading apostrophe; plain numbers ("-5") stay
// numbers.
bool startsLikeFormula(const QString& text);
QString csvField(const QString& text);
QString csvRecord(const QStringList& fields);

// The header of the long shape, in column order.
QStringList csvLongHeader();
// Columns of the long shape that hold a number when the cell's value (or
// original) is one: the spreadsheet exports write them as numbers.
inline constexpr int kLongValueColumn = 10;
inline constexpr int kLongOriginalColumn = 12;

// One row of the long shape: its fields as text, and the cell it describes.
struct LongShapeRow {
    QStringList fields;
    const ReportCell* cell = nullptr;
};
std::vector<LongShapeRow> longShapeRows(const ExportInput& input);

// UTF-8 with a byte-order mark (Excel on Chinese Windows reads it as UTF-8
// only then), CRLF line ends.
QByteArray buildCsv(const ExportInput& input, CsvShape shape);
// buildCsv() written atomically; refuses to overwrite the report itself.
QString exportCsv(const ExportInput& input, const QString& path, CsvShape shape);

}  // namespace nianbao
