#include "views/CorrectionsPanel.h"

#include "models/CorrectionsModel.h"
#include "session/ReviewSession.h"
#include "views/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace nianbao {

CorrectionsPanel::CorrectionsPanel(QWidget* parent) : QWidget(parent), view_(addListTable(this)) {
    connect(view_, &QTableView::activated, this, [this](const QModelIndex& index) { selectRow(index.row()); });
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& index) { selectRow(index.row()); });
}

void CorrectionsPanel::setDocument(ReviewDocument* document) {
    delete model_;
    model_ = document ? new CorrectionsModel(document, this) : nullptr;
    view_->setModel(model_);
    if (!model_) return;
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CorrectionsModel::CellColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CorrectionsModel::ReasonColumn, QHeaderView::Stretch);
}

int CorrectionsPanel::rowCount() const {
    return model_ ? model_->rowCount() : 0;
}

void CorrectionsPanel::selectRow(int row) {
    const Correction* correction = model_ ? model_->correctionAt(row) : nullptr;
    if (!correction) return;
    view_->setCurrentIndex(model_->index(row, 0));
    emit cellChosen(correction->cell);
}

}  // namespace nianbao
