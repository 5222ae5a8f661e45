#include "views/FormTableView.h"

#include "models/ReportTableModel.h"
#include "views/CellDelegate.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHeaderView>

#include <algorithm>
#include <cmath>

namespace nianbao {

FormTableView::FormTableView(ReportTableModel* model, QWidget* parent) : QTableView(parent), model_(model) {
    setModel(model);
    auto* delegate = new CellDelegate(this);
    connect(delegate, &CellDelegate::editRefused, this, &FormTableView::editRefused);
    setItemDelegate(delegate);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setGridStyle(Qt::SolidLine);
    setTabKeyNavigation(true);
    applySpans();
    fitToForm();
}

std::optional<CellRef> FormTableView::currentCell() const {
    return model_->cellAt(currentIndex());
}

void FormTableView::selectCells(const std::vector<CellRef>& cells) {
    QItemSelection selection;
    QModelIndex first;
    for (const CellRef& cell : cells) {
        const QModelIndex index = model_->indexOf(cell);
        if (!index.isValid()) continue;
        if (!first.isValid()) first = index;
        selection.select(index, index);
    }
    if (!first.isValid()) return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

void FormTableView::setFitHeight(bool fit) {
    fitHeight_ = fit;
    setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    fitToForm();
}

QSize FormTableView::sizeHint() const {
    int width = 2 * frameWidth();
    for (int c = 0; c < model_->columnCount(); ++c) width += columnWidth(c);
    int height = 2 * frameWidth();
    for (int r = 0; r < model_->rowCount(); ++r) height += rowHeight(r);
    return {width, height};
}

// Tabbing into a table shows the focus on it but chooses no cell:
// QAbstractItemView would make the first cell current, which shows its
// details and offers its fixes as if the clerk had clicked it. The arrow keys
// or a click choose a cell.
void FormTableView::focusInEvent(QFocusEvent* event) {
    const bool byTab = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byTab && !currentIndex().isValid()) {
        QAbstractScrollArea::focusInEvent(event);
        viewport()->update();
        return;
    }
    QTableView::focusInEvent(event);
}

void FormTableView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitToForm();
}

void FormTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    QTableView::currentChanged(current, previous);
    if (const std::optional<CellRef> cell = model_->cellAt(current)) emit currentCellChanged(*cell);
}

void FormTableView::applySpans() {
    clearSpans();
    for (const FormLabel& label : model_->layout().labels())
        if (label.rowSpan > 1 || label.columnSpan > 1) setSpan(label.row, label.column, label.rowSpan, label.columnSpan);
}

int FormTableView::textHeight(const QString& text, int width, bool bold) const {
    QFont f = font();
    f.setBold(bold);
    const QFontMetrics metrics(f);
    const int pad = metrics.height() / 4;
    return metrics.boundingRect(QRect(0, 0, std::max(1, width - 2 * pad), 10000), Qt::TextWordWrap, text).height() +
           2 * pad;
}

// Widths are in multiples of one CJK character, so the form scales with the
// font and the screen's DPI; heights then follow from the wrapped labels.
void FormTableView::fitToForm() {
    const FormLayout& layout = model_->layout();
    const int em = fontMetrics().horizontalAdvance(QChar(0x5B57));  // "字"
    const int labelColumns = layout.labelColumns();

    int leafLabel = 0;  // longest row label that has the last label column to itself
    for (const FormLabel& l : layout.labels())
        if (l.kind == FormLabel::Kind::RowHeader && l.column == labelColumns - 1 && l.columnSpan == 1)
            leafLabel = std::max(leafLabel, static_cast<int>(l.text.size()));
    for (int c = 0; c < labelColumns; ++c) {
        const bool last = c == labelColumns - 1;
        const int chars = !last ? 4 : std::clamp(leafLabel, labelColumns == 1 ? 8 : 10, 15);
        setColumnWidth(c, chars * em + em);
    }
    // A value column is wide enough for a four-character header ("结果维持")
    // on one line; longer headers wrap onto two lines, up to six characters wide…
    const int pad = fontMetrics().height() / 4;  // the delegate's text margin
    for (int c = labelColumns; c < layout.columnCount(); ++c) {
        int chars = 4;
        for (int r = 0; r < layout.headerRows(); ++r)
            if (const FormLabel* l = layout.labelAt(r, c); l && l->columnSpan == 1)
                chars = std::max(chars, static_cast<int>(std::ceil(l->text.size() / 2.0)));
        // …and for the widest value in it ("3.27万元"), with room for the marker.
        int widest = 0;
        for (int r = layout.headerRows(); r < layout.rowCount(); ++r)
            widest = std::max(widest, fontMetrics().horizontalAdvance(model_->index(r, c).data().toString()));
        setColumnWidth(c, std::max(std::min(chars, 6) * em, widest + em) + 2 * pad + 2);
    }

    std::vector<int> heights(static_cast<size_t>(layout.rowCount()), fontMetrics().height() * 7 / 4);
    auto spanWidth = [this](const FormLabel& l) {
        int w = 0;
        for (int c = l.column; c < l.column + l.columnSpan; ++c) w += columnWidth(c);
        return w;
    };
    // Single-row labels first, then stretch the last row of a merged label if it still does not fit.
    for (int pass = 0; pass < 2; ++pass) {
        for (const FormLabel& l : layout.labels()) {
            if ((pass == 0) != (l.rowSpan == 1)) continue;
            const int needed = textHeight(l.text, spanWidth(l), l.kind == FormLabel::Kind::Caption);
            int have = 0;
            for (int r = l.row; r < l.row + l.rowSpan; ++r) have += heights[static_cast<size_t>(r)];
            if (needed > have) heights[static_cast<size_t>(l.row + l.rowSpan - 1)] += needed - have;
        }
    }
    for (int r = 0; r < layout.rowCount(); ++r) setRowHeight(r, heights[static_cast<size_t>(r)]);

    if (fitHeight_) setFixedHeight(sizeHint().height());
    updateGeometry();
}

}  // namespace nianbao
