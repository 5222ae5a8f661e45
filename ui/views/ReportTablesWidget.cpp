#include "views/ReportTablesWidget.h"

#include "document/ReviewDocument.h"
#include "models/ReportTableModel.h"
#include "views/FormTableView.h"

#include <QLayout>
#include <QScrollArea>
#include <QShortcut>
#include <QTabBar>
#include <QVBoxLayout>

namespace nianbao {

ReportTablesWidget::ReportTablesWidget(QWidget* parent) : QTabWidget(parent) {
    setDocumentMode(true);
    // The table views take Ctrl+Tab for themselves; as shortcuts of the whole
    // widget they switch 表二/三/四 from wherever the focus is inside it.
    const auto addShortcuts = [this](std::initializer_list<QKeySequence> keys, int step) {
        for (const QKeySequence& key : keys) {
            auto* shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, step] { switchTab(step); });
        }
    };
    addShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, +1);
    addShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, -1);
}

void ReportTablesWidget::switchTab(int step) {
    if (count() < 2) return;
    setCurrentIndex((currentIndex() + step + count()) % count());
    // Keep the focus inside, on the tab bar, so the next Ctrl+Tab still reaches us.
    tabBar()->setFocus(Qt::ShortcutFocusReason);
}

void ReportTablesWidget::setDocument(ReviewDocument* document) {
    current_ = nullptr;
    activeArea_ = nullptr;
    views_.clear();
    tabOf_.clear();
    while (count() > 0) {
        QWidget* page = widget(0);
        removeTab(0);
        delete page;  // with it the views and their models
    }
    if (!document) return;

    auto* stack = new QWidget;
    auto* stackLayout = new QVBoxLayout(stack);
    stackLayout->setSpacing(stack->fontMetrics().height());
    for (const ReportTable& table : document->report().tables) {
        if (table.spec->kind != TableKind::ArticleItem) continue;  // tables 三 and 四 have tabs of their own
        FormTableView* view = addView(document, table.spec->id, stack);
        view->setFitHeight(true);
        stackLayout->addWidget(view, 0, Qt::AlignLeft);
    }
    stackLayout->addStretch(1);
    activeArea_ = new QScrollArea;
    activeArea_->setWidget(stack);
    activeArea_->setWidgetResizable(true);
    activeArea_->setFrameShape(QFrame::NoFrame);
    addTab(activeArea_, tr("表二 主动公开"));
    for (auto& [id, view] : views_) tabOf_[id] = activeArea_;

    const struct {
        const char* id;
        QString title;
    } single[] = {{"requests", tr("表三 依申请公开")}, {"reviews", tr("表四 复议诉讼")}};
    for (const auto& s : single) {
        const QString id = QString::fromLatin1(s.id);
        if (!document->report().table(id)) continue;
        FormTableView* view = addView(document, id, nullptr);
        addTab(view, s.title);
        tabOf_[id] = view;
    }
}

FormTableView* ReportTablesWidget::addView(ReviewDocument* document, const QString& tableId, QWidget* parent) {
    auto* view = new FormTableView(new ReportTableModel(document, tableId), parent);
    view->formModel()->setParent(view);
    views_[tableId] = view;
    connect(view, &FormTableView::currentCellChanged, this, [this, view](const CellRef& cell) {
        makeCurrent(view);
        emit currentCellChanged(cell);
    });
    connect(view, &FormTableView::editRefused, this, &ReportTablesWidget::editRefused);
    return view;
}

FormTableView* ReportTablesWidget::viewFor(const QString& tableId) const {
    const auto it = views_.find(tableId);
    return it == views_.end() ? nullptr : it->second;
}

std::vector<FormTableView*> ReportTablesWidget::views() const {
    std::vector<FormTableView*> all;
    for (const auto& [id, view] : views_) all.push_back(view);
    return all;
}

std::optional<CellRef> ReportTablesWidget::currentCell() const {
    return current_ ? current_->currentCell() : std::nullopt;
}

void ReportTablesWidget::selectCells(const std::vector<CellRef>& cells) {
    if (cells.empty()) return;
    FormTableView* view = viewFor(cells.front().table);
    if (!view) return;
    setCurrentWidget(tabOf_[cells.front().table]);
    makeCurrent(view);
    view->selectCells(cells);
    if (tabOf_[cells.front().table] == activeArea_) ensureCellVisible(view);
}

// 表二's tables are stacked in one scroll area, each as tall as its rows: the
// view's own scrollTo() cannot move anything, the area must bring the cell in.
void ReportTablesWidget::ensureCellVisible(FormTableView* view) {
    activeArea_->widget()->layout()->activate();  // the stack's geometry, before measuring in it
    const QRect cell = view->visualRect(view->currentIndex());
    if (!cell.isValid()) return;
    const QPoint center = view->viewport()->mapTo(activeArea_->widget(), cell.center());
    const int margin = view->fontMetrics().height() / 2;
    activeArea_->ensureVisible(center.x(), center.y(), cell.width() / 2 + margin, cell.height() / 2 + margin);
}

void ReportTablesWidget::clearCellSelection() {
    if (!current_) return;
    current_->clearSelection();
    current_->selectionModel()->clearCurrentIndex();
    current_ = nullptr;
}

// Only one table shows a selection at a time, or 表二's stack would show several.
void ReportTablesWidget::makeCurrent(FormTableView* view) {
    if (current_ && current_ != view) current_->clearSelection();
    current_ = view;
}

}  // namespace nianbao
