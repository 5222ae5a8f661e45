#include "import/Importer.h"

#include "import/DocxImporter.h"
#include "import/HtmlImporter.h"
#include "import/PdfImporter.h"
#include "import/TextImporter.h"

namespace nianbao {

const Importer& importerFor(InputFormat format) {
    static const TextImporter text;
    static const DocxImporter docx;
    static const HtmlImporter html;
    static const PdfImporter pdf;
    switch (format) {
    case InputFormat::Docx: return docx;
    case InputFormat::Html: return html;
    case InputFormat::Pdf: return pdf;
    case InputFormat::Markdown:
    case InputFormat::Text: break;
    }
    return text;
}

ImportResult importDocument(const QByteArray& bytes, const QString& name, const ReadMonitor& monitor) {
    return importerFor(detectInputFormat(bytes)).import(bytes, name, monitor);
}

}  // namespace nianbao
