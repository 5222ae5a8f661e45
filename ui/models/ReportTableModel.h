#pragma once

#include "form/FormLayout.h"
#include "models/CellRoles.h"

#include <QAbstractTableModel>

#include <optional>

namespace nianbao {

class ReviewDocument;
struct CellRef;

// One official table of the document as its printed grid (FormLayout):
// labels and merged headers are part of the model, values come straight
// from the document's report, highlighting from its findings (CellRoles).
// Edits go back to the document as undoable commands.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ReportTableModel(ReviewDocument* document, const QString& tableId, QObject* parent = nullptr);

    const QString& tableId() const { return tableId_; }
    const FormLayout& layout() const { return layout_; }
    std::optional<CellRef> cellAt(const QModelIndex& index) const;
    QModelIndex indexOf(const CellRef& cell) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant labelData(const QModelIndex& index, int role) const;
    QVariant valueData(const CellRef& cell, int role) const;
    void valuesChanged();

    ReviewDocument* document_;
    QString tableId_;
    FormLayout layout_;
};

}  // namespace nianbao
