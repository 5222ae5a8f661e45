#include "import/TextImporter.h"

#include "document/TextLayoutReader.h"
#include "text/Encoding.h"

namespace nianbao {

ImportResult TextImporter::import(const QByteArray& bytes, const QString&, const ReadMonitor&) const {
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) return ImportResult::failure(inputFormatName(InputFormat::Text), decoded.error);
    ImportResult result;
    result.encoding = decoded.encoding;
    result.byteOrderMark = decoded.hadByteOrderMark;
    result.source = SourceText(decoded.text);
    // Markdown is text with a structure the layout reader knows; the name
    // tells the user which of the two the file was read as.
    result.format = inputFormatName(looksLikeMarkdown(result.source) ? InputFormat::Markdown : InputFormat::Text);
    result.document = readTextLayout(result.source);
    return result;
}

}  // namespace nianbao
