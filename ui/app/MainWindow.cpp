#include "app/MainWindow.h"

#include "app/LetterSettingsDialog.h"
#include "app/RecentFiles.h"
#include "batch/ReviewLetters.h"
#include "app/Translations.h"
#include "batch/DistinctNames.h"
#include "check/RuleCatalog.h"
#include "compare/ComparisonWindow.h"
#include "dashboard/DashboardWindow.h"
#include "document/BackgroundRead.h"
#include "io/AtomicFile.h"
#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"
#include "commands/CellValueCommand.h"
#include "models/CellValueText.h"
#include "views/CellDetailsPanel.h"
#include "views/CorrectionsPanel.h"
#include "views/FindingCountsWidget.h"
#include "views/FindingsPanel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"
#include "views/RulesPanel.h"
#include "views/SourceView.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace nianbao {
namespace {


QString fileName(const QString& path) {
    return QFileInfo(path).fileName();
}

}  // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget* parent)
    : QMainWindow(parent), prompts_(std::move(prompts)), undoGroup_(new QUndoGroup(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createPanels();
    createActions();
    createMenusAndToolBar();
    restoreLayout();
    updateTitle();
    updateCellActions();
    updateFindingActions();
}

MainWindow::~MainWindow() {
    // Views hold pointers into the document; let them go first.
    tables_->setDocument(nullptr);
    findings_->setDocument(nullptr);
    corrections_->setDocument(nullptr);
    rules_->setDocument(nullptr);
    stopObserving();
}

// A document being destroyed clears its undo stack, which would reach the
// journal: the recovery file of unsaved edits must outlive the window (a
// crash, or a close that kept them), and this window may be half destroyed.
void MainWindow::stopObserving() {
    if (!document_) return;
    document_->undoStack()->disconnect(this);
    document_->disconnect(this);
}

void MainWindow::createPanels() {
    source_ = new SourceView;
    source_->setObjectName(QStringLiteral("sourceView"));
    tables_ = new ReportTablesWidget;
    tables_->setObjectName(QStringLiteral("tables"));
    details_ = new CellDetailsPanel;

    // Switched-off rules change what "no problem found" means; the banner
    // says so above the forms for as long as any rule is off.
    disabledRulesBanner_ = new QLabel;
    disabledRulesBanner_->setObjectName(QStringLiteral("disabledRulesBanner"));
    disabledRulesBanner_->setWordWrap(true);
    disabledRulesBanner_->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px 8px; }"));
    disabledRulesBanner_->hide();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(disabledRulesBanner_);
    rightLayout->addWidget(tables_, 1);
    // The explanation scrolls inside a band of fixed height: a long one (a cell in
    // several relations) must not grow the band and squeeze the table to a few rows.
    auto* detailsArea = new QScrollArea;
    detailsArea->setObjectName(QStringLiteral("detailsArea"));
    detailsArea->setWidget(details_);
    detailsArea->setWidgetResizable(true);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setFixedHeight(details_->minimumHeight());
    rightLayout->addWidget(detailsArea);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(source_);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    findings_ = new FindingsPanel;
    findingsDock_ = addBottomDock(tr("检查结果"), QStringLiteral("findingsDock"), findings_);
    connect(findings_, &FindingsPanel::findingChosen, this, &MainWindow::showFinding);
    findings_->setContextMenuPolicy(Qt::ActionsContextMenu);

    corrections_ = new CorrectionsPanel;
    QDockWidget* correctionsDock = addBottomDock(tr("更正记录"), QStringLiteral("correctionsDock"), corrections_);
    tabifyDockWidget(findingsDock_, correctionsDock);

    rules_ = new RulesPanel;
    tabifyDockWidget(correctionsDock, addBottomDock(tr("检查规则"), QStringLiteral("rulesDock"), rules_));
    findingsDock_->raise();
    connect(corrections_, &CorrectionsPanel::cellChosen, this, &MainWindow::selectCell);
    connect(tables_, &ReportTablesWidget::currentCellChanged, this, &MainWindow::showCell);

    counts_ = new FindingCountsWidget;
    reportInfo_ = new QLabel;
    statusBar()->addPermanentWidget(reportInfo_);
    statusBar()->addPermanentWidget(counts_);
    connect(tables_, &ReportTablesWidget::editRefused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 15000); });
}

// The object name is what saveState() remembers the dock's place by.
QDockWidget* MainWindow::addBottomDock(const QString& title, const QString& objectName, QWidget* panel) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

void MainWindow::createActions() {
    const auto make = [this](const QString& text, const QKeySequence& shortcut, QStyle::StandardPixmap icon,
                             auto slot) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty()) action->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase) action->setIcon(style()->standardIcon(icon));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    openAction_ = make(tr("打开报告(&O)…"), QKeySequence::Open, QStyle::SP_DialogOpenButton, &MainWindow::chooseReport);
    openFolderAction_ = make(tr("打开文件夹(&D)…"), QKeySequence(), QStyle::SP_DirOpenIcon, &MainWindow::chooseFolder);
    compareAction_ = make(tr("比较年度报告(&Y)…"), QKeySequence(), QStyle::SP_CustomBase, &MainWindow::chooseReportsToCompare);
    reviewLetterAction_ = make(tr("生成审核意见书(&L)…"), QKeySequence(), QStyle::SP_FileDialogDetailedView, &MainWindow::writeReviewLetter);
    compareFolderAction_ = make(tr("比较文件夹中的年度报告…"), QKeySequence(), QStyle::SP_CustomBase,
                                &MainWindow::chooseFolderToCompare);
    saveAction_ = make(tr("保存审校记录(&S)"), QKeySequence::Save, QStyle::SP_DialogSaveButton,
                       [this] { saveSession(); });
    saveAsAction_ = make(tr("审校记录另存为(&A)…"), QKeySequence::SaveAs, QStyle::SP_CustomBase,
                         &MainWindow::chooseSessionToSave);
    loadSessionAction_ = make(tr("打开审校记录(&L)…"), QKeySequence(), QStyle::SP_CustomBase,
                              &MainWindow::chooseSessionToLoad);
    quitAction_ = make(tr("退出(&Q)"), QKeySequence::Quit, QStyle::SP_CustomBase, &QWidget::close);

    undoAction_ = undoGroup_->createUndoAction(this, tr("撤销"));
    undoAction_->setShortcut(QKeySequence::Undo);
    undoAction_->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redoAction_ = undoGroup_->createRedoAction(this, tr("重做"));
    redoAction_->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redoAction_->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    revertAction_ = make(tr("恢复原值(&R)"), QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_DialogResetButton,
                         &MainWindow::revertCurrentCell);
    fillAction_ = make(tr("填入平衡值(&B)"), QKeySequence(Qt::CTRL | Qt::Key_B), QStyle::SP_DialogApplyButton,
                       &MainWindow::fillCurrentCell);
    reasonAction_ = make(tr("填写更正原因(&W)…"), QKeySequence(), QStyle::SP_CustomBase,
                         &MainWindow::setReasonForCurrentCell);
    fillBlanksAction_ = make(tr("按 0 填写空白单元格(&Z)"), QKeySequence(), QStyle::SP_CustomBase,
                             &MainWindow::fillBlankCellsOfCurrentFinding);
    findings_->addAction(fillBlanksAction_);
    bestFixAction_ = make(tr("按平衡值修正(&F)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QStyle::SP_DialogApplyButton,
                          &MainWindow::applyOfferedFix);
    bestFixAction_->setObjectName(QStringLiteral("bestFixAction"));
    fillAction_->setObjectName(QStringLiteral("fillAction"));
    findings_->addAction(bestFixAction_);
    nextAction_ = make(tr("下一个问题"), QKeySequence(Qt::Key_F8), QStyle::SP_ArrowDown,
                       [this] { findings_->step(+1); });
    previousAction_ = make(tr("上一个问题"), QKeySequence(Qt::SHIFT | Qt::Key_F8), QStyle::SP_ArrowUp,
                           [this] { findings_->step(-1); });
    // F8 works wherever the focus is, including inside a table being edited.
    for (QAction* a : {nextAction_, previousAction_}) a->setShortcutContext(Qt::ApplicationShortcut);

    auto* languages = new QActionGroup(this);
    chineseAction_ = make(QStringLiteral("简体中文"), QKeySequence(), QStyle::SP_CustomBase,
                          [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    englishAction_ = make(QStringLiteral("English"), QKeySequence(), QStyle::SP_CustomBase,
                          [this] { chooseLanguage(QStringLiteral("en")); });
    for (QAction* a : {chineseAction_, englishAction_}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    (savedLanguage() == QLatin1String("en") ? englishAction_ : chineseAction_)->setChecked(true);
}

void MainWindow::createMenusAndToolBar() {
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("最近打开(&T)"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(openFolderAction_);
    file->addAction(compareAction_);
    file->addAction(compareFolderAction_);
    file->addSeparator();
    file->addAction(saveAction_);
    file->addAction(saveAsAction_);
    file->addAction(loadSessionAction_);
    exportMenu_ = file->addMenu(tr("导出(&E)"));
    addExportAction(exportMenu_, tr("Word 文档（DOCX）…"), ExportKind::Docx);
    addExportAction(exportMenu_, tr("Word 文档，附审校附录（DOCX）…"), ExportKind::DocxWithAppendix);
    addExportAction(exportMenu_, tr("Word 文档，按正式版式重新排版（DOCX）…"), ExportKind::DocxOfficial);
    exportMenu_->addSeparator();
    addExportAction(exportMenu_, tr("CSV，每个单元格一行（long）…"), ExportKind::CsvLong);
    addExportAction(exportMenu_, tr("CSV，按表格原样（form）…"), ExportKind::CsvForm);
    addExportAction(exportMenu_, tr("Excel 工作簿（XLSX）…"), ExportKind::Xlsx);
    exportMenu_->addSeparator();
    addExportAction(exportMenu_, tr("检查结果与更正记录（JSON）…"), ExportKind::Json);
    file->addAction(reviewLetterAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(undoAction_);
    edit->addAction(redoAction_);
    edit->addSeparator();
    edit->addAction(revertAction_);
    edit->addAction(fillAction_);
    edit->addAction(bestFixAction_);
    edit->addAction(reasonAction_);

    QMenu* check = menuBar()->addMenu(tr("检查(&C)"));
    check->addAction(nextAction_);
    check->addAction(previousAction_);
    check->addSeparator();
    check->addAction(fillBlanksAction_);

    QMenu* view = menuBar()->addMenu(tr("视图(&V)"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
    QMenu* language = view->addMenu(tr("界面语言"));
    language->addAction(chineseAction_);
    language->addAction(englishAction_);

    QToolBar* bar = addToolBar(tr("工具栏"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : {openAction_, saveAction_}) bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {undoAction_, redoAction_, revertAction_, fillAction_}) bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {previousAction_, nextAction_}) bar->addAction(a);
    // Buttons show the words without the menu's mnemonic "(&O)" and ellipsis.
    static const QRegularExpression menuDecoration(QStringLiteral("\\(&\\w\\)|…|&"));
    for (QAction* a : bar->actions()) a->setIconText(a->text().remove(menuDecoration));
}

void MainWindow::restoreLayout() {
    const QSettings settings;
    const int em = fontMetrics().height();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(em * 90, em * 56);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({findingsDock_}, {em * 11}, Qt::Vertical);
    auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({em * 28, em * 62});  // the forms need the room; the text is for reference
}

bool MainWindow::openReport(const QString& path) {
    if (BackgroundRead::inProgress()) {
        statusBar()->showMessage(tr("正在读取另一份报告，请稍候或取消后再打开"), 5000);
        return false;
    }
    std::optional<std::vector<ReadForReview>> read = BackgroundRead::run(this, {path});
    if (!read) {
        statusBar()->showMessage(tr("已取消打开“%1”").arg(fileName(path)), 5000);
        if (std::exchange(closeAfterRead_, false)) QTimer::singleShot(0, this, &QWidget::close);
        return false;
    }
    ReadForReview& file = read->front();
    if (!file.result.ok()) {
        prompts_->showError(this, tr("无法打开报告"), tr("无法打开“%1”：\n%2").arg(fileName(path), file.result.error));
        if (!QFileInfo::exists(path)) RecentFiles::remove(path);
        return false;
    }
    if (!maybeSave()) return false;
    setDocument(std::make_unique<ReviewDocument>(std::move(*file.result.report), std::move(file.sha256)));
    RecentFiles::add(path);

    if (QFileInfo::exists(sessionPath_)) {
        QString error;
        if (document_->loadSession(sessionPath_, &error))
            statusBar()->showMessage(tr("已载入审校记录：%n 处更正", nullptr,
                                        static_cast<int>(document_->corrections().size())));
        else
            prompts_->showError(this, tr("审校记录未载入"), error);
    }
    offerRecovery();
    // From here on every edit, undo, redo and rule switch is journaled as it
    // happens (not before: loading the saved session must not retire the
    // recovery file that offerRecovery reads).
    connect(document_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::journal);
    connect(document_.get(), &ReviewDocument::disabledRulesChanged, this, &MainWindow::journal);
    journal();
    return true;
}

void MainWindow::setDocument(std::unique_ptr<ReviewDocument> document) {
    stopObserving();
    tables_->setDocument(nullptr);
    findings_->setDocument(nullptr);
    corrections_->setDocument(nullptr);
    rules_->setDocument(nullptr);
    document_ = std::move(document);
    sessionPath_ = document_->sessionPath();

    undoGroup_->addStack(document_->undoStack());
    undoGroup_->setActiveStack(document_->undoStack());
    source_->setSource(document_->report().source);
    tables_->setDocument(document_.get());
    findings_->setDocument(document_.get());
    corrections_->setDocument(document_.get());
    rules_->setDocument(document_.get());
    for (FormTableView* view : tables_->views()) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({revertAction_, fillAction_, bestFixAction_, reasonAction_});
    }
    connect(document_.get(), &ReviewDocument::findingsChanged, this, &MainWindow::refresh);
    connect(document_.get(), &ReviewDocument::modifiedChanged, this, &MainWindow::updateTitle);

    const ReportMetadata& meta = document_->report().meta;
    reportInfo_->setText(tr("%1 格式 · %2 · %3")
                             .arg(meta.version,
                                  meta.year ? tr("%1 年度").arg(meta.year) : tr("年度未知"),
                                  meta.agency.isEmpty() ? tr("机关名称未知") : meta.agency));
    details_->showHint();
    findingsDock_->raise();  // a report opens on its findings, whatever bottom tab was used last
    refresh();
    updateTitle();
}

void MainWindow::offerRecovery() {
    const std::optional<ReviewSession> pending = recovery_.pending(document_->filePath(), sessionPath_);
    if (!pending) return;
    const int count = document_->unsavedChangesIn(*pending);
    if (count == 0 && pending->disabledRules == document_->disabledRules()) {
        recovery_.discard(document_->filePath());  // nothing in it that was not saved
        return;
    }
    if (prompts_->askRestoreRecovery(this, fileName(document_->filePath()), count)) {
        QString error;
        if (document_->restoreUnsaved(*pending, &error)) {
            statusBar()->showMessage(tr("已恢复 %n 处未保存的更正", nullptr, count));
            return;
        }
        prompts_->showError(this, tr("无法恢复更正"), error);
    }
    recovery_.discard(document_->filePath());
}

bool MainWindow::maybeSave() {
    if (!document_ || !document_->isModified()) return true;
    switch (prompts_->askSaveChanges(this, fileName(document_->filePath()))) {
    case UserPrompts::SaveChoice::Save: return saveSession();
    case UserPrompts::SaveChoice::Discard: recovery_.discard(document_->filePath()); return true;
    case UserPrompts::SaveChoice::Cancel: return false;
    }
    return false;
}

bool MainWindow::saveSession() {
    return document_ && saveSessionAs(sessionPath_);
}

bool MainWindow::saveSessionAs(const QString& path) {
    if (!document_) return false;
    QString error;
    QString backup;
    const QString refused = document_->refusedSessionPath();
    if (!refused.isEmpty() && QFileInfo(path).absoluteFilePath() == refused && QFileInfo::exists(refused)) {
        if (!prompts_->askSetAsideRefusedSession(this, refused)) return false;
        backup = document_->setRefusedSessionAside(&error);
        if (backup.isEmpty()) {
            prompts_->showError(this, tr("保存失败"), error);
            return false;
        }
    }
    if (!document_->saveSession(path, &error)) {
        prompts_->showError(this, tr("保存失败"), error);
        return false;
    }
    sessionPath_ = path;
    recovery_.discard(document_->filePath());
    statusBar()->showMessage(backup.isEmpty() ? tr("审校记录已保存到 %1").arg(path)
                                              : tr("审校记录已保存到 %1；原记录已保留为 %2").arg(path, backup),
                             backup.isEmpty() ? 5000 : 0);
    return true;
}

bool MainWindow::loadSession(const QString& path) {
    if (!document_) return false;
    QString error;
    if (!document_->loadSession(path, &error)) {
        prompts_->showError(this, tr("审校记录未载入"), error);
        return false;
    }
    sessionPath_ = path;
    return true;
}

void MainWindow::journal() {
    if (!document_) return;
    if (!document_->isModified()) {
        // Everything undone or saved: an older recovery file would offer corrections the reviewer took back.
        recovery_.discard(document_->filePath());
        return;
    }
    QString error;
    if (!recovery_.save(document_->toSession(), &error))
        statusBar()->showMessage(tr("未能记录更正以备崩溃恢复：%1").arg(error), 10000);
}

bool MainWindow::openReportAtCell(const QString& path, const CellRef& cell) {
    const bool alreadyOpen = document_ && QFileInfo(document_->filePath()) == QFileInfo(path);
    if (!alreadyOpen && !openReport(path)) return false;
    selectCell(cell);
    showFromSideWindow();
    return true;
}

void MainWindow::showFromSideWindow() {
    show();
    raise();
    activateWindow();
}

DashboardWindow* MainWindow::openFolder(const QString& folder) {
    if (!dashboard_) {
        dashboard_ = new DashboardWindow(this);
        connect(dashboard_, &DashboardWindow::openReportRequested, this, [this](const QString& path) {
            if (openReport(path)) showFromSideWindow();
        });
        connect(dashboard_, &DashboardWindow::reviewLettersRequested, this, &MainWindow::writeFolderReviewLetters);
        connect(dashboard_, &DashboardWindow::reviewLettersFinished, this,
                [this](bool, int, const QString&, const QStringList& problems) {
                    // The first few reasons; the rest are counted, so the message stays readable.
                    if (problems.isEmpty()) return;
                    QString text = problems.mid(0, 10).join(QLatin1Char('\n'));
                    if (problems.size() > 10) text += tr("\n……另有 %n 份", nullptr, static_cast<int>(problems.size() - 10));
                    prompts_->showError(dashboard_, tr("部分审核意见书未能生成"), text);
                });
    }
    dashboard_->scanFolder(folder);
    dashboard_->show();
    dashboard_->raise();
    return dashboard_;
}

ComparisonWindow* MainWindow::compareReports(const QStringList& filesOrFolders) {
    if (BackgroundRead::inProgress()) {
        statusBar()->showMessage(tr("正在读取另一份报告，请稍候或取消后再比较"), 5000);
        return nullptr;
    }
    // A new comparison replaces the previous one: its reports and overrides belong to that set of files.
    delete comparison_;
    comparison_ = new ComparisonWindow(this);
    connect(comparison_, &ComparisonWindow::openCellRequested, this, &MainWindow::openReportAtCell);
    comparison_->show();  // first, so that a long read shows its progress over the window it fills
    const std::optional<QStringList> problems = comparison_->loadReports(filesOrFolders);
    if (!problems) {
        delete comparison_;
        comparison_ = nullptr;
        statusBar()->showMessage(tr("已取消比较"), 5000);
        return nullptr;
    }
    if (!problems->isEmpty()) prompts_->showError(this, tr("部分报告未能读取"), problems->join(QLatin1Char('\n')));
    comparison_->raise();
    return comparison_;
}

void MainWindow::chooseFolder() {
    const QString folder = prompts_->askOpenFolder(this, QString());
    if (!folder.isEmpty()) openFolder(folder);
}

void MainWindow::chooseReportsToCompare() {
    const QStringList files = prompts_->askReportsToCompare(this, QString());
    if (!files.isEmpty()) compareReports(files);
}

void MainWindow::chooseFolderToCompare() {
    const QString folder = prompts_->askOpenFolder(this, QString());
    if (!folder.isEmpty()) compareReports({folder});
}

void MainWindow::chooseReport() {
    const QString dir = document_ ? QFileInfo(document_->filePath()).absolutePath() : QString();
    const QString path = prompts_->askOpenReport(this, dir);
    if (!path.isEmpty()) openReport(path);
}

void MainWindow::chooseSessionToSave() {
    if (!document_) return;
    const QString path = prompts_->askSessionPath(this, sessionPath_, true);
    if (!path.isEmpty()) saveSessionAs(path);
}

void MainWindow::chooseSessionToLoad() {
    if (!document_ || !maybeSave()) return;
    const QString path = prompts_->askSessionPath(this, sessionPath_, false);
    if (!path.isEmpty()) loadSession(path);
}

void MainWindow::showFinding(int row) {
    if (!document_ || row < 0 || row >= static_cast<int>(document_->findings().size())) return;
    const Finding finding = document_->findings()[static_cast<size_t>(row)];
    if (finding.cells.empty()) {
        // A finding about the text (a label, a heading) selects no cell: the cell selected
        // before, and the actions on it, must go. Its message, with the official wording
        // it proposes, is what the details line says.
        tables_->clearCellSelection();
        details_->setText(finding.message);
        updateCellActions();
    } else {
        tables_->selectCells(finding.cells);
        // Explained even when its first cell was current already (no currentChanged then).
        showCell(finding.cells.front());
    }
    SourceSpan span = finding.span;  // the finding's own place is where to look, not its first cell's
    if (!span.isValid() && !finding.cells.empty())
        if (const ReportCell* cell = document_->report().cell(finding.cells.front())) span = cell->span;
    source_->highlightSpan(span, finding.severity);
    updateFindingActions();
}

void MainWindow::selectCell(const CellRef& cell) {
    tables_->selectCells({cell});
}

void MainWindow::showCell(const CellRef& cell) {
    const Report& report = document_->report();
    const ReportCell* c = report.cell(cell);
    SourceSpan span = c ? c->span : SourceSpan{};
    if (!span.isValid())
        if (const ReportTable* table = report.table(cell.table)) span = table->rows[static_cast<size_t>(cell.row)].labelSpan;
    source_->highlightSpan(span);
    details_->setText(explainCell(*document_, cell));
    updateCellActions();
}

void MainWindow::revertCurrentCell() {
    if (const std::optional<CellRef> cell = tables_->currentCell(); cell && document_) document_->revertCell(*cell);
}

void MainWindow::fillCurrentCell() {
    if (const std::optional<CellRef> cell = tables_->currentCell(); cell && document_)
        document_->fillBalancingValue(*cell);
}

void MainWindow::applyOfferedFix() {
    if (!document_ || !offeredFix_) return;
    const CellRef cell = offeredFix_->cell;
    if (document_->fillBalancingValue(cell)) selectCell(cell);
}

void MainWindow::fillBlankCellsOfCurrentFinding() {
    const int row = findings_->currentRow();
    if (!document_ || row < 0 || row >= static_cast<int>(document_->findings().size())) return;
    const Finding finding = document_->findings()[static_cast<size_t>(row)];  // a copy: filling re-checks
    document_->fillBlankCells(finding);
}

void MainWindow::addExportAction(QMenu* menu, const QString& text, ExportKind kind) {
    connect(menu->addAction(text), &QAction::triggered, this, [this, kind] { exportReport(kind); });
}

bool MainWindow::exportReport(ExportKind kind) {
    if (!document_) return false;
    if (const int errors = document_->counts().errors; errors > 0 && !prompts_->askExportDespiteErrors(this, errors))
        return false;
    const QFileInfo report(document_->filePath());
    const QString suffix = exportSuffix(kind);
    const QString suggested = report.absolutePath() + QStringLiteral("/%1-更正.%2").arg(report.completeBaseName(), suffix);
    const QString path = prompts_->askExportPath(this, suggested, tr("%1 文件 (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty()) return false;
    QStringList unwritten;
    const QString error = exportReview(*document_, kind, path, &unwritten);
    if (!error.isEmpty()) {
        prompts_->showError(this, tr("导出失败"), error);
        return false;
    }
    if (unwritten.isEmpty())
        statusBar()->showMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)), 10000);
    else  // the file is written; what it could not hold is said, not hidden
        statusBar()->showMessage(tr("已导出到 %1；%2 处未能写成修订：%3")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(unwritten.size())
                                     .arg(unwritten.join(QStringLiteral("；"))));
    return true;
}

bool MainWindow::writeReviewLetter() {
    if (!document_) return false;
    LetterSettings settings = loadLetterSettings();
    if (!prompts_->askLetterSettings(this, &settings)) return false;
    const QFileInfo report(document_->filePath());
    const QString suggested = report.absolutePath() + QStringLiteral("/%1-审核意见书.docx").arg(report.completeBaseName());
    const QString path = prompts_->askExportPath(this, suggested, tr("Word 文档 (*.docx)"));
    if (path.isEmpty()) return false;
    const std::vector<ProtectedFile> inputs{{document_->filePath(), QStringLiteral("原报告")},
                                            {document_->sessionPath(), QStringLiteral("审校记录")}};
    QString error = outputPathProblem(path, inputs, QStringLiteral("docx"));
    if (error.isEmpty()) {
        // The report as submitted, under the rules switched off in this review.
        CheckOptions options;
        options.disabledRules = document_->disabledRules();
        const LetterOutcome letter = reviewLetterFor({document_->filePath(), {}}, settings, options);
        error = letter.letter.isEmpty() ? letter.error : writeFileAtomically(path, letter.letter);
    }
    if (!error.isEmpty()) {
        prompts_->showError(this, tr("未能生成审核意见书"), error);
        return false;
    }
    statusBar()->showMessage(tr("审核意见书已保存到 %1").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::writeFolderReviewLetters() {
    if (!dashboard_ || dashboard_->isScanning() || dashboard_->isWritingLetters()) return;
    LetterSettings settings = loadLetterSettings();
    if (!prompts_->askLetterSettings(dashboard_, &settings)) return;
    const QString folder = prompts_->askLetterFolder(dashboard_, QDir::homePath());
    if (folder.isEmpty()) return;
    dashboard_->writeReviewLetters(folder, settings);
}

void MainWindow::setReasonForCurrentCell() {
    const std::optional<CellRef> cell = tables_->currentCell();
    if (!cell || !document_) return;
    const std::optional<Correction> correction = document_->correction(*cell);
    if (!correction) return;
    const ReportTable* table = document_->report().table(cell->table);
    QString reason = correction->reason;
    if (prompts_->askReason(this, describeCell(*table->spec, cell->row, cell->column), &reason))
        document_->setReason(*cell, reason);
}

// After every re-check: counts, the current cell's explanation, what can be done to it.
void MainWindow::refresh() {
    const FindingCounts counts = document_ ? document_->counts() : FindingCounts{};
    counts_->setCounts(counts);
    // An empty list could mean "not checked"; the dock title says it was
    // checked and is clean — and never that when rules were switched off.
    const int disabled = document_ ? static_cast<int>(document_->disabledRules().size()) : 0;
    const bool clean = document_ && document_->findings().empty();
    if (disabled > 0)
        findingsDock_->setWindowTitle(tr("检查结果（已关闭 %n 条规则）", nullptr, disabled));
    else
        findingsDock_->setWindowTitle(clean ? tr("检查结果：未发现问题") : tr("检查结果"));
    updateDisabledRulesBanner();
    if (const std::optional<CellRef> cell = tables_->currentCell(); cell && document_)
        details_->setText(explainCell(*document_, *cell));
    updateCellActions();
    updateFindingActions();
}

void MainWindow::updateDisabledRulesBanner() {
    QStringList titles;
    if (document_) {
        QStringList ids(document_->disabledRules().begin(), document_->disabledRules().end());
        ids.sort();
        for (const QString& id : ids) {
            const RuleInfo* rule = findRule(id);
            titles << (rule && !rule->title.isEmpty() ? rule->title : id);
        }
    }
    disabledRulesBanner_->setVisible(!titles.isEmpty());
    const bool all = !titles.isEmpty() && titles.size() == static_cast<qsizetype>(allRules().size());
    disabledRulesBanner_->setText(all ? tr("所有 %n 条检查规则均已关闭：本报告实际上未经检查。", nullptr, static_cast<int>(titles.size()))
                                      : tr("已关闭 %n 条检查规则，相应问题不会被发现：%1", nullptr, static_cast<int>(titles.size()))
                                            .arg(titles.join(QStringLiteral("、"))));
}

void MainWindow::updateTitle() {
    const QString app = tr("年报审校工作台");
    setWindowTitle(document_ ? QStringLiteral("%1[*] — %2").arg(fileName(document_->filePath()), app) : app);
    setWindowModified(document_ && document_->isModified());
    saveAction_->setEnabled(document_ != nullptr);
    saveAsAction_->setEnabled(document_ != nullptr);
    loadSessionAction_->setEnabled(document_ != nullptr);
    exportMenu_->menuAction()->setEnabled(document_ != nullptr);
    reviewLetterAction_->setEnabled(document_ != nullptr);
}

void MainWindow::updateCellActions() {
    const std::optional<CellRef> cell = document_ ? tables_->currentCell() : std::nullopt;
    const ReportCell* c = cell ? document_->report().cell(*cell) : nullptr;
    revertAction_->setEnabled(c && c->isCorrected());
    reasonAction_->setEnabled(c && c->isCorrected());
    // The cell's own fill is not always the repair: the one that fixes most is
    // offered too (the cell's own on a tie, and then not computed twice).
    std::optional<BalancingFill> best = cell ? document_->bestFillAround(*cell) : std::nullopt;
    const std::optional<BalancingFill> fill =
        best && best->cell == *cell ? best : (best ? document_->balancingFillFor(*cell) : std::nullopt);
    fillAction_->setEnabled(fill.has_value());
    fillAction_->setText(fill ? tr("填入平衡值 %1(&B)").arg(editText(fill->value)) : tr("填入平衡值(&B)"));
    fillAction_->setIconText(fill ? tr("填入平衡值 %1").arg(editText(fill->value)) : tr("填入平衡值"));
    // A fill that balances one relation and unbalances another says so before it is made.
    QStringList broken;
    if (fill)
        for (const Finding& f : fill->broken) broken << f.message;
    const QString warning = broken.isEmpty() ? QString()
                                             : tr("填入后将使 %n 处关系不平衡：", nullptr, int(broken.size())) + QLatin1Char('\n') +
                                                   broken.join(QLatin1Char('\n'));
    fillAction_->setToolTip(warning.isEmpty() ? fillAction_->iconText() : warning);
    fillAction_->setStatusTip(warning.isEmpty() ? QString() : tr("填入后将使 %n 处关系不平衡", nullptr, int(broken.size())));
    offerFix(std::move(best));
}

void MainWindow::offerFix(std::optional<BalancingFill> fix) {
    offeredFix_ = std::move(fix);
    bestFixAction_->setEnabled(offeredFix_.has_value());
    if (!offeredFix_) {
        bestFixAction_->setText(tr("按平衡值修正(&F)"));
        bestFixAction_->setToolTip(QString());
        return;
    }
    const QString where = commandCellName(*document_, offeredFix_->cell);
    const QString value = editText(offeredFix_->value);
    bestFixAction_->setText(offeredFix_->fixesEverything()
                                ? tr("修正：%1 填 %2（全部平衡）").arg(where, value)
                                : tr("修正：%1 填 %2（修正 %3 处，仍有 %4 处不平衡）")
                                      .arg(where, value)
                                      .arg(offeredFix_->fixed)
                                      .arg(offeredFix_->stillFailing + int(offeredFix_->broken.size())));
    bestFixAction_->setToolTip(bestFixAction_->text());
}

void MainWindow::updateFindingActions() {
    const int row = findings_->currentRow();
    const bool chosen = document_ && row >= 0 && row < static_cast<int>(document_->findings().size());
    fillBlanksAction_->setEnabled(chosen && ReviewDocument::canFillBlankCells(document_->findings()[static_cast<size_t>(row)]));
    if (chosen && document_->findings()[static_cast<size_t>(row)].isRelation)
        offerFix(document_->bestFillFor(document_->findings()[static_cast<size_t>(row)]));
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles::list();
    const QStringList names = distinctNames(files);  // two drafts of one name stay apart
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QAction* action = recentMenu_->addAction(QString(names[i]).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openReport(path); });
    }
    if (files.isEmpty()) recentMenu_->addAction(tr("（无）"))->setEnabled(false);
}

void MainWindow::chooseLanguage(const QString& language) {
    saveLanguage(language);
    statusBar()->showMessage(language == QLatin1String("en") ? QStringLiteral("The language changes at the next start.")
                                                              : QStringLiteral("界面语言将在下次启动时切换。"),
                             8000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (BackgroundRead::inProgress()) {
        // openReport is waiting further up this stack: stop the read, and close once it has returned.
        closeAfterRead_ = true;
        BackgroundRead::cancel();
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (document_ && !document_->isModified()) recovery_.discard(document_->filePath());
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    // Opening may ask questions; let the drag finish first.
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] { openReport(path); });
}

}  // namespace nianbao
