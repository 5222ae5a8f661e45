#pragma once

#include "app/UserPrompts.h"
#include "check/BalancingFix.h"
#include "check/Finding.h"
#include "document/RecoveryStore.h"
#include "document/ReportExport.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QLabel;
class QUndoGroup;

namespace nianbao {

class CellDetailsPanel;
class ComparisonWindow;
class DashboardWindow;
class CorrectionsPanel;
class FindingCountsWidget;
class FindingsPanel;
class ReportTablesWidget;
class ReviewDocument;
class RulesPanel;
class SourceView;

// The workbench: raw text on the left, the rebuilt forms on the right, the
// findings below. Owns the open ReviewDocument and wires the views to it;
// every decision about data lives in the document, every question to the
// user goes through UserPrompts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = std::make_unique<DialogPrompts>(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // False (with the reason shown to the user) when the file cannot be read;
    // the report already open stays open.
    bool openReport(const QString& path);
    // Opens the report (if it is not the one open) and selects the cell.
    bool openReportAtCell(const QString& path, const CellRef& cell);
    // The folder dashboard and the year comparison, each one window kept for the session.
    DashboardWindow* openFolder(const QString& folder);
    ComparisonWindow* compareReports(const QStringList& filesOrFolders);
    bool saveSession();
    bool saveSessionAs(const QString& path);
    bool loadSession(const QString& path);
    // Crash recovery: writes the unsaved corrections to the recovery file
    // (atomically; a few milliseconds), or retires the file when nothing is
    // unsaved. Called on every change of the review.
    void journal();

    void showFinding(int row);
    void selectCell(const CellRef& cell);
    void revertCurrentCell();
    void fillCurrentCell();
    // "按 0 填写空白单元格" for the finding chosen in the findings panel.
    void fillBlankCellsOfCurrentFinding();
    void applyOfferedFix();
    // File → 导出: asks first when errors remain, then where to write; the
    // result (or the core's reason for refusing) goes to the status bar or an error.
    bool exportReport(ExportKind kind);
    // File → 生成审核意见书: the letter for the open report as submitted
    // (docs/review-letters.md), after asking who signs it and where it goes.
    bool writeReviewLetter();
    // The dashboard's button: letters for every report it lists, into a folder.
    void writeFolderReviewLetters();

    ReviewDocument* document() const { return document_.get(); }
    ReportTablesWidget* tables() const { return tables_; }
    FindingsPanel* findingsPanel() const { return findings_; }
    CorrectionsPanel* correctionsPanel() const { return corrections_; }
    RulesPanel* rulesPanel() const { return rules_; }
    SourceView* sourceView() const { return source_; }
    CellDetailsPanel* details() const { return details_; }
    FindingCountsWidget* counts() const { return counts_; }
    QLabel* disabledRulesBanner() const { return disabledRulesBanner_; }
    const RecoveryStore& recovery() const { return recovery_; }
    QString sessionPath() const { return sessionPath_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createPanels();
    QDockWidget* addBottomDock(const QString& title, const QString& objectName, QWidget* panel);
    void restoreLayout();

    bool maybeSave();
    void setDocument(std::unique_ptr<ReviewDocument> document);
    void stopObserving();
    void offerRecovery();
    void chooseReport();
    void chooseFolder();
    void chooseReportsToCompare();
    void chooseFolderToCompare();
    void showFromSideWindow();
    void chooseSessionToSave();
    void chooseSessionToLoad();
    void setReasonForCurrentCell();
    void showCell(const CellRef& cell);
    void refresh();
    void updateTitle();
    void updateDisabledRulesBanner();
    void updateCellActions();
    void updateFindingActions();
    void offerFix(std::optional<BalancingFill> fix);
    void addExportAction(QMenu* menu, const QString& text, ExportKind kind);
    void rebuildRecentMenu();
    void chooseLanguage(const QString& language);

    std::unique_ptr<UserPrompts> prompts_;
    std::unique_ptr<ReviewDocument> document_;
    RecoveryStore recovery_;
    bool closeAfterRead_ = false;  // the window was asked to close while a report was being read
    QString sessionPath_;

    SourceView* source_ = nullptr;
    ReportTablesWidget* tables_ = nullptr;
    CellDetailsPanel* details_ = nullptr;
    FindingsPanel* findings_ = nullptr;
    CorrectionsPanel* corrections_ = nullptr;
    RulesPanel* rules_ = nullptr;
    FindingCountsWidget* counts_ = nullptr;
    QLabel* reportInfo_ = nullptr;
    QLabel* disabledRulesBanner_ = nullptr;
    QDockWidget* findingsDock_ = nullptr;
    QUndoGroup* undoGroup_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    DashboardWindow* dashboard_ = nullptr;
    ComparisonWindow* comparison_ = nullptr;

    QAction* openAction_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* compareAction_ = nullptr;
    QAction* compareFolderAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* loadSessionAction_ = nullptr;
    QAction* reviewLetterAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* revertAction_ = nullptr;
    QAction* fillAction_ = nullptr;
    QAction* reasonAction_ = nullptr;
    QAction* fillBlanksAction_ = nullptr;
    QAction* bestFixAction_ = nullptr;
    std::optional<BalancingFill> offeredFix_;  // what bestFixAction_ writes: for the finding or cell chosen last
    QAction* nextAction_ = nullptr;
    QAction* previousAction_ = nullptr;
    QAction* chineseAction_ = nullptr;
    QAction* englishAction_ = nullptr;
};

}  // namespace nianbao
