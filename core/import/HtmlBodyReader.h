#pragma once

#include "import/StructuredDocument.h"

#include <QString>

namespace nianbao {

struct HtmlBody {
    StructuredDocument document;
    QString error;  // Chinese; non-empty when the page holds no report
    bool ok() const { return error.isEmpty(); }
};

// Parses a (decoded) portal page with libxml2's HTML parser and keeps only the
// report: the smallest element that still contains every section heading and
// table label the page has (so menus, footers and link lists fall away), plus
// the report title when the portal prints it just outside that element.
// Scripts, styles and navigation are skipped; <table>s that hold other tables
// are page layout and read as flow; the innermost ones are data tables, read
// with rowspan and colspan onto a grid (covered positions become empty cells).
HtmlBody readHtmlBody(const QString& html);

}  // namespace nianbao
