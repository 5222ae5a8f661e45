// Opening a comparison of 10 reports: read all ten from memory (decode,
// rebuild, check) and compare them (grouping, alignment, cross-year rules,
// narrative similarity). Budget: under 1 s.
#include "check/Checker.h"
#include "compare/Comparison.h"
#include "io/ReportReader.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

namespace {

using namespace nianbao;

// The five corpus reports, and each again one year earlier: five agencies with two years each.
std::vector<std::pair<QString, QByteArray>> tenReports() {
    std::vector<std::pair<QString, QByteArray>> files;
    const QDir dir(QStringLiteral(NIANBAO_CORPUS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString text = QString::fromUtf8(f.readAll());
        files.emplace_back(name, text.toUtf8());
        QString earlier = text;
        for (int year = 2019; year <= 2023; ++year)
            earlier.replace(QStringLiteral("%1年").arg(year), QStringLiteral("%1年").arg(year - 1));
        files.emplace_back(QStringLiteral("earlier-") + name, earlier.toUtf8());
    }
    return files;
}

void BM_OpenComparisonOfTen(benchmark::State& state) {
    const auto files = tenReports();
    if (files.size() != 10) {
        state.SkipWithError("corpus not found");
        return;
    }
    for (auto _ : state) {
        std::vector<Report> reports;
        for (const auto& [name, bytes] : files) {
            ReadResult r = readReportBytes(bytes, name);
            checkReport(*r.report);
            reports.push_back(std::move(*r.report));
        }
        std::vector<const Report*> pointers;
        for (const Report& r : reports) pointers.push_back(&r);
        benchmark::DoNotOptimize(compareReports(pointers));
    }
}
BENCHMARK(BM_OpenComparisonOfTen)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
