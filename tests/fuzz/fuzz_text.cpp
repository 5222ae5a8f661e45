// libFuzzer target: the whole text path — encoding detection, NFKC with its
// source map, layout recovery, reconstruction, every check — on arbitrary bytes.
#include "check/Checker.h"
#include "io/ReportReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const nianbao::ReadResult result = nianbao::readReportBytes(bytes, QStringLiteral("fuzz.txt"));
    if (result.ok()) nianbao::checkReport(*result.report);
    return 0;
}
