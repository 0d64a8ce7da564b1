#include <QChartView>
#include <QCoreApplication>

#include <memory>

#include "charts/charts.h"
#include "figure/figure.h"

namespace mrcnn::views {

bool isChartKind(FigureKind kind) {
    return kind == FigureKind::PrCurve || kind == FigureKind::Histogram ||
           kind == FigureKind::Scatter || kind == FigureKind::Lines || kind == FigureKind::Bars;
}

QChartView* makeChartView(const Figure& f, QWidget* parent) {
    switch (f.kind) {
        case FigureKind::PrCurve:
            return makePrCurveChart(f.pr, parent);
        case FigureKind::Histogram:
            return makeHistogramChart(f.histogram, parent);
        case FigureKind::Scatter:
            return makeScatterChart(f.scatter, parent);
        case FigureKind::Lines:
            return makeLineChart(f.lines, parent);
        case FigureKind::Bars:
            return makeBarChart(f.bars, parent);
        default:
            return nullptr;
    }
}

render::ExportResult exportFigure(const Figure& f, const render::RenderOptions& options,
                                  const QString& path, int longSide) {
    if (!f.available)
        return {false, QCoreApplication::translate("FigureExport", "%1 is not available: %2")
                           .arg(f.title, f.unavailableReason)};
    QSize page(longSide, longSide * 3 / 4);
    switch (f.kind) {
        case FigureKind::Scene: {
            render::Scene scene = f.scene;
            if (scene.title.isEmpty())
                scene.title = f.title;
            return render::exportScene(scene, options, path, longSide);
        }
        case FigureKind::PrCurve:
        case FigureKind::Histogram:
        case FigureKind::Scatter:
        case FigureKind::Lines:
        case FigureKind::Bars: {
            std::unique_ptr<QChartView> view(makeChartView(f));
            QString error;
            if (!exportChart(view.get(), path, &error, page))
                return {false, error};
            return {true, {}};
        }
        case FigureKind::Overlaps:
            return render::exportPainting(path, page, f.title, [&](QPainter& p, QSize size) {
                render::paintOverlapGrid(p, f.overlaps,
                                         QRectF(QPointF(8, 8), size - QSize(16, 16)));
            });
        case FigureKind::ImageGrid: {
            const int n = static_cast<int>(f.grid.images.size());
            const int cols = std::max(1, std::min(f.grid.cols, std::max(n, 1)));
            const int rows = std::max(1, (n + cols - 1) / cols);
            QSize size(longSide, std::max(64, longSide * rows / cols + 24 * rows));
            return render::exportPainting(path, size, f.title, [&](QPainter& p, QSize sz) {
                render::paintImageGrid(p, f.grid, QRectF(QPointF(0, 0), sz));
            });
        }
    }
    return {false, QCoreApplication::translate("FigureExport", "unknown figure kind")};
}

}  // namespace mrcnn::views
