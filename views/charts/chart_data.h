#pragma once
// Plain values the chart views draw; the app fills them from the model core's results.

#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace mrcnn::views {

// plot_precision_recall: the padded arrays compute_ap returns.
struct PrCurveData {
    std::vector<double> precisions;
    std::vector<double> recalls;
    double ap = 0;
    double iouThreshold = 0.5;
};

// One histogram (e.g. rpn_bbox's dy column), binned like numpy.histogram(bins=50).
struct HistogramData {
    QString title;
    std::vector<double> values;
    int bins = 50;
    bool logY = false;  // counts on a logarithmic axis (a long tail stays visible)
};

struct HistogramBins {
    std::vector<double> edges;  // bins + 1
    std::vector<int> counts;    // bins
};
HistogramBins computeHistogram(const std::vector<double>& values, int bins);

// An axis with round ticks ("nice numbers"): the tick interval is 1, 2, 2.5 or 5 × 10^k, the
// range runs from a multiple of it to a multiple of it and holds [lo, hi], and `decimals`
// are just enough to print every tick exactly.
struct NiceAxis {
    double min = 0;
    double max = 1;
    double interval = 0.2;
    int decimals = 1;
};
// At most `maxTicks` intervals; `integers` keeps the interval at 1 or more (counts).
NiceAxis niceAxis(double lo, double hi, int maxTicks = 8, bool integers = false);
// The tick interval alone, for a range that must stay as it is (the PR curve's 0..1.1).
double niceInterval(double span, int maxTicks);

// Lines over a numeric x axis: loss curves, learning rates, per-layer change.
struct LineSeriesData {
    QString name;
    std::vector<QPointF> points;
    int colour = -1;       // index into the chart palette; -1: the series' own place
    bool dashed = false;   // validation curves: the training curve's colour, dashed
    bool markers = false;  // a point per value (sparse data)
    bool line = true;      // false: points only (values that are not a sequence)
};

// A labelled range of the x axis, e.g. a network stage over its layers' indices.
struct AxisBand {
    QString label;
    double end = 0;  // the band runs from the previous band's end (or the axis' start)
};

struct LineChartData {
    QString title;
    QString xLabel;
    QString yLabel;
    std::vector<LineSeriesData> series;
    bool logY = false;  // non-positive values are left out
    // Vertical lines at these x values (the loaded checkpoint), named in the legend.
    std::vector<double> markers;
    QString markerLabel;
    std::vector<AxisBand> xBands;  // when set, the x axis is labelled by bands
    bool integerX = false;         // epochs: whole-number ticks
    bool legend = true;            // off where check boxes beside the chart name the series
};

struct BarChartData {
    QString title;
    QString yLabel;
    QStringList categories;
    std::vector<double> values;
    bool logY = false;
};

struct ScatterData {
    QString title;
    QString xLabel;
    QString yLabel;
    std::vector<QPointF> points;
};

}  // namespace mrcnn::views
