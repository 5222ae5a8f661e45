#include "dashboard/DashboardFilter.h"

#include "dashboard/DashboardModel.h"

namespace nianbao {

DashboardFilter::DashboardFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(DashboardModel::SortRole);
    // Sorting follows new rows as they arrive, so a sorted dashboard stays sorted during the scan.
    setDynamicSortFilter(true);
}

void DashboardFilter::setText(const QString& text) {
    text_ = text.trimmed();
    invalidateRowsFilter();
}

void DashboardFilter::setYear(int year) {
    year_ = year;
    invalidateRowsFilter();
}

void DashboardFilter::setMinimumSeverity(int severity) {
    minimumSeverity_ = severity;
    invalidateRowsFilter();
}

void DashboardFilter::setRule(const QString& rule) {
    rule_ = rule;
    invalidateRowsFilter();
}

bool DashboardFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = static_cast<const DashboardModel*>(sourceModel());
    const DashboardRow& row = model->rowAt(sourceRow);
    if (!text_.isEmpty() && !row.summary.agency.contains(text_, Qt::CaseInsensitive) &&
        !row.path.contains(text_, Qt::CaseInsensitive))
        return false;
    if (year_ && row.summary.year != year_) return false;
    if (minimumSeverity_ >= 0) {
        const std::optional<Severity> worst = DashboardModel::worstSeverity(row);
        if (!worst || int(*worst) < minimumSeverity_) return false;
    }
    return rule_.isEmpty() || row.ruleCounts.contains(rule_);
}

}  // namespace nianbao
