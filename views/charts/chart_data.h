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

struct ScatterData {
    QString title;
    QString xLabel;
    QString yLabel;
    std::vector<QPointF> points;
};

}  // namespace mrcnn::views
