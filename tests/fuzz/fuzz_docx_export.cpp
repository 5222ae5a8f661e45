// libFuzzer target: the DOCX export of whatever the readers make of the
// bytes. Each input read as a report (any format; "PK" inputs as DOCX) is
// exported to .docx bytes in memory: the printed tables, spans and
// merged headers of hostile documents are what the export must bound.
#include "export/DocxWriter.h"
#include "io/ReportReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString name = bytes.startsWith("PK") ? QStringLiteral("fuzz.docx")
                         : bytes.startsWith("%PDF") ? QStringLiteral("fuzz.pdf")
                         : bytes.contains("<html") ? QStringLiteral("fuzz.html")
                                                   : QStringLiteral("fuzz.txt");
    const nianbao::ReadResult read = nianbao::readReportBytes(bytes, name);
    if (!read.ok()) return 0;
    QString error;
    const QByteArray docx = nianbao::buildDocx(nianbao::makeExportInput(*read.report, nullptr, QByteArray(64, '0')),
                                               nianbao::DocxOptions{true}, &error);
    if (docx.isEmpty() == error.isEmpty()) std::abort();  // either a document or a reason
    return 0;
}
