#include "compare/YearSeries.h"

#include <functional>

namespace nianbao {
namespace {

using CellFilter = std::function<bool(const AlignedCell&)>;

// Sums, per year, the values of every aligned cell the filter picks. Rows that
// differ between format versions (其他处理) are picked by key prefix, so each
// year sums the rows its own version has.
YearSeries sumPerYear(const ComparisonGroup& group, const QString& label, const CellFilter& picks) {
    YearSeries series{label, std::vector<double>(group.reports.size(), 0.0)};
    for (const AlignedCell& cell : group.cells) {
        if (!picks(cell)) continue;
        for (size_t y = 0; y < cell.values.size() && y < series.values.size(); ++y)
            if (cell.values[y]) series.values[y] += *cell.values[y];
    }
    return series;
}

CellFilter requestsTotal(const QString& rowPrefix) {
    return [rowPrefix](const AlignedCell& cell) {
        return cell.table == QLatin1String("requests") && cell.columnKey == QLatin1String("total") &&
               (cell.rowKey == rowPrefix || cell.rowKey.startsWith(rowPrefix + QLatin1Char('.')));
    };
}

}  // namespace

YearSeries receivedPerYear(const ComparisonGroup& group) {
    return sumPerYear(group, QStringLiteral("本年新收申请"), requestsTotal(QStringLiteral("received")));
}

std::vector<YearSeries> outcomeMixPerYear(const ComparisonGroup& group) {
    const std::pair<const char*, const char*> outcomes[] = {
        {"disclosed", "予以公开"},     {"partly_disclosed", "部分公开"}, {"withheld", "不予公开"},
        {"unable", "无法提供"},        {"not_processed", "不予处理"},    {"other_handling", "其他处理"},
    };
    std::vector<YearSeries> out;
    for (const auto& [key, label] : outcomes)
        out.push_back(sumPerYear(group, QString::fromUtf8(label), requestsTotal(QLatin1String(key))));
    return out;
}

std::vector<YearSeries> reviewOutcomesPerYear(const ComparisonGroup& group, const QString& kind) {
    // 行政诉讼 is reported in two groups (未经复议直接起诉, 复议后起诉); the chart shows their sum.
    const QStringList groups = kind == QLatin1String("review")
                                   ? QStringList{QStringLiteral("review")}
                                   : QStringList{QStringLiteral("suit_direct"), QStringLiteral("suit_after")};
    const std::pair<const char*, const char*> outcomes[] = {
        {"upheld", "维持"}, {"corrected", "纠正"}, {"other", "其他"}, {"pending", "尚未审结"}};
    std::vector<YearSeries> out;
    for (const auto& [key, label] : outcomes) {
        QStringList columns;
        for (const QString& g : groups) columns << g + QLatin1Char('.') + QLatin1String(key);
        out.push_back(sumPerYear(group, QString::fromUtf8(label),
                                 [columns](const AlignedCell& cell) {
                                     return cell.table == QLatin1String("reviews") && columns.contains(cell.columnKey);
                                 }));
    }
    return out;
}

}  // namespace nianbao
