#include "dashboard/LetterBatch.h"

#include "batch/OrderedParallel.h"
#include "batch/ReviewLetters.h"
#include "io/AtomicFile.h"

#include <QDir>

namespace nianbao {

LetterBatch::LetterBatch(QObject* parent) : QObject(parent) {}

LetterBatch::~LetterBatch() {
    thread_.stop();
}

bool LetterBatch::isRunning() const {
    return thread_.isRunning();
}

void LetterBatch::cancel() {
    thread_.cancel();
}

void LetterBatch::start(const QStringList& reports, const QString& folder, const LetterSettings& settings) {
    const int jobs = std::max(1, QThread::idealThreadCount() - 1);  // one core stays with the UI
    thread_.start([this, reports, folder, settings, jobs](const std::atomic_bool& cancelled) {
        std::vector<ReportEntry> files;
        for (const QString& path : reports) files.push_back({path, {}});
        LetterNames names(folder, files);
        std::vector<LetterSummaryRow> rows;
        QStringList problems;
        int written = 0;
        runOrdered<std::optional<LetterOutcome>>(
            static_cast<int>(files.size()), jobs,
            [&](int i) -> std::optional<LetterOutcome> {
                if (cancelled.load()) return std::nullopt;
                return reviewLetterFor(files[i], settings);
            },
            [&](int i, std::optional<LetterOutcome>&& outcome) {
                if (!outcome || cancelled.load()) return;
                rows.push_back(outcome->row);
                QString error = outcome->error;
                if (!outcome->letter.isEmpty()) error = writeFileAtomically(names.letterFor(files[i].path), outcome->letter);
                if (error.isEmpty()) ++written;
                else problems << QStringLiteral("%1：%2").arg(QDir::toNativeSeparators(files[i].path), error);
                emit progress(static_cast<int>(rows.size()), static_cast<int>(files.size()));
            });
        QString summaryPath;
        if (!cancelled.load()) {
            QString error;
            const QByteArray summary = buildSummaryLetter(rows, settings, &error);
            summaryPath = names.summary();
            if (error.isEmpty()) error = writeFileAtomically(summaryPath, summary);
            if (!error.isEmpty()) {
                problems << QStringLiteral("审核情况汇总：%1").arg(error);
                summaryPath.clear();
            }
        }
        emit finished(cancelled.load(), written, summaryPath, problems);
    });
}

}  // namespace nianbao
