#pragma once

#include "batch/CheckSummary.h"
#include "dashboard/CancellableThread.h"

#include <QMap>
#include <QObject>
#include <vector>

namespace nianbao {

// One report of a scanned folder: its summary and how often each rule fired.
struct DashboardRow {
    QString path;
    SummaryRow summary;
    QMap<QString, int> ruleCounts;
};

// Reads and checks every report of a folder off the UI thread, with the same
// read and check calls as `nianbao-cli check`, and hands the rows over in
// folder order. Rows are delivered in small batches (at most every 40 ms) so
// a thousand reports cost the UI thread a few dozen model updates, not a
// thousand.
class FolderScan : public QObject {
    Q_OBJECT
public:
    explicit FolderScan(QObject* parent = nullptr);
    ~FolderScan() override;  // cancels and waits

    void start(const QString& folder);
    void cancel();
    bool isRunning() const;

signals:
    void started(int total);
    void rowsChecked(const std::vector<nianbao::DashboardRow>& rows);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    CancellableThread thread_;
};

}  // namespace nianbao
