// libFuzzer target: the HTML reader (charset detection, libxml2 parse,
// report location, table grid) on arbitrary bytes.
#include "import/Importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    nianbao::importerFor(nianbao::InputFormat::Html).import(bytes, QStringLiteral("fuzz.html"));
    return 0;
}
