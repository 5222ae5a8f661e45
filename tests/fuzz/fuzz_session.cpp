// libFuzzer target: loading a review session. The bytes are parsed and
// validated as a session file; one that is accepted must survive a round trip
// (what was accepted can be saved and read back) and is applied to a real
// report, so the cell addresses it passed validation with are really used.
#include "io/ReportReader.h"
#include "session/ReviewSession.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const nianbao::Report& corpusReport() {
    static const nianbao::Report report = [] {
        nianbao::ReadResult r = nianbao::readReportFile(QStringLiteral(NIANBAO_FUZZ_REPORT));
        if (!r.ok()) std::abort();  // the fuzzer would test nothing
        return *r.report;
    }();
    return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<nianbao::ReviewSession> session = nianbao::sessionFromJson(bytes, &error);
    if (!session) {
        if (error.isEmpty()) std::abort();  // refused without saying why
        return 0;
    }
    QString again;
    if (!nianbao::sessionFromJson(nianbao::sessionToJson(*session), &again)) std::abort();
    nianbao::Report report = corpusReport();
    nianbao::applySession(*session, report, session->sourceSha256, &error);
    return 0;
}
