#pragma once
// Plain values the chart views draw; the app fills them from the model core's results.

#include <QPointF>
#include <QString>

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

struct ScatterData {
    QString title;
    QString xLabel;
    QString yLabel;
    std::vector<QPointF> points;
};

}  // namespace mrcnn::views
