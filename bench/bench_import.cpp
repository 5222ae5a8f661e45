// DOCX import throughput, single thread: unzip word/document.xml, read it,
// render the raw-view text, NFKC, rebuild the tables — readReportBytes on
// DOCX bytes in memory, for the five corpus reports as DOCX drafts.
#include "DocxFixture.h"
#include "OfficialLayout.h"

#include "io/ReportReader.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

namespace {

std::vector<QByteArray> corpusAsDocx() {
    std::vector<QByteArray> files;
    const QDir dir(QStringLiteral(NIANBAO_CORPUS_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const nianbao::ReadResult text = nianbao::readReportFile(dir.filePath(name));
        if (text.ok()) files.push_back(nianbao::test::docxFrom(nianbao::test::officialLayout(*text.report)));
    }
    return files;
}

void BM_ImportCorpusDocx(benchmark::State& state) {
    const auto corpus = corpusAsDocx();
    if (corpus.empty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    size_t tables = 0;
    for (auto _ : state) {
        for (const QByteArray& bytes : corpus) {
            const nianbao::ReadResult result = nianbao::readReportBytes(bytes, QStringLiteral("report.docx"));
            if (!result.ok()) {
                state.SkipWithError("a corpus DOCX could not be read");
                return;
            }
            tables += result.report->tables.size();
        }
    }
    benchmark::DoNotOptimize(tables);
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(corpus.size()));
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.size()),
                                                    benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ImportCorpusDocx)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
