#pragma once

#include "import/Importer.h"

namespace nianbao {

// Past these a PDF is not an annual report (a handful of pages, a few
// thousand words) but a huge or hostile file: it is refused with the reason
// rather than keeping the user waiting.
struct PdfLimits {
    int maxPages = 300;
    int maxWordsPerPage = 5000;        // a dense page of a report has about a thousand
    qsizetype maxTextChars = 1000000;  // reports run to tens of thousands
    qint64 maxMilliseconds = 20000;    // checked between pages
};

// PDFs published from Word: poppler's text layer (words with positions),
// rebuilt into lines and table rows by PdfLayout. No OCR: a scan without a
// text layer is refused with a message saying so.
class PdfImporter : public Importer {
public:
    explicit PdfImporter(PdfLimits limits = {}) : limits_(limits) {}
    ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const override;

private:
    PdfLimits limits_;
};

}  // namespace nianbao
