#pragma once

#include <QLabel>

namespace nianbao {

// A line under the tables explaining the current cell (the same text as its
// tooltip), so the reviewer can read it without hovering.
class CellDetailsPanel : public QLabel {
    Q_OBJECT
public:
    explicit CellDetailsPanel(QWidget* parent = nullptr);
    void showHint();
};

}  // namespace nianbao
