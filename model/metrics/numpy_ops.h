#pragma once
// numpy reductions and orderings whose exact float results or tie orders the original's
// metrics depend on (reference README "Sorting and ties").

#include <cstdint>
#include <vector>

namespace mrcnn::metrics::detail {

// numpy's float64 np.sum (pairwise summation, 8-way unrolled blocks of up to 128).
double numpySum(const double* values, int64_t n);

// np.argsort(values)[::-1] with the stable sort numpy uses for small arrays: descending,
// ties highest index first, NaN first (NaN sorts last ascending).
std::vector<int64_t> argsortDescending(const std::vector<double>& values);

}  // namespace mrcnn::metrics::detail
