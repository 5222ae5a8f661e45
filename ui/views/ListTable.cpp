#include "views/ListTable.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

QTableView* addListTable(QWidget* panel) {
    auto* view = new QTableView(panel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false);
    return view;
}

}  // namespace nianbao
