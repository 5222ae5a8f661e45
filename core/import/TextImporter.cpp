#include "import/TextImporter.h"

#include "document/TextLayoutReader.h"
#include "text/Encoding.h"

namespace nianbao {

ImportResult TextImporter::import(const QByteArray& bytes, const QString&) const {
    const QString format = inputFormatName(InputFormat::Text);
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) return ImportResult::failure(format, decoded.error);
    ImportResult result;
    result.format = format;
    result.encoding = decoded.encoding;
    result.byteOrderMark = decoded.hadByteOrderMark;
    result.source = SourceText(decoded.text);
    result.document = readTextLayout(result.source);
    return result;
}

}  // namespace nianbao
