#pragma once

#include "compare/Comparison.h"

#include <QString>

#include <vector>

namespace nianbao {

// One stacked segment (or one line) of a chart across the years of a group:
// a label and one total per year, summed over the rows it stands for.
struct YearSeries {
    QString label;
    std::vector<double> values;  // one per year of the group; 0 where the year has none of the cells
};

// 一、本年新收 总计 per year.
YearSeries receivedPerYear(const ComparisonGroup& group);

// 三、本年度办理结果 as 予以公开, 部分公开, 不予公开 (its 8 rows), 无法提供 (3),
// 不予处理 (5), 其他处理 (1 row in 2019, 3 in 2021), column 总计.
std::vector<YearSeries> outcomeMixPerYear(const ComparisonGroup& group);

// 行政复议 and 行政诉讼 (both litigation groups summed), each as 维持, 纠正,
// 其他, 尚未审结. `kind` is "review" or "suit".
std::vector<YearSeries> reviewOutcomesPerYear(const ComparisonGroup& group, const QString& kind);

}  // namespace nianbao
