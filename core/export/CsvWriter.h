#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao {

// The two CSV shapes of docs/csv.md: `long` has one row per table cell (for
// auditors pivoting across reports), `form` has each table as printed (for
// pasting into a spreadsheet).
enum class CsvShape { Long, Form };
bool parseCsvShape(const QString& name, CsvShape* out);

// RFC 4180: a field with a comma, a quote, CR or LF is quoted, quotes doubled.
QString csvField(const QString& text);
QString csvRecord(const QStringList& fields);

// The header of the long shape, in column order.
QStringList csvLongHeader();

// UTF-8 with a byte-order mark (Excel on Chinese Windows reads it as UTF-8
// only then), CRLF line ends.
QByteArray buildCsv(const ExportInput& input, CsvShape shape);
// buildCsv() written atomically; refuses to overwrite the report itself.
QString exportCsv(const ExportInput& input, const QString& path, CsvShape shape);

}  // namespace nianbao
