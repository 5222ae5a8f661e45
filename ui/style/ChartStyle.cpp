#include "style/ChartStyle.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace nianbao::ChartStyle {

QColor seriesColour(int index) {
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    return palette[size_t(index) % std::size(palette)];
}

QValueAxis* countAxis(double highest, const QString& title) {
    double step = 1;
    for (int mantissa = 1; highest / step > 5; mantissa = mantissa == 2 ? 5 : mantissa == 5 ? 1 : 2)
        step *= mantissa == 2 ? 2.5 : 2;
    auto* axis = new QValueAxis;
    axis->setRange(0, step * std::max(5.0, std::ceil(highest * 1.08 / step)));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

}  // namespace nianbao::ChartStyle
