#include "dashboard/FolderScan.h"

#include "batch/OrderedParallel.h"
#include "batch/ReportFiles.h"
#include "check/Checker.h"
#include "io/ReportReader.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace nianbao {
namespace {

DashboardRow checkFile(const ReportEntry& entry) {
    const QString& path = entry.path;
    DashboardRow row;
    row.path = path;
    const ReadResult result = entry.problem.isEmpty() ? readReportFile(path) : ReadResult{std::nullopt, entry.problem};
    if (!result.ok()) {
        row.summary = summaryOfFailure(path, result.error);
        return row;
    }
    const std::vector<Finding> findings = checkReport(*result.report);
    row.summary = summaryOf(*result.report, findings);
    for (const Finding& f : findings) ++row.ruleCounts[f.rule];
    return row;
}

}  // namespace

FolderScan::FolderScan(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::vector<DashboardRow>>();
}

FolderScan::~FolderScan() {
    thread_.stop();  // before the signals the run emits are gone
}

bool FolderScan::isRunning() const {
    return thread_.isRunning();
}

void FolderScan::cancel() {
    thread_.cancel();
}

void FolderScan::start(const QString& folder) {
    // Leave one core to the UI thread: it has to stay responsive while the workers run.
    const int jobs = std::max(1, QThread::idealThreadCount() - 1);
    thread_.start([this, folder, jobs](const std::atomic_bool& cancelled) {
        // A folder that vanished, or a file or subfolder that cannot be read, is a row saying why.
        const std::vector<ReportEntry> files = listReportFiles({folder});
        const int total = int(files.size());
        emit started(total);
        std::vector<DashboardRow> batch;
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        int done = 0;
        const auto deliver = [&] {
            emit rowsChecked(batch);
            emit progress(done, total);
            batch.clear();
            sinceDelivery.restart();
        };
        runOrdered<std::optional<DashboardRow>>(
            total, jobs,
            [&](int i) -> std::optional<DashboardRow> {
                if (cancelled.load()) return std::nullopt;
                return checkFile(files[i]);
            },
            [&](int, std::optional<DashboardRow>&& row) {
                if (!row || cancelled.load()) return;
                batch.push_back(std::move(*row));
                ++done;
                if (sinceDelivery.elapsed() >= 40) deliver();
            });
        if (!cancelled.load()) deliver();
        emit finished(cancelled.load());
    });
}

}  // namespace nianbao
