#include "import/HtmlImporter.h"

#include "import/DocumentRenderer.h"
#include "import/HtmlBodyReader.h"
#include "import/HtmlEncoding.h"

namespace nianbao {

ImportResult HtmlImporter::import(const QByteArray& bytes, const QString&, const ReadMonitor&) const {
    const QString format = inputFormatName(InputFormat::Html);
    const HtmlText decoded = decodeHtml(bytes);
    HtmlBody body = readHtmlBody(decoded.text);
    if (!body.ok()) return ImportResult::failure(format, body.error);
    ImportResult result;
    result.format = format;
    result.encoding = decoded.encoding;
    result.byteOrderMark = decoded.byteOrderMark;
    renderStructuredDocument(body.document, &result);
    return result;
}

}  // namespace nianbao
