#pragma once

#include "import/Importer.h"

namespace nianbao {

// PDFs published from Word: poppler's text layer (words with positions),
// rebuilt into lines and table rows by PdfLayout. No OCR: a scan without a
// text layer is refused with a message saying so.
class PdfImporter : public Importer {
public:
    ImportResult import(const QByteArray& bytes, const QString& name) const override;
};

}  // namespace nianbao
