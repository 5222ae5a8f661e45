#pragma once

#include "check/Checker.h"
#include "io/ReportReader.h"

#include <QString>

#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <tuple>

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace nianbao::test {

inline const char* const kCorpusFiles[] = {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "002_be932dc10881290c.txt",
                                           "003_1ba3202efab2ed16.txt", "004_f67e4a3518b11040.txt"};

QString corpusPath(const char* name);
// The corpus report as the text importer reads it.
Report corpusReport(const char* name);

// Reads bytes as the CLI would; fails the test (and returns an empty report) when they cannot be read.
Report readBytesOrFail(const QByteArray& bytes, const QString& name);
// The error message for bytes that must not be read; fails the test if they are.
QString readError(const QByteArray& bytes, const QString& name);

// (rule, table, row, col) of every cell of every balance finding.
using FindingCell = std::tuple<QString, QString, int, int>;
std::set<FindingCell> balanceFindingCells(const Report& report);

// Every table, row and cell of `actual` has the value `expected` has.
void expectSameTables(const Report& expected, const Report& actual);

// The text a span covers in the report's source (the raw view's highlight).
QString spannedText(const Report& report, const SourceSpan& span);

}  // namespace nianbao::test
