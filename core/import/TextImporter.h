#pragma once

#include "import/Importer.h"

namespace nianbao {

// Plain text as Word, WPS and portals leave it, and markdown as OCR services
// and PDF converters write it: decode, then recover the table layouts (see
// document/TextLayoutReader.h).
class TextImporter : public Importer {
public:
    ImportResult import(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor = {}) const override;
};

}  // namespace nianbao
