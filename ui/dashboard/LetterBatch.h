#pragma once

#include "dashboard/CancellableThread.h"
#include "export/ReviewLetter.h"

#include <QObject>
#include <QStringList>

namespace nianbao {

// Writes the review letters of the dashboard's reports off the UI thread,
// with the same calls as `nianbao-cli review-letters`: one letter per report
// into `folder` (names from LetterNames) and, unless cancelled, the summary
// letter. Each letter is written atomically as soon as it is made, so a
// cancelled run leaves complete letters only.
class LetterBatch : public QObject {
    Q_OBJECT
public:
    explicit LetterBatch(QObject* parent = nullptr);
    ~LetterBatch() override;  // cancels and waits

    void start(const QStringList& reports, const QString& folder, const LetterSettings& settings);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // `written`: letters written (the summary not counted); `problems`: one
    // line per report without a letter or letter not written, with the reason.
    void finished(bool cancelled, int written, const QString& summaryPath, const QStringList& problems);

private:
    CancellableThread thread_;
};

}  // namespace nianbao
