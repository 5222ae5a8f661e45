#include "views/FindingsPanel.h"

#include "models/FindingsModel.h"
#include "views/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace nianbao {

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent), view_(addListTable(this)) {
    view_->horizontalHeader()->setStretchLastSection(false);
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& index) { emit findingChosen(index.row()); });
}

void FindingsPanel::setDocument(ReviewDocument* document) {
    delete model_;
    model_ = document ? new FindingsModel(document, this) : nullptr;
    view_->setModel(model_);
    if (!model_) return;
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::ResizeToContents);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) emit findingChosen(current.row());
            });
}

int FindingsPanel::currentRow() const {
    return view_->currentIndex().isValid() ? view_->currentIndex().row() : -1;
}

int FindingsPanel::rowCount() const {
    return model_ ? model_->rowCount() : 0;
}

void FindingsPanel::selectRow(int row) {
    if (row < 0 || row >= rowCount()) return;
    if (row == currentRow()) {
        emit findingChosen(row);  // chosen again: show it again
        return;
    }
    view_->setCurrentIndex(model_->index(row, FindingsModel::MessageColumn));
}

void FindingsPanel::step(int delta) {
    const int rows = rowCount();
    if (rows == 0) return;
    const int from = currentRow() < 0 ? (delta > 0 ? -1 : rows) : currentRow();
    selectRow(((from + delta) % rows + rows) % rows);
}

}  // namespace nianbao
