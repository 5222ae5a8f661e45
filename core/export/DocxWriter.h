#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

struct DocxOptions {
    bool appendix = false;  // add a review appendix: corrections made and findings still open
};

// The corrected report as a Word document (docs/export.md describes the
// package): title, narrative sections 一 to 六, the three statistical tables
// in the official layout with merged headers, styles for Chinese official
// documents, and the corrections log in the custom document properties.
// Returns the .docx bytes, or an empty array with `error` set.
QByteArray buildDocx(const ExportInput& input, const DocxOptions& options, QString* error);

// buildDocx() written atomically to `path`; refuses to overwrite the report
// itself. Returns the error in Chinese, or an empty string.
QString exportDocx(const ExportInput& input, const QString& path, const DocxOptions& options = {});

}  // namespace nianbao
