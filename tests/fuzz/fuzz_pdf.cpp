// libFuzzer target: the PDF reader (poppler's text layer, lines by baseline,
// table rows by label) on arbitrary bytes.
#include "import/Importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    nianbao::importerFor(nianbao::InputFormat::Pdf).import(bytes, QStringLiteral("fuzz.pdf"));
    return 0;
}
