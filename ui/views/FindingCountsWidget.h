#pragma once

#include "check/Checker.h"

#include <QWidget>

class QLabel;

namespace nianbao {

// "✖ 2 个错误  ▲ 0 个警告  ■ 0 条提示" in the status bar, with the same
// marker shapes as the table.
class FindingCountsWidget : public QWidget {
    Q_OBJECT
public:
    explicit FindingCountsWidget(QWidget* parent = nullptr);
    void setCounts(const FindingCounts& counts);
    QString text() const;  // the counts as read, for tests and accessibility

private:
    QLabel* errors_;
    QLabel* warnings_;
    QLabel* infos_;
};

}  // namespace nianbao
