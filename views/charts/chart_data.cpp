#include "charts/chart_data.h"

#include <algorithm>
#include <cmath>

namespace mrcnn::views {

HistogramBins computeHistogram(const std::vector<double>& values, int bins) {
    HistogramBins out;
    bins = std::max(1, bins);
    std::vector<double> finite;
    finite.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    double lo = 0, hi = 1;
    if (!finite.empty()) {
        auto [mn, mx] = std::minmax_element(finite.begin(), finite.end());
        lo = *mn;
        hi = *mx;
    }
    if (lo == hi) {  // numpy widens a degenerate range by 0.5 each side
        lo -= 0.5;
        hi += 0.5;
    }
    out.edges.resize(bins + 1);
    for (int i = 0; i <= bins; ++i)
        out.edges[i] = lo + (hi - lo) * i / bins;
    out.counts.assign(bins, 0);
    for (double v : finite) {
        int k = static_cast<int>((v - lo) / (hi - lo) * bins);
        out.counts[std::clamp(k, 0, bins - 1)]++;  // the last edge is inclusive, as numpy
    }
    return out;
}

double niceInterval(double span, int maxTicks) {
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double rough = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= rough * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

NiceAxis niceAxis(double lo, double hi, int maxTicks, bool integers) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (lo > hi)
        std::swap(lo, hi);
    if (lo == hi) {  // a single value: a unit-wide window around it
        lo -= 0.5;
        hi += 0.5;
    }
    NiceAxis a;
    a.interval = niceInterval(hi - lo, maxTicks);
    // Snap the ends to multiples of the interval (the tolerance keeps 0.3 / 0.1 from rounding
    // up to 4); when snapping made too many ticks, take the next round interval.
    const double eps = 1e-9;
    for (;;) {
        if (integers)  // counts: no fractional ticks (2.5 becomes 5)
            a.interval = a.interval < 1 ? 1 : a.interval == 2.5 ? 5 : a.interval;
        a.min = std::floor(lo / a.interval + eps) * a.interval;
        a.max = std::ceil(hi / a.interval - eps) * a.interval;
        if (a.max <= a.min)
            a.max = a.min + a.interval;
        if ((a.max - a.min) / a.interval <= std::max(1, maxTicks) + eps)
            break;
        a.interval = niceInterval(a.interval * 1.0001, 1);
    }
    // 2.5 × 10^k needs one more decimal than 10^k.
    const double digits = -std::floor(std::log10(a.interval) + eps);
    const bool quarter = std::abs(a.interval / std::pow(10.0, -digits) - 2.5) < 1e-6;
    a.decimals = std::max(0, static_cast<int>(digits) + (quarter ? 1 : 0));
    return a;
}

}  // namespace mrcnn::views
