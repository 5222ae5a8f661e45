#pragma once

#include "check/Severity.h"

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace nianbao {

// How severities and corrections look, in one place so the table, the
// findings list and the status bar agree. Colours are from the Okabe–Ito
// palette (orange for errors, blue for warnings), which stays distinct for
// the common colour-vision deficiencies; every severity also has its own
// marker shape (circle with a cross, triangle with "!", square with "i"),
// so nothing depends on colour alone.
namespace SeverityStyle {

QColor fill(Severity severity);    // cell background
QColor accent(Severity severity);  // marker and border
QColor correctedAccent();

void paintMarker(QPainter* painter, const QRectF& box, Severity severity);
// The edited-cell marker: a folded corner in the top left of `cell`.
void paintCorrectedCorner(QPainter* painter, const QRectF& cell, qreal size);
QIcon icon(Severity severity);

}  // namespace SeverityStyle
}  // namespace nianbao
