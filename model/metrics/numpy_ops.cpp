#include "metrics/numpy_ops.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mrcnn::metrics::detail {

double numpySum(const double* a, int64_t n) {
    if (n < 8) {
        double res = 0.;
        for (int64_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (int k = 0; k < 8; ++k)
            r[k] = a[k];
        int64_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; ++k)
                r[k] += a[i + k];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return numpySum(a, n2) + numpySum(a + n2, n - n2);
}

std::vector<int64_t> argsortDescending(const std::vector<double>& values) {
    std::vector<int64_t> idx(values.size());
    std::iota(idx.begin(), idx.end(), 0);
    // Stable ascending with NaN last, then reversed.
    std::stable_sort(idx.begin(), idx.end(), [&](int64_t a, int64_t b) {
        const double x = values[size_t(a)], y = values[size_t(b)];
        if (std::isnan(x))
            return false;
        if (std::isnan(y))
            return true;
        return x < y;
    });
    std::reverse(idx.begin(), idx.end());
    return idx;
}

}  // namespace mrcnn::metrics::detail
