#pragma once

#include <QWidget>

class QTableView;

namespace nianbao {

class FindingsModel;
class ReviewDocument;
struct Finding;

// The list of every finding (severity, line, message, rule). Moving through
// it with the mouse or the keyboard reports the finding to show.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setDocument(ReviewDocument* document);
    int currentRow() const;
    int rowCount() const;
    void selectRow(int row);
    // F8 / Shift+F8: the next or previous finding, wrapping around.
    void step(int delta);

signals:
    void findingChosen(int row);

private:
    QTableView* view_;
    FindingsModel* model_ = nullptr;
};

}  // namespace nianbao
