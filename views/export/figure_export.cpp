#include "export/figure_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

#include "render/scene_painter.h"

namespace mrcnn::render {

namespace {

QSize figureSize(const Scene& scene, int longSide, int titleBand) {
    QRectF b = scene.bounds();
    double s = longSide / std::max(b.width(), b.height());
    return {std::max(1, int(std::lround(b.width() * s))),
            std::max(1, int(std::lround(b.height() * s))) + titleBand};
}

void paintFigure(QPainter& p, const Scene& scene, const RenderOptions& o, QSize size,
                 int titleBand) {
    // Whatever the device needs (the PDF page scale) stays under the figure's own mapping.
    const QTransform base = p.transform();
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    if (titleBand > 0) {
        p.setPen(Qt::black);
        QFont f = p.font();
        f.setPointSizeF(12);
        p.setFont(f);
        p.drawText(QRect(0, 0, size.width(), titleBand), Qt::AlignCenter, scene.title);
    }
    QRectF target(0, titleBand, size.width(), size.height() - titleBand);
    p.setTransform(fitTransform(scene, target) * base);
    paintScene(p, scene, composeBackground(scene, o), o);
}

}  // namespace

QStringList exportFormats() {
    return {"png", "jpg", "svg", "pdf"};
}

ExportResult exportScene(const Scene& scene, const RenderOptions& options, const QString& path,
                         int longSide) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int titleBand = scene.title.isEmpty() ? 0 : 32;
    const QSize size = figureSize(scene, longSide, titleBand);
    auto fail = [&](const QString& why) {
        return ExportResult{
            false,
            QCoreApplication::translate("FigureExport", "Cannot write %1: %2").arg(path, why)};
    };
    if (suffix == "png" || suffix == "jpg" || suffix == "jpeg") {
        QImage img(size, QImage::Format_RGB32);
        {
            QPainter p(&img);
            paintFigure(p, scene, options, size, titleBand);
        }
        if (!img.save(path))
            return fail(
                QCoreApplication::translate("FigureExport", "the image could not be saved"));
        return {true, {}};
    }
    if (suffix == "svg") {
        QSvgGenerator gen;
        gen.setFileName(path);
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setResolution(96);
        gen.setTitle(scene.title);
        QPainter p;
        if (!p.begin(&gen))
            return fail(
                QCoreApplication::translate("FigureExport", "the file could not be opened"));
        paintFigure(p, scene, options, size, titleBand);
        p.end();
        return QFileInfo(path).size() > 0
                   ? ExportResult{true, {}}
                   : fail(QCoreApplication::translate("FigureExport", "nothing was written"));
    }
    if (suffix == "pdf") {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(scene.title);
        QPainter p;
        if (!p.begin(&writer))
            return fail(
                QCoreApplication::translate("FigureExport", "the file could not be opened"));
        // Map the figure's pixel size onto the page.
        double scale = std::min(writer.width() / double(size.width()),
                                writer.height() / double(size.height()));
        p.scale(scale, scale);
        paintFigure(p, scene, options, size, titleBand);
        p.end();
        return {true, {}};
    }
    return fail(QCoreApplication::translate("FigureExport",
                                            "unknown format \"%1\" (use png, jpg, svg or pdf)")
                    .arg(suffix));
}

}  // namespace mrcnn::render
