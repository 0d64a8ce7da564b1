#pragma once
// One figure of the inspector, as plain values: an image scene (boxes, masks, captions), a
// chart (PR curve, histogram, scatter, lines, bars), an overlaps grid or an image grid, plus the
// short text summary the original prints with log(). Built by app/figures from a run; shown by
// FigureView; written to PNG/SVG/PDF by exportFigure — the same drawing everywhere.

#include <QString>
#include <QStringList>

#include <string>

#include "charts/chart_data.h"
#include "export/figure_export.h"
#include "render/image_grid.h"
#include "render/overlap_grid.h"
#include "render/scene.h"

class QChartView;
class QWidget;

namespace mrcnn::views {

enum class FigureKind { Scene, PrCurve, Histogram, Scatter, Overlaps, ImageGrid, Lines, Bars };

// Kinds drawn by Qt Charts (through a QGraphicsScene: the GUI thread only).
bool isChartKind(FigureKind kind);

struct Figure {
    std::string name;  // stable id, e.g. "rpn_refinement" (the CLI's --stage NAME)
    QString title;
    FigureKind kind = FigureKind::Scene;
    render::Scene scene;
    PrCurveData pr;
    HistogramData histogram;
    ScatterData scatter;
    LineChartData lines;
    BarChartData bars;
    render::OverlapGridData overlaps;
    render::ImageGridData grid;
    QStringList summary;    // lines like the original's log() output and prints
    bool available = true;  // false when the run lacks what the figure needs
    QString unavailableReason;
};

// A chart figure's Qt Charts view (nullptr for other kinds).
QChartView* makeChartView(const Figure& figure, QWidget* parent = nullptr);

// Writes any figure; `longSide` sets the pixel size of the longer side.
render::ExportResult exportFigure(const Figure& figure, const render::RenderOptions& options,
                                  const QString& path, int longSide = 1024);

}  // namespace mrcnn::views
