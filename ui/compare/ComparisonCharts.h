#pragma once

#include "compare/Comparison.h"

class QChart;

namespace nianbao {

// The three charts of a comparison group, with Chinese titles, axes and
// legends; the caller owns each chart (usually by handing it to a QChartView).
QChart* receivedChart(const ComparisonGroup& group);
QChart* outcomeMixChart(const ComparisonGroup& group);
QChart* reviewsAndLawsuitsChart(const ComparisonGroup& group);

}  // namespace nianbao
