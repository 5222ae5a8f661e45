#include "views/CorrectionsPanel.h"

#include "models/CorrectionsModel.h"
#include "session/ReviewSession.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

CorrectionsPanel::CorrectionsPanel(QWidget* parent) : QWidget(parent), view_(new QTableView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->setTabKeyNavigation(false);
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
