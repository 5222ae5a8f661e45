// libFuzzer target: the DOCX reader. Inputs that look like a zip go through
// the whole importer (zip container, size cap, XML); anything else is fed to
// the document.xml reader directly, where mutations reach far more code than
// they would through a deflate stream — read as the document part and, the
// same bytes, as numbering and styles numbering that document.
#include "import/DocxBodyReader.h"
#include "import/Importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (bytes.startsWith("PK")) {
        nianbao::importerFor(nianbao::InputFormat::Docx).import(bytes, QStringLiteral("fuzz.docx"));
    } else {
        nianbao::DocxNumbering numbering = nianbao::DocxNumbering::read(bytes, bytes);
        nianbao::readDocxBody(bytes, &numbering);
    }
    return 0;
}
