#pragma once
// Helpers for comparing a run with a reference run file (.npz of the original's tensors).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "inspection/inspection.h"
#include "io/npy_torch.h"

namespace mrcnn::test {

inline std::map<std::string, torch::Tensor> loadRun(const std::string& path) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& [key, arr] : readNpz(path))
        if (arr.dtype.rfind("<U", 0) != 0)
            out[key] = npyToTensor(arr);
    return out;
}

// max |a - b| / max |b| (absolute when the reference is all zero).
inline double relativeError(const torch::Tensor& a, const torch::Tensor& b) {
    auto a64 = a.to(torch::kFloat64), b64 = b.to(torch::kFloat64);
    const double diff = (a64 - b64).abs().max().item<double>();
    const double scale = b64.abs().max().item<double>();
    return scale > 0 ? diff / scale : diff;
}

inline void expectClose(const Inspection& rec, const std::map<std::string, torch::Tensor>& ref,
                        const std::string& key, double tol) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(rec.has(key));
    ASSERT_TRUE(ref.count(key));
    const auto& got = rec.tensor(key);
    const auto& want = ref.at(key);
    ASSERT_EQ(got.sizes(), want.sizes());
    if (want.numel() == 0)
        return;
    EXPECT_LE(relativeError(got, want), tol);
}

inline void expectEqual(const Inspection& rec, const std::map<std::string, torch::Tensor>& ref,
                        const std::string& key) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(rec.has(key));
    ASSERT_TRUE(ref.count(key));
    const auto& got = rec.tensor(key);
    const auto& want = ref.at(key);
    ASSERT_EQ(got.sizes(), want.sizes());
    EXPECT_EQ(got.scalar_type(), want.scalar_type());
    if (want.numel() == 0)
        return;
    const auto mismatches =
        got.to(torch::kFloat64).ne(want.to(torch::kFloat64)).sum().item<int64_t>();
    EXPECT_EQ(mismatches, 0);
}

// Rows of this run matched with the reference's: refOf[i] is the reference's row for this run's
// row i (the same anchor, ROI or detection), -1 where the reference has none.
using RowMap = std::vector<int64_t>;

// expectClose / expectEqual for a tensor with one row per item ([N, …] or [1, N, …]): row i
// against the reference's row refOf[i], for the rows with a partner that `skip` does not list.
inline void expectRowsMatch(const Inspection& rec, const std::map<std::string, torch::Tensor>& ref,
                            const std::string& key, double tol, const RowMap& refOf,
                            const std::set<int64_t>& skip = {}) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(rec.has(key));
    ASSERT_TRUE(ref.count(key));
    auto got = rec.tensor(key).to(torch::kFloat64);
    auto want = ref.at(key).to(torch::kFloat64);
    const auto rows = static_cast<int64_t>(refOf.size());
    if (got.size(0) != rows && got.dim() > 1 && got.size(0) == 1) {  // a batch of one
        got = got[0];
        want = want[0];
    }
    ASSERT_EQ(got.sizes().slice(1), want.sizes().slice(1));
    ASSERT_EQ(got.size(0), rows);
    std::vector<int64_t> mine, theirs;
    for (int64_t i = 0; i < got.size(0); ++i)
        if (refOf[i] >= 0 && !skip.count(i)) {
            mine.push_back(i);
            theirs.push_back(refOf[i]);
        }
    if (mine.empty())
        return;
    const auto a = got.index_select(0, torch::tensor(mine, torch::kInt64));
    const auto b = want.index_select(0, torch::tensor(theirs, torch::kInt64));
    if (tol == 0)
        EXPECT_EQ(a.ne(b).sum().item<int64_t>(), 0);
    else
        EXPECT_LE(relativeError(a, b), tol);
}

// The identity map of n rows.
inline RowMap identityRows(int64_t n) {
    RowMap m(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        m[i] = i;
    return m;
}

}  // namespace mrcnn::test
