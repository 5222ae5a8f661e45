#include "compare/ChartExport.h"

#include "export/AtomicExport.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace nianbao {
namespace {

// Draws the view's whole viewport into the rectangle of the same size at the
// painter's origin, in device-independent units. Left to QGraphicsView's
// default, the target is the device's size in *pixels*, so on an image with
// a pixel ratio of 2 the chart came out twice as big and only its top-left
// quarter landed in the file.
void renderChart(QChartView* view, QPainter* painter) {
    const QRect viewport = view->viewport()->rect();
    painter->setRenderHint(QPainter::Antialiasing);
    view->render(painter, QRectF(QPointF(0, 0), viewport.size()), viewport);
}

}  // namespace

QString exportChartPng(QChartView* view, const QString& path, qreal pixelRatio) {
    const QSize size = view->viewport()->size();
    QImage image((QSizeF(size) * pixelRatio).toSize(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderChart(view, &painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return saveExportFile(path, bytes, {});
}

QString exportChartSvg(QChartView* view, const QString& path) {
    const QSize size = view->viewport()->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(view->chart()->title());
    {
        QPainter painter(&svg);
        renderChart(view, &painter);
    }
    return saveExportFile(path, bytes, {});
}

}  // namespace nianbao
