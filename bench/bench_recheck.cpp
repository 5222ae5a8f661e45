// The workbench re-checks the whole report after every edit; this measures
// that it stays far below the 1 ms budget on the largest corpus report:
//  - Recheck: nianbao::checkReport alone;
//  - EditAndUndo: one edit and its undo through ReviewDocument (command,
//    correction record, re-check, signals), i.e. two re-checks per iteration;
//  - EditThroughWindow: the same edit typed into the open MainWindow's
//    table model, with every view and panel attached (offscreen platform).
#include "app/MainWindow.h"
#include "check/Checker.h"
#include "document/ReviewDocument.h"
#include "io/ReportReader.h"
#include "models/ReportTableModel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>

#include <benchmark/benchmark.h>

namespace {

const QString kReport = QStringLiteral(NIANBAO_CORPUS_DIR "/000_4e6edc37518c9b09.txt");
const nianbao::CellRef kTotal{QStringLiteral("requests"), 0, 6};

void BM_Recheck(benchmark::State& state) {
    const nianbao::ReadResult result = nianbao::readReportFile(kReport);
    if (!result.ok()) {
        state.SkipWithError("corpus report 000 not found");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(nianbao::checkReport(*result.report));
}
BENCHMARK(BM_Recheck)->Unit(benchmark::kMicrosecond);

void BM_EditAndUndo(benchmark::State& state) {
    QString error;
    auto document = nianbao::ReviewDocument::open(kReport, &error);
    if (!document) {
        state.SkipWithError("corpus report 000 not found");
        return;
    }
    for (auto _ : state) {
        document->editCell(kTotal, nianbao::CellValue::fromNumber(55));
        document->undoStack()->undo();
    }
    state.SetItemsProcessed(state.iterations() * 2);  // two re-checks per iteration
}
BENCHMARK(BM_EditAndUndo)->Unit(benchmark::kMicrosecond);

class NoPrompts : public nianbao::DialogPrompts {};

void BM_EditThroughWindow(benchmark::State& state) {
    nianbao::MainWindow window(std::make_unique<NoPrompts>());
    if (!window.openReport(kReport)) {
        state.SkipWithError("corpus report 000 not found");
        return;
    }
    nianbao::ReportTableModel* model = window.tables()->viewFor(kTotal.table)->formModel();
    const QModelIndex index = model->indexOf(kTotal);
    for (auto _ : state) {
        model->setData(index, QStringLiteral("55"));
        window.document()->undoStack()->undo();
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_EditThroughWindow)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
