#pragma once

#include "import/DocumentRenderer.h"
#include "import/Importer.h"

#include <vector>

namespace nianbao {

// Word 2007+ documents: word/document.xml out of the zip (size-capped), read
// by DocxBodyReader with the list numbering of word/numbering.xml and
// word/styles.xml, rendered as text for the raw view.
class DocxImporter : public Importer {
public:
    ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const override;
};

// The import, also giving where each rendered paragraph and cell sits in
// word/document.xml (for writing changes back into the user's own file).
ImportResult importDocx(const QByteArray& bytes, std::vector<RenderedOrigin>* origins);

}  // namespace nianbao
