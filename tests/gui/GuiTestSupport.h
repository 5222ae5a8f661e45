#pragma once

#include "app/MainWindow.h"
#include "app/UserPrompts.h"
#include "check/Finding.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <set>
#include <tuple>

namespace nianbao::test {

QString corpusPath(const QString& name);
inline const QString kCorpus000 = QStringLiteral("000_4e6edc37518c9b09.txt");
inline const QString kCorpus001 = QStringLiteral("001_ffb7cb016be5db93.txt");
inline const QString kCorpus002 = QStringLiteral("002_be932dc10881290c.txt");
inline const QString kCorpus003 = QStringLiteral("003_1ba3202efab2ed16.txt");
QStringList corpusFiles();

// Answers every question from fields the test sets, and records every error shown.
class ScriptedPrompts : public UserPrompts {
public:
    struct Script {
        QStringList errors;
        SaveChoice saveChoice = SaveChoice::Cancel;
        bool restoreRecovery = false;
        int saveQuestions = 0;
        int recoveryQuestions = 0;
        int recoveryCount = -1;  // the count of unsaved corrections the last recovery question named
        bool setAsideRefusedSession = false;
        int setAsideQuestions = 0;
        QString exportPath;  // what askExportPath answers ("" = cancel)
        bool exportDespiteErrors = false;
        int exportErrorQuestions = 0;
        bool acceptLetterSettings = true;
        QString letterOffice;  // replaces the office asked about, when not empty
        int letterSettingsQuestions = 0;
        QString letterFolder;  // what askLetterFolder answers ("" = cancel)
    };
    explicit ScriptedPrompts(std::shared_ptr<Script> script) : script_(std::move(script)) {}

    void showError(QWidget*, const QString&, const QString& message) override { script_->errors << message; }
    SaveChoice askSaveChanges(QWidget*, const QString&) override {
        ++script_->saveQuestions;
        return script_->saveChoice;
    }
    bool askRestoreRecovery(QWidget*, const QString&, int count) override {
        ++script_->recoveryQuestions;
        script_->recoveryCount = count;
        return script_->restoreRecovery;
    }
    bool askSetAsideRefusedSession(QWidget*, const QString&) override {
        ++script_->setAsideQuestions;
        return script_->setAsideRefusedSession;
    }
    QString askOpenReport(QWidget*, const QString&) override { return {}; }
    QString askSessionPath(QWidget*, const QString&, bool) override { return {}; }
    QString askOpenFolder(QWidget*, const QString&) override { return {}; }
    QStringList askReportsToCompare(QWidget*, const QString&) override { return {}; }
    bool askReason(QWidget*, const QString&, QString*) override { return false; }
    QString askExportPath(QWidget*, const QString&, const QString&) override { return script_->exportPath; }
    bool askExportDespiteErrors(QWidget*, int) override {
        ++script_->exportErrorQuestions;
        return script_->exportDespiteErrors;
    }
    bool askLetterSettings(QWidget*, LetterSettings* settings) override {
        ++script_->letterSettingsQuestions;
        if (!script_->letterOffice.isEmpty()) settings->office = script_->letterOffice;
        return script_->acceptLetterSettings;
    }
    QString askLetterFolder(QWidget*, const QString&) override { return script_->letterFolder; }

private:
    std::shared_ptr<Script> script_;
};

struct Workbench {
    std::shared_ptr<ScriptedPrompts::Script> script = std::make_shared<ScriptedPrompts::Script>();
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>(script));
};

// (table, row, column) of every value cell whose SeverityRole says error or warning.
using CellKey = std::tuple<QString, int, int>;
std::set<CellKey> highlightedCells(const MainWindow& window);
// Sets a value cell through the model, as the in-place editor does.
bool typeIntoCell(MainWindow& window, const CellRef& cell, const QString& text);
int countRule(const MainWindow& window, const QString& rule);

}  // namespace nianbao::test
