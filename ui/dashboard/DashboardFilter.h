#pragma once

#include <QSortFilterProxyModel>

namespace nianbao {

// What the dashboard shows of the folder: reports whose agency or file name
// contains the text, of one year, at or above a severity, or where one rule
// fired. An empty text, year 0, severity -1 and an empty rule let everything through.
class DashboardFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DashboardFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setYear(int year);
    void setMinimumSeverity(int severity);
    void setRule(const QString& rule);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    int year_ = 0;
    int minimumSeverity_ = -1;
    QString rule_;
};

}  // namespace nianbao
