#pragma once

// Reading back what the exporter wrote: zip entries through QuaZip and the
// tables of word/document.xml through QXmlStreamReader, independently of
// the code under test.
#include "TestSupport.h"

#include "export/ExportInput.h"
#include "session/ReviewSession.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace nianbao::test {

inline const char* const kCorpusFiles[] = {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "002_be932dc10881290c.txt",
                                           "003_1ba3202efab2ed16.txt", "004_f67e4a3518b11040.txt"};

QStringList zipEntryNames(const QString& zipPath);
QByteArray zipEntry(const QString& zipPath, const QString& name);  // empty when absent

struct DocxCell {
    QString text;
    int gridSpan = 1;
    QString vMerge;  // "", "restart" or "continue"
};
using DocxRow = std::vector<DocxCell>;
using DocxTable = std::vector<DocxRow>;

// One element of the document body, in order.
struct DocxBlock {
    bool isTable = false;
    QString style;  // paragraphs: the w:pStyle value ("" for Normal)
    QString text;   // paragraphs: the concatenated w:t text
    DocxTable table;
};
std::vector<DocxBlock> readDocxBody(const QByteArray& documentXml);
std::vector<DocxTable> tablesOf(const std::vector<DocxBlock>& body);

// name → value of docProps/custom.xml
std::map<QString, QString> readCustomProperties(const QByteArray& customXml);

// A session correcting one cell of `reportPath`, saved to `sessionPath`.
ReviewSession oneCorrection(const QString& reportPath, const CellRef& cell, double original, double value,
                            const QString& reason);
void saveOrFail(const ReviewSession& session, const QString& path);

// A CSV field read back, and whether it was quoted (LibreOffice quotes text
// cells and leaves numbers bare when asked to).
struct CsvFieldRead {
    QString text;
    bool quoted = false;
};
// An RFC 4180 reader independent of the code under test: records end at LF
// or CRLF; a record not ended by a line end fails the test.
std::vector<std::vector<CsvFieldRead>> parseCsvFields(const QString& text);


}  // namespace nianbao::test
