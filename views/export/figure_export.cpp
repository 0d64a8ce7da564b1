#include "export/figure_export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

#include "export/file_write.h"
#include "render/scene_painter.h"

namespace mrcnn::render {

namespace {
struct FigureExport {
    Q_DECLARE_TR_FUNCTIONS(FigureExport)
};

}  // namespace

QStringList exportFormats() {
    return {"png", "jpg", "svg", "pdf"};
}

ExportResult exportPainting(const QString& path, QSize size, const QString& title,
                            const PaintFunction& paint) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [&](const QString& why) {
        return ExportResult{false, FigureExport::tr("Cannot write %1: %2").arg(path, why)};
    };
    auto written = [&](const QByteArray& bytes) {
        const QString why = writeFileBytes(path, bytes);
        return why.isEmpty() ? ExportResult{true, {}} : fail(why);
    };
    auto paintOnWhite = [&](QPainter& p) {
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, size);
    };
    if (suffix == "png" || suffix == "jpg" || suffix == "jpeg") {
        QImage img(size, QImage::Format_RGB32);
        {
            QPainter p(&img);
            paintOnWhite(p);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!img.save(&buffer, suffix == "png" ? "PNG" : "JPG"))
            return fail(FigureExport::tr("the image could not be encoded"));
        return written(buffer.data());
    }
    if (suffix == "svg") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setResolution(96);
        gen.setTitle(title);
        QPainter p;
        if (!p.begin(&gen))
            return fail(FigureExport::tr("the file could not be opened"));
        paintOnWhite(p);
        p.end();
        return buffer.size() > 0 ? written(buffer.data())
                                 : fail(FigureExport::tr("nothing was drawn"));
    }
    if (suffix == "pdf") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        QPainter p;
        if (!p.begin(&writer))
            return fail(FigureExport::tr("the file could not be opened"));
        // The page's device units differ from the figure's pixels: scale once, then paint.
        double scale = std::min(writer.width() / double(size.width()),
                                writer.height() / double(size.height()));
        p.scale(scale, scale);
        paintOnWhite(p);
        p.end();
        return written(buffer.data());
    }
    return fail(FigureExport::tr("unknown format \"%1\" (use png, jpg, svg or pdf)").arg(suffix));
}

ExportResult exportScene(const Scene& scene, const RenderOptions& options, const QString& path,
                         int longSide) {
    const int titleBand = scene.title.isEmpty() ? 0 : 32;
    QRectF b = scene.bounds();
    double s = longSide / std::max(b.width(), b.height());
    QSize size(std::max(1, int(std::lround(b.width() * s))),
               std::max(1, int(std::lround(b.height() * s))) + titleBand);
    return exportPainting(path, size, scene.title, [&](QPainter& p, QSize sz) {
        const QTransform base = p.transform();
        if (titleBand > 0) {
            p.setPen(Qt::black);
            QFont f = p.font();
            f.setPointSizeF(12);
            p.setFont(f);
            p.drawText(QRect(0, 0, sz.width(), titleBand), Qt::AlignCenter, scene.title);
        }
        QRectF target(0, titleBand, sz.width(), sz.height() - titleBand);
        p.setTransform(fitTransform(scene, target) * base);
        paintScene(p, scene, composeBackground(scene, options), options);
    });
}

}  // namespace mrcnn::render
