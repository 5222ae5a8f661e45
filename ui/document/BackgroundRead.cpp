#include "document/BackgroundRead.h"

#include "session/ReviewSession.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace nianbao {
namespace {

// Shared by the UI thread and the worker. The worker writes `results`; the UI
// thread reads them only after `finished`, whose store publishes them.
struct ReadJob {
    explicit ReadJob(const QStringList& files) : paths(files) {}
    const QStringList paths;  // const: a non-const access would detach it under the other thread
    std::atomic_bool cancelled{false};
    std::atomic_bool finished{false};
    std::atomic_int file{0};
    std::atomic_int stage{int(ReadMonitor::Stage::Decoding)};
    std::atomic_int page{0};
    std::atomic_int pages{0};
    std::vector<ReadForReview> results;
};

void readAll(ReadJob& job) {
    for (int i = 0; i < job.paths.size() && !job.cancelled; ++i) {
        job.file = i;
        job.pages = 0;
        ReadOptions options;
        options.monitor.cancelRequested = [&job] { return job.cancelled.load(); };
        options.monitor.progressed = [&job](ReadMonitor::Stage stage, int done, int total) {
            job.stage = int(stage);
            if (stage == ReadMonitor::Stage::Page) {
                job.page = done;
                job.pages = total;
            }
        };
        ReadForReview item;
        item.path = job.paths.at(i);
        item.result = readReportForReview(item.path, &item.sha256, options);
        job.results.push_back(std::move(item));
    }
    job.finished = true;
}

// The read the UI thread is waiting for, if any (UI thread only).
struct Waiting {
    std::shared_ptr<ReadJob> job;
    QEventLoop* loop = nullptr;
};
Waiting waiting;
int dialogDelayMs = 400;

// Progress in hundredths of a file: the pages of a PDF fill most of a file's
// share, rebuilding the tables the rest.
int progressOf(const ReadJob& job) {
    const auto stage = ReadMonitor::Stage(job.stage.load());
    int withinFile = 0;
    if (stage == ReadMonitor::Stage::Page && job.pages > 0) withinFile = 80 * job.page / job.pages;
    if (stage == ReadMonitor::Stage::Rebuilding) withinFile = 85;
    return job.file * 100 + withinFile;
}

}  // namespace

std::optional<std::vector<ReadForReview>> BackgroundRead::run(QWidget* parent, const QStringList& paths) {
    if (waiting.job) return std::nullopt;
    auto job = std::make_shared<ReadJob>(paths);
    QThreadPool::globalInstance()->start([job] { readAll(*job); });

    QEventLoop loop;
    waiting = {job, &loop};
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(tr("正在读取报告"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setCancelButtonText(tr("取消"));
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 100 * int(paths.size()));
    dialog.setMinimumDuration(dialogDelayMs);  // a quick read never flashes a dialog
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);
    const auto cancel = [job, &loop] {
        job->cancelled = true;
        loop.quit();
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, cancel);  // 取消, or the window closed
    QObject::connect(&dialog, &QDialog::rejected, &loop, cancel);          // Esc
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [job, &loop, &dialog] {
        if (job->finished) {
            loop.quit();
            return;
        }
        const QString name = QFileInfo(job->paths.value(job->file)).fileName();
        QString text = job->paths.size() > 1 ? tr("正在读取第 %1/%2 份：%3").arg(job->file + 1).arg(job->paths.size()).arg(name)
                                              : tr("正在读取 %1").arg(name);
        if (const auto stage = ReadMonitor::Stage(job->stage.load()); stage == ReadMonitor::Stage::Page)
            text += QLatin1Char('\n') + tr("第 %1/%2 页").arg(job->page + 1).arg(job->pages);
        else if (stage == ReadMonitor::Stage::Rebuilding)
            text += QLatin1Char('\n') + tr("正在重建统计表…");
        dialog.setLabelText(text);
        dialog.setValue(progressOf(*job));
    });
    poll.start(30);
    loop.exec();
    waiting = {};
    if (job->cancelled) return std::nullopt;  // the worker drops its result when it stops
    return std::move(job->results);
}

bool BackgroundRead::inProgress() {
    return waiting.job != nullptr;
}

void BackgroundRead::cancel() {
    if (!waiting.job) return;
    waiting.job->cancelled = true;
    waiting.loop->quit();
}

void BackgroundRead::setDialogDelay(int milliseconds) {
    dialogDelayMs = milliseconds;
}

}  // namespace nianbao
