#pragma once

#include "document/Document.h"
#include "text/SourceText.h"

#include <QString>

namespace nianbao {

// What an importer yields: the text the raw view shows (for DOCX, HTML and
// PDF a rendering of the document, one paragraph or table row per line) and
// the document model whose spans point into that text — or, when the file
// cannot be read, why (in Chinese, for a clerk).
struct ImportResult {
    QString format;    // "text", "docx", "html", "pdf"
    QString encoding;  // of the bytes (text, HTML) or of the document part (DOCX); "Unicode" for PDF
    bool byteOrderMark = false;
    SourceText source;
    Document document;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static ImportResult failure(const QString& format, const QString& message) {
        ImportResult r;
        r.format = format;
        r.error = message;
        return r;
    }
};

}  // namespace nianbao
