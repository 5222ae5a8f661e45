#pragma once

#include "import/Importer.h"

namespace nianbao {

// Word 2007+ documents: word/document.xml out of the zip (size-capped), read
// by DocxBodyReader, rendered as text for the raw view.
class DocxImporter : public Importer {
public:
    ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const override;
};

}  // namespace nianbao
