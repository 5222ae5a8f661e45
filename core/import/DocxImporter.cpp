#include "import/DocxImporter.h"

#include "import/DocumentRenderer.h"
#include "import/DocxBodyReader.h"
#include "import/ZipPart.h"

namespace nianbao {

ImportResult DocxImporter::import(const QByteArray& bytes, const QString&, const ReadMonitor&) const {
    return importDocx(bytes, nullptr);
}

ImportResult importDocx(const QByteArray& bytes, std::vector<RenderedOrigin>* origins) {
    const QString format = inputFormatName(InputFormat::Docx);
    const ZipPartResult part = readZipPart(bytes, QStringLiteral("word/document.xml"));
    if (!part.ok()) return ImportResult::failure(format, part.error);
    // Numbering and styles are optional parts: without them nothing is numbered.
    const ZipPartResult numberingPart = readZipPart(bytes, QStringLiteral("word/numbering.xml"));
    const ZipPartResult stylesPart = readZipPart(bytes, QStringLiteral("word/styles.xml"));
    DocxNumbering numbering = DocxNumbering::read(numberingPart.ok() ? numberingPart.data : QByteArray(),
                                                  stylesPart.ok() ? stylesPart.data : QByteArray());
    DocxBody body = readDocxBody(part.data, &numbering);
    if (!body.ok()) return ImportResult::failure(format, body.error);
    ImportResult result;
    result.format = format;
    result.encoding = body.encoding;
    renderStructuredDocument(body.document, &result, origins);
    return result;
}

}  // namespace nianbao
