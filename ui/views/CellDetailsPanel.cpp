#include "views/CellDetailsPanel.h"

namespace nianbao {

CellDetailsPanel::CellDetailsPanel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    setMargin(fontMetrics().height() / 3);
    setMinimumHeight(fontMetrics().height() * 5);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    showHint();
}

void CellDetailsPanel::showHint() {
    setText(tr("选择一个单元格，这里会说明它参与的勾稽关系和应填的平衡值。直接输入数字即可更正；按 F8 跳到下一个问题。"));
}

}  // namespace nianbao
