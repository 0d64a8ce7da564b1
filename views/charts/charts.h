#pragma once
// Qt Charts views for the inspector: the precision-recall curve, histograms, scatter plots,
// line and bar charts. Each returns a ready QChartView; charts render to any QPainter for export.

#include <QChartView>

#include "charts/chart_data.h"

namespace mrcnn::views {

// "Precision-Recall Curve. AP@50 = 0.xxx", both axes 0..1.1 as plot_precision_recall.
QChartView* makePrCurveChart(const PrCurveData& data, QWidget* parent = nullptr);
QChartView* makeHistogramChart(const HistogramData& data, QWidget* parent = nullptr);
QChartView* makeScatterChart(const ScatterData& data, QWidget* parent = nullptr);
// Loss curves, learning rates, change by layer (line_charts.cpp).
QChartView* makeLineChart(const LineChartData& data, QWidget* parent = nullptr);
// One bar per category (parameters per stage).
QChartView* makeBarChart(const BarChartData& data, QWidget* parent = nullptr);
// The colours line charts take by index, so a curve and its validation twin match.
QColor chartColour(int index);

// Writes a chart to PNG/SVG/PDF by suffix; false with `error` set on failure.
bool exportChart(QChartView* view, const QString& path, QString* error, QSize size = {800, 600});

}  // namespace mrcnn::views
