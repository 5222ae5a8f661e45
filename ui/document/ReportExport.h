#pragma once

#include <QString>
#include <QStringList>

namespace nianbao {

class ReviewDocument;

// What File → 导出 can write: the corrected report as Word (with or without
// the review appendix), as CSV in either shape (docs/export.md), as an Excel
// workbook, or as the check JSON with the corrections. Docx of a Word report
// is the clerk's own file with the corrections as tracked changes and the
// findings as comments; DocxOfficial is always the document regenerated in
// the official layout.
enum class ExportKind { Docx, DocxWithAppendix, CsvLong, CsvForm, Xlsx, Json, DocxOfficial };

QString exportSuffix(ExportKind kind);  // "docx", "csv", "xlsx", "json"

// Writes the document's report as it stands (its corrections with their times
// and reasons, its findings under its disabled rules) atomically to `path`.
// Refuses, before writing, a `path` that is the report or its session, not a
// regular file, or an existing file of another type. Returns the core's error
// in Chinese, or an empty string. `unwritten`, when given, receives what the
// Word copy could not hold as a tracked change (a correction of a cell the file
// does not have, text inside a field), one line each.
QString exportReview(const ReviewDocument& document, ExportKind kind, const QString& path, QStringList* unwritten = nullptr);

}  // namespace nianbao
