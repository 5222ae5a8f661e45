#pragma once

#include <QColor>
#include <QString>

class QValueAxis;

namespace nianbao::ChartStyle {

// Okabe–Ito, the palette of the severity colours, so charts stay readable
// for colour-blind users; `index` wraps around.
QColor seriesColour(int index);

// A count axis from 0 with whole-number ticks at a round step (1, 2, 5 × 10ⁿ)
// and at least five of them, so an all-zero chart reads 0 … 5, not 0, 0, 0.
QValueAxis* countAxis(double highest, const QString& title);

}  // namespace nianbao::ChartStyle
