#include "TestSupport.h"

#include <QFile>
#include <QProcess>

#include <csignal>

#include <sys/resource.h>

#include <unicode/ucnv.h>

namespace nianbao::test {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    EXPECT_EQ(f.write(bytes), bytes.size());
    return path;
}

QByteArray encodeWithIcu(const QString& text, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &status);
    EXPECT_TRUE(U_SUCCESS(status));
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(conv);
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    out.truncate(n);
    return out;
}

QString corpusPath(const char* name) {
    return QStringLiteral(NIANBAO_CORPUS_DIR "/") + QString::fromUtf8(name);
}

QString dataPath(const char* name) {
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

QString corpusText(const char* name) {
    QFile file(corpusPath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(file.readAll());
}

QString replaceLine(const QString& text, int line, const QString& replacement) {
    QStringList lines = text.split(QLatin1Char('\n'));
    EXPECT_LE(line, lines.size());
    lines[line - 1] = replacement;
    return lines.join(QLatin1Char('\n'));
}

QString firstLines(const QString& text, int count) {
    return text.split(QLatin1Char('\n')).mid(0, count).join(QLatin1Char('\n'));
}

Report readOrFail(const QString& path, const ReadOptions& options) {
    ReadResult result = readReportFile(path, options);
    EXPECT_TRUE(result.ok()) << path.toStdString() << ": " << result.error.toStdString();
    if (!result.ok()) return Report{};
    return std::move(*result.report);
}

Report readTextOrFail(const QString& text, const ReadOptions& options) {
    ReadResult result = readReportBytes(text.toUtf8(), QStringLiteral("inline.txt"), options);
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    if (!result.ok()) return Report{};
    return std::move(*result.report);
}

std::vector<std::optional<double>> rowValues(const Report& report, const QString& table, int row) {
    std::vector<std::optional<double>> values;
    const ReportTable* t = report.table(table);
    if (!t || row >= static_cast<int>(t->rows.size())) return values;
    for (const ReportCell& cell : t->rows[row].cells)
        values.push_back(cell.value.isNumber() ? std::optional<double>(cell.value.number) : std::nullopt);
    return values;
}

std::set<FindingCell> findingCells(const std::vector<Finding>& findings, const std::set<QString>& rules) {
    std::set<FindingCell> cells;
    for (const Finding& f : findings)
        if (rules.count(f.rule))
            for (const CellRef& c : f.cells) cells.emplace(f.rule, c.table, c.row, c.column);
    return cells;
}

CliRun runCli(const QStringList& args, const CliLimits& limits) {
    QProcess p;
#if defined(__SANITIZE_ADDRESS__)
    constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
    constexpr bool kAddressSanitizer = __has_feature(address_sanitizer);
#else
    constexpr bool kAddressSanitizer = false;
#endif
    // Runs in the child between fork and exec: only async-signal-safe calls.
    p.setChildProcessModifier([limits] {
        if (limits.fileSizeBytes > 0) {
            const rlimit fsize{static_cast<rlim_t>(limits.fileSizeBytes), static_cast<rlim_t>(limits.fileSizeBytes)};
            ::setrlimit(RLIMIT_FSIZE, &fsize);
            ::signal(SIGXFSZ, SIG_IGN);  // inherited through exec: write() then fails with EFBIG
        }
        if (limits.addressSpaceBytes > 0 && !kAddressSanitizer) {
            const rlimit as{static_cast<rlim_t>(limits.addressSpaceBytes), static_cast<rlim_t>(limits.addressSpaceBytes)};
            ::setrlimit(RLIMIT_AS, &as);
        }
    });
    p.start(QStringLiteral(NIANBAO_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
    return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const std::set<QString> kTableRules = {
    QStringLiteral("requests.column_balance"), QStringLiteral("requests.row_total"), QStringLiteral("requests.results_total"),
    QStringLiteral("reviews.total"),           QStringLiteral("cell.not_a_number"),  QStringLiteral("cell.negative"),
    QStringLiteral("cell.blank"),              QStringLiteral("table.missing"),      QStringLiteral("table.extra_columns")};

std::vector<Finding> checkOnly(const Report& report, const std::set<QString>& rules) {
    std::vector<Finding> out;
    for (const Finding& f : checkReport(report))
        if (rules.count(f.rule)) out.push_back(f);
    return out;
}

std::vector<Finding> findingsWithRule(const std::vector<Finding>& findings, const QString& rule) {
    std::vector<Finding> out;
    for (const Finding& f : findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

}  // namespace nianbao::test
