// Parse + check throughput on the real corpus, single thread: decode, NFKC,
// layout recovery, table reconstruction and every check, from bytes in memory.
#include "check/Checker.h"
#include "io/ReportReader.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

namespace {

std::vector<std::pair<QString, QByteArray>> loadCorpus() {
    std::vector<std::pair<QString, QByteArray>> files;
    const QDir dir(QStringLiteral(NIANBAO_CORPUS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) files.emplace_back(name, f.readAll());
    }
    return files;
}

void BM_ParseAndCheckCorpus(benchmark::State& state) {
    const auto corpus = loadCorpus();
    if (corpus.empty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    size_t findings = 0;
    for (auto _ : state) {
        for (const auto& [name, bytes] : corpus) {
            const nianbao::ReadResult result = nianbao::readReportBytes(bytes, name);
            findings += nianbao::checkReport(*result.report).size();
        }
    }
    benchmark::DoNotOptimize(findings);
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(corpus.size()));
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.size()),
                                                    benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseAndCheckCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
