#pragma once
// Qt Charts views for the inspector: the precision-recall curve, histograms and scatter
// plots. Each returns a ready QChartView; charts render to any QPainter for export.

#include <QChartView>

#include "charts/chart_data.h"

namespace mrcnn::views {

// "Precision-Recall Curve. AP@50 = 0.xxx", both axes 0..1.1 as plot_precision_recall.
QChartView* makePrCurveChart(const PrCurveData& data, QWidget* parent = nullptr);
QChartView* makeHistogramChart(const HistogramData& data, QWidget* parent = nullptr);
QChartView* makeScatterChart(const ScatterData& data, QWidget* parent = nullptr);

// Writes a chart to PNG/SVG/PDF by suffix; false with `error` set on failure.
bool exportChart(QChartView* view, const QString& path, QString* error, QSize size = {800, 600});

}  // namespace mrcnn::views
