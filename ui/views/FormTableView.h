#pragma once

#include "check/Finding.h"

#include <QTableView>

#include <optional>
#include <vector>

namespace nianbao {

class ReportTableModel;

// A QTableView that shows a ReportTableModel as the printed form: no
// Qt headers (the form's headers are rows of the model), merged cells as
// spans, column widths and row heights fitted to the labels.
class FormTableView : public QTableView {
    Q_OBJECT
public:
    explicit FormTableView(ReportTableModel* model, QWidget* parent = nullptr);

    ReportTableModel* formModel() const { return model_; }
    std::optional<CellRef> currentCell() const;
    // Selects these cells (those in this table), makes the first current and visible.
    void selectCells(const std::vector<CellRef>& cells);
    // For stacked tables: as tall as all rows, with no scroll bar of its own.
    void setFitHeight(bool fit);

    QSize sizeHint() const override;

signals:
    void currentCellChanged(const nianbao::CellRef& cell);
    // Text typed into a cell was not taken (see CellDelegate).
    void editRefused(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void applySpans();
    void fitToForm();
    int textHeight(const QString& text, int width, bool bold) const;

    ReportTableModel* model_;
    bool fitHeight_ = false;
};

}  // namespace nianbao
