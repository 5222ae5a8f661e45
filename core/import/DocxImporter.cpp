#include "import/DocxImporter.h"

#include "import/DocumentRenderer.h"
#include "import/DocxBodyReader.h"
#include "import/ZipPart.h"

namespace nianbao {

ImportResult DocxImporter::import(const QByteArray& bytes, const QString&, const ReadMonitor&) const {
    const QString format = inputFormatName(InputFormat::Docx);
    const ZipPartResult part = readZipPart(bytes, QStringLiteral("word/document.xml"));
    if (!part.ok()) return ImportResult::failure(format, part.error);
    DocxBody body = readDocxBody(part.data);
    if (!body.ok()) return ImportResult::failure(format, body.error);
    ImportResult result;
    result.format = format;
    result.encoding = body.encoding;
    renderStructuredDocument(body.document, &result);
    return result;
}

}  // namespace nianbao
