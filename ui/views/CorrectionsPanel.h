#pragma once

#include "check/Finding.h"

#include <QWidget>

class QTableView;

namespace nianbao {

class CorrectionsModel;
class ReviewDocument;

// The list of corrections made so far; choosing one shows its cell.
class CorrectionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CorrectionsPanel(QWidget* parent = nullptr);

    void setDocument(ReviewDocument* document);
    int rowCount() const;
    void selectRow(int row);

signals:
    void cellChosen(const nianbao::CellRef& cell);

private:
    QTableView* view_;
    CorrectionsModel* model_ = nullptr;
};

}  // namespace nianbao
