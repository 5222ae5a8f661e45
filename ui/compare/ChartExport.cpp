#include "compare/ChartExport.h"

#include "export/AtomicExport.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace nianbao {

QString exportChartPng(QChartView* view, const QString& path) {
    // Twice the on-screen resolution, so the image stays sharp in a printed report.
    QImage image(view->size() * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return saveExportFile(path, bytes, {});
}

QString exportChartSvg(QChartView* view, const QString& path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(view->chart()->title());
    {
        QPainter painter(&svg);
        view->render(&painter);
    }
    return saveExportFile(path, bytes, {});
}

}  // namespace nianbao
