#pragma once

#include "check/Checker.h"
#include "check/RelationChecker.h"
#include "io/ReportReader.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include <ostream>

// Readable QString values in assertion failures.
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace nianbao::test {

QString corpusPath(const char* name);
QString dataPath(const char* name);

// The corpus file's text (UTF-8), for tests that build a variant of it.
QString corpusText(const char* name);
// `text` with 1-based line `line` replaced by `replacement` (which may hold several lines).
QString replaceLine(const QString& text, int line, const QString& replacement);
// The first `count` lines of `text`.
QString firstLines(const QString& text, int count);

// Writes `bytes` to `name` in `dir` (failing the test if it cannot) and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
// `text` encoded by ICU's converter for `charset` ("GB18030", "UTF-16BE" …).
QByteArray encodeWithIcu(const QString& text, const char* charset);

// Reads a file and fails the test if it cannot be read.
Report readOrFail(const QString& path, const ReadOptions& options = {});
Report readTextOrFail(const QString& text, const ReadOptions& options = {});

// Row values as the JSON shows them: a number, or nullopt for blank/missing.
std::vector<std::optional<double>> rowValues(const Report& report, const QString& table, int row);

// (rule, table, row, col) of every cell of every finding with one of `rules`.
using FindingCell = std::tuple<QString, QString, int, int>;
std::set<FindingCell> findingCells(const std::vector<Finding>& findings, const std::set<QString>& rules);
std::vector<Finding> findingsWithRule(const std::vector<Finding>& findings, const QString& rule);

// nianbao-cli run to completion with `args`: exit status and what it printed (UTF-8).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Limits set on the CLI process just before it starts (0 = none): a file
// size limit makes every write past it fail with EFBIG as a full disk fails
// (SIGXFSZ ignored), an address-space limit turns a memory blow-up into a
// failed allocation instead of a machine brought to its knees.
struct CliLimits {
    qint64 fileSizeBytes = 0;
    qint64 addressSpaceBytes = 0;  // not applied under AddressSanitizer, which reserves terabytes
};
CliRun runCli(const QStringList& args, const CliLimits& limits = {});

// The rules of the foundation: balance relations, cell checks, table structure.
extern const std::set<QString> kTableRules;
// checkReport() restricted to `rules`.
std::vector<Finding> checkOnly(const Report& report, const std::set<QString>& rules);

// A printable row for assertions: values as std::optional<double>.
using Row = std::vector<std::optional<double>>;
inline constexpr std::nullopt_t _ = std::nullopt;

}  // namespace nianbao::test
