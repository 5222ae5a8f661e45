#include "views/RulesPanel.h"

#include "models/RulesModel.h"
#include "views/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace nianbao {

// Only the checkbox changes anything; the list itself is read-only.
RulesPanel::RulesPanel(QWidget* parent) : QWidget(parent), view_(addListTable(this)) {}

void RulesPanel::setDocument(ReviewDocument* document) {
    delete model_;
    model_ = document ? new RulesModel(document, this) : nullptr;
    view_->setModel(model_);
    if (!model_) return;
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(RulesModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RulesModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RulesModel::SeverityColumn, QHeaderView::ResizeToContents);
}

}  // namespace nianbao
