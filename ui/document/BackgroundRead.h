#pragma once

#include "io/ReportReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

class QWidget;

namespace nianbao {

// One file read for review: the report (or why not) and the checksum of the
// bytes it was rebuilt from.
struct ReadForReview {
    QString path;
    ReadResult result;
    QByteArray sha256;
};

// Reads reports on a worker thread of Qt's global pool while the UI thread
// keeps painting and answering. When a read takes longer than a moment, a
// window-modal progress dialog appears with the file, the page and 取消. The
// call returns when every file is read, or at once when the user cancels: the
// worker stops at its next checkpoint and its result is dropped. Only one
// background read runs at a time (inProgress()), so a second open started
// from the nested event loop is refused instead of stacking up.
class BackgroundRead {
    Q_DECLARE_TR_FUNCTIONS(BackgroundRead)
public:
    // Empty when the user cancelled.
    static std::optional<std::vector<ReadForReview>> run(QWidget* parent, const QStringList& paths);
    static bool inProgress();
    // Cancels the read in progress (the window is closing); no-op otherwise.
    static void cancel();
    // How long a read may take before the dialog shows (default 400 ms).
    static void setDialogDelay(int milliseconds);
};

}  // namespace nianbao
