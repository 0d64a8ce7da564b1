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

}  // namespace mrcnn::views
