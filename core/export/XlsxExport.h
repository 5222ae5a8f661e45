#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// The corrected report as an Excel workbook (docs/export.md, "Excel"):
// sheets 表二, 表三 and 表四 with each table as printed (the PrintedTable
// layout the DOCX and the CSV form shape use: merged headers, row labels,
// numbers as numbers, blanks blank, frozen header panes), then 逐格数据 with
// one row per cell in the columns of the long CSV shape. Written by
// libxlsxwriter. Returns the .xlsx bytes, or an empty array with `error` set.
QByteArray buildXlsx(const ExportInput& input, QString* error);

// buildXlsx() written atomically; refuses to overwrite the report itself.
QString exportXlsx(const ExportInput& input, const QString& path);

}  // namespace nianbao
