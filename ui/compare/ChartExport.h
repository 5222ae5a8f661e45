#pragma once

#include <QString>

class QChartView;

namespace nianbao {

// Writes the whole chart the view shows, at the view's size, as PNG or SVG,
// atomically (the whole new file or the old one untouched). The PNG has
// `pixelRatio` pixels per on-screen pixel. Returns the error in Chinese, or
// an empty string on success.
QString exportChartPng(QChartView* view, const QString& path, qreal pixelRatio = 2);
QString exportChartSvg(QChartView* view, const QString& path);

}  // namespace nianbao
