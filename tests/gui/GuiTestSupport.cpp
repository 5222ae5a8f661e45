#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "models/CellRoles.h"
#include "models/ReportTableModel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QDir>

namespace nianbao::test {

QString corpusPath(const QString& name) {
    return QStringLiteral(NIANBAO_CORPUS_DIR) + QLatin1Char('/') + name;
}

QStringList corpusFiles() {
    return QDir(QStringLiteral(NIANBAO_CORPUS_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

std::set<CellKey> highlightedCells(const MainWindow& window) {
    std::set<CellKey> cells;
    for (FormTableView* view : window.tables()->views()) {
        const ReportTableModel* model = view->formModel();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const std::optional<CellRef> cell = model->cellAt(index);
                if (cell && index.data(SeverityRole).toInt() >= static_cast<int>(Severity::Warning))
                    cells.insert({cell->table, cell->row, cell->column});
            }
    }
    return cells;
}

bool typeIntoCell(MainWindow& window, const CellRef& cell, const QString& text) {
    ReportTableModel* model = window.tables()->viewFor(cell.table)->formModel();
    return model->setData(model->indexOf(cell), text, Qt::EditRole);
}

int countRule(const MainWindow& window, const QString& rule) {
    int n = 0;
    for (const Finding& f : window.document()->findings()) n += f.rule == rule;
    return n;
}

}  // namespace nianbao::test
