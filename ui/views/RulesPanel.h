#pragma once

#include <QWidget>

class QTableView;

namespace nianbao {

class ReviewDocument;
class RulesModel;

// 检查规则: every rule with its id, title and severity; unticking one
// leaves it out of this review's checks (and out of its saved session).
class RulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit RulesPanel(QWidget* parent = nullptr);

    void setDocument(ReviewDocument* document);
    RulesModel* model() const { return model_; }

private:
    QTableView* view_;
    RulesModel* model_ = nullptr;
};

}  // namespace nianbao
