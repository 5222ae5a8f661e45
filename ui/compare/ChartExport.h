#pragma once

#include <QString>

class QChartView;

namespace nianbao {

// Writes what the chart view shows as PNG or SVG, atomically (the whole new
// file or the old one untouched). Returns the error in Chinese, or an empty
// string on success.
QString exportChartPng(QChartView* view, const QString& path);
QString exportChartSvg(QChartView* view, const QString& path);

}  // namespace nianbao
