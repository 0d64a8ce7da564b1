#pragma once
// Helpers for comparing a run with a reference run file (.npz of the original's tensors).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <map>
#include <string>

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

}  // namespace mrcnn::test
