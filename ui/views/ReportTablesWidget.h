#pragma once

#include "check/Finding.h"

#include <QTabWidget>

#include <map>
#include <optional>
#include <vector>

class QScrollArea;

namespace nianbao {

class FormTableView;
class ReviewDocument;

// The tabs 表二 / 表三 / 表四 of one document. 表二 stacks one small form per
// article item, as printed; 表三 and 表四 are one form each.
class ReportTablesWidget : public QTabWidget {
    Q_OBJECT
public:
    explicit ReportTablesWidget(QWidget* parent = nullptr);

    // Builds models and views for the document (null clears the tabs).
    void setDocument(ReviewDocument* document);

    FormTableView* viewFor(const QString& tableId) const;
    std::vector<FormTableView*> views() const;
    std::optional<CellRef> currentCell() const;
    // Shows the tab of the first cell and selects every cell of its table.
    void selectCells(const std::vector<CellRef>& cells);
    // No cell selected or current in any table (a finding about the text has none).
    void clearCellSelection();

signals:
    void currentCellChanged(const nianbao::CellRef& cell);
    // Text typed into a cell of any table was not taken; `reason` is for the status bar.
    void editRefused(const QString& reason);

private:
    // Next (+1) or previous (-1) table tab, wrapping around.
    void switchTab(int step);
    FormTableView* addView(ReviewDocument* document, const QString& tableId, QWidget* parent);
    void makeCurrent(FormTableView* view);
    void ensureCellVisible(FormTableView* view);

    std::map<QString, FormTableView*> views_;
    std::map<QString, QWidget*> tabOf_;  // the tab page holding each table
    QScrollArea* activeArea_ = nullptr;  // 表二's stack
    FormTableView* current_ = nullptr;
};

}  // namespace nianbao
