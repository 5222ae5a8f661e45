#include "style/SeverityStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace nianbao::SeverityStyle {

QColor fill(Severity severity) {
    switch (severity) {
    case Severity::Error: return QColor(0xFF, 0xD7, 0xAE);    // light orange
    case Severity::Warning: return QColor(0xCD, 0xE6, 0xF7);  // light sky blue
    case Severity::Info: return QColor(0xF1, 0xF1, 0xF1);
    }
    return {};
}

QColor accent(Severity severity) {
    switch (severity) {
    case Severity::Error: return QColor(0xD5, 0x5E, 0x00);    // vermillion
    case Severity::Warning: return QColor(0x00, 0x72, 0xB2);  // blue
    case Severity::Info: return QColor(0x5F, 0x5F, 0x5F);
    }
    return {};
}

QColor correctedAccent() {
    return QColor(0x00, 0x9E, 0x73);  // bluish green
}

void paintMarker(QPainter* painter, const QRectF& box, Severity severity) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent(severity));
    const QRectF r = box.adjusted(0.5, 0.5, -0.5, -0.5);
    QPen glyph(Qt::white, std::max<qreal>(1.2, r.width() / 7.0), Qt::SolidLine, Qt::RoundCap);
    switch (severity) {
    case Severity::Error: {
        painter->drawEllipse(r);
        painter->setPen(glyph);
        const qreal k = r.width() * 0.28;
        const QPointF c = r.center();
        painter->drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        painter->drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        break;
    }
    case Severity::Warning: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        painter->drawPath(triangle);
        painter->setPen(glyph);
        const qreal x = r.center().x();
        painter->drawLine(QPointF(x, r.top() + r.height() * 0.38), QPointF(x, r.top() + r.height() * 0.66));
        painter->drawPoint(QPointF(x, r.top() + r.height() * 0.82));
        break;
    }
    case Severity::Info: {
        painter->drawRoundedRect(r, r.width() * 0.15, r.width() * 0.15);
        painter->setPen(glyph);
        const qreal x = r.center().x();
        painter->drawPoint(QPointF(x, r.top() + r.height() * 0.27));
        painter->drawLine(QPointF(x, r.top() + r.height() * 0.45), QPointF(x, r.bottom() - r.height() * 0.2));
        break;
    }
    }
    painter->restore();
}

void paintCorrectedCorner(QPainter* painter, const QRectF& cell, qreal size) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath corner;
    corner.moveTo(cell.topLeft());
    corner.lineTo(cell.left() + size, cell.top());
    corner.lineTo(cell.left(), cell.top() + size);
    corner.closeSubpath();
    painter->fillPath(corner, correctedAccent());
    painter->restore();
}

QIcon icon(Severity severity) {
    QIcon result;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintMarker(&painter, QRectF(1, 1, size - 2, size - 2), severity);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

}  // namespace nianbao::SeverityStyle
