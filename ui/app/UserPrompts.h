#pragma once

#include "export/ReviewLetter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace nianbao {

// Every question and message the main window puts to the user. The desktop
// build asks with dialogs (DialogPrompts); tests answer from a script, so
// nothing ever blocks in offscreen mode.
class UserPrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& reportName) = 0;
    virtual bool askRestoreRecovery(QWidget* parent, const QString& reportName, int corrections) = 0;
    // Saving would replace a session file that was refused on opening: keep
    // it under a dated name and save? False when the user cancels the save.
    virtual bool askSetAsideRefusedSession(QWidget* parent, const QString& sessionPath) = 0;
    // Empty when the user cancels.
    virtual QString askOpenReport(QWidget* parent, const QString& directory) = 0;
    virtual QString askSessionPath(QWidget* parent, const QString& suggested, bool forSaving) = 0;
    // Empty when the user cancels.
    virtual QString askOpenFolder(QWidget* parent, const QString& directory) = 0;
    virtual QStringList askReportsToCompare(QWidget* parent, const QString& directory) = 0;
    // False when the user cancels.
    virtual bool askReason(QWidget* parent, const QString& cellName, QString* reason) = 0;
    // Where to write an export; `filter` names the file type. Empty when the user cancels.
    virtual QString askExportPath(QWidget* parent, const QString& suggested, const QString& filter) = 0;
    // The report still has errors: export it anyway? False when the user cancels.
    virtual bool askExportDespiteErrors(QWidget* parent, int errors) = 0;
    // Who signs the review letters and how they close, shown filled in with
    // `settings`; the answer is kept for next time. False when the user cancels.
    virtual bool askLetterSettings(QWidget* parent, LetterSettings* settings) = 0;
    // The folder a whole folder's review letters go into. Empty when the user cancels.
    virtual QString askLetterFolder(QWidget* parent, const QString& directory) = 0;
};

class DialogPrompts : public UserPrompts {
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)

public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    SaveChoice askSaveChanges(QWidget* parent, const QString& reportName) override;
    bool askRestoreRecovery(QWidget* parent, const QString& reportName, int corrections) override;
    bool askSetAsideRefusedSession(QWidget* parent, const QString& sessionPath) override;
    QString askOpenReport(QWidget* parent, const QString& directory) override;
    QString askSessionPath(QWidget* parent, const QString& suggested, bool forSaving) override;
    QString askOpenFolder(QWidget* parent, const QString& directory) override;
    QStringList askReportsToCompare(QWidget* parent, const QString& directory) override;
    bool askReason(QWidget* parent, const QString& cellName, QString* reason) override;
    QString askExportPath(QWidget* parent, const QString& suggested, const QString& filter) override;
    bool askExportDespiteErrors(QWidget* parent, int errors) override;
    bool askLetterSettings(QWidget* parent, LetterSettings* settings) override;
    QString askLetterFolder(QWidget* parent, const QString& directory) override;
};

}  // namespace nianbao
