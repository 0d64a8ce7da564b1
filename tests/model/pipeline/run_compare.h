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

// Whether crop_and_resize samples position `i` of `crop` along one axis of a box inside a
// feature map of `size` rows, in TF's float32 arithmetic (as model/roi_align does).
inline bool cropSampleInside(float a1, float a2, int64_t size, int64_t crop, int64_t i) {
    const float sizeM1 = static_cast<float>(size - 1);
    const float scale = (a2 - a1) * sizeM1 / static_cast<float>(crop - 1);
    const float in = a1 * sizeM1 + static_cast<float>(i) * scale;
    return !(in < 0.0f || in > sizeM1);
}

// The ROIs whose ROI align is a near tie between two float32 implementations: the proposal
// differs from the reference's only in its last bits (≤ `ulpTol`), and those bits change a
// discrete choice: the pyramid level, or whether one of the `pool` × `pool` samples falls
// inside the feature map (a box clipped to the image edge puts its last sample exactly on the
// map's last row in real arithmetic; TF's kernel tests `in_y > image_height - 1`). Everything
// computed from such an ROI may then differ; every other ROI must match.
inline std::set<int64_t> roiAlignNearTies(const Inspection& rec,
                                          const std::map<std::string, torch::Tensor>& ref,
                                          int64_t pool, double ulpTol = 1e-6) {
    const auto got = rec.tensor("proposals")[0].to(torch::kFloat32).contiguous();
    const auto want = ref.at("proposals")[0].to(torch::kFloat32).contiguous();
    const auto gotLevels = rec.tensor("proposal_roi_levels").reshape({-1}).to(torch::kInt64);
    const auto refLevels = ref.at("proposal_roi_levels").reshape({-1}).to(torch::kInt64);
    const int64_t imageH = rec.tensor("input_image").size(1);
    const int64_t imageW = rec.tensor("input_image").size(2);
    std::set<int64_t> ties;
    if (got.sizes() != want.sizes() || gotLevels.size(0) != got.size(0) ||
        refLevels.size(0) != got.size(0))
        return ties;
    const float* pg = got.data_ptr<float>();
    const float* pw = want.data_ptr<float>();
    for (int64_t r = 0; r < got.size(0); ++r) {
        const float* g = pg + 4 * r;
        const float* w = pw + 4 * r;
        bool differs = false, withinUlps = true;
        for (int k = 0; k < 4; ++k) {
            differs |= g[k] != w[k];
            withinUlps &= std::abs(double(g[k]) - double(w[k])) <= ulpTol;
        }
        if (!differs || !withinUlps)
            continue;
        const int64_t level = refLevels[r].item<int64_t>();
        bool flips = gotLevels[r].item<int64_t>() != level;
        const int64_t sizes[2] = {imageH >> level, imageW >> level};
        for (int axis = 0; axis < 2 && !flips; ++axis)
            for (int64_t i = 0; i < pool && !flips; ++i)
                flips = cropSampleInside(g[axis], g[axis + 2], sizes[axis], pool, i) !=
                        cropSampleInside(w[axis], w[axis + 2], sizes[axis], pool, i);
        if (flips)
            ties.insert(r);
    }
    return ties;
}

// expectClose / expectEqual for a tensor with one row per ROI ([1, N, …] or [N, …]), leaving
// out the rows in `skip` (near ties, see roiAlignEdgeTies).
inline void expectRowsMatch(const Inspection& rec, const std::map<std::string, torch::Tensor>& ref,
                            const std::string& key, double tol, const std::set<int64_t>& skip) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(rec.has(key));
    ASSERT_TRUE(ref.count(key));
    auto got = rec.tensor(key).to(torch::kFloat64);
    auto want = ref.at(key).to(torch::kFloat64);
    ASSERT_EQ(got.sizes(), want.sizes());
    if (want.dim() > 1 && want.size(0) == 1) {
        got = got[0];
        want = want[0];
    }
    if (want.numel() == 0)
        return;
    std::vector<int64_t> keep;
    for (int64_t i = 0; i < want.size(0); ++i)
        if (!skip.count(i))
            keep.push_back(i);
    const auto rows = torch::tensor(keep, torch::kInt64);
    got = got.index_select(0, rows);
    want = want.index_select(0, rows);
    if (tol == 0)
        EXPECT_EQ(got.ne(want).sum().item<int64_t>(), 0);
    else
        EXPECT_LE(relativeError(got, want), tol);
}

// Lists of ROI indices (detection_keep, detection_nms_keep with its -1 padding, …) compared
// as sequences after leaving out the near-tied ROIs in `skip` and the padding.
inline void expectSameRoiIndices(const Inspection& rec,
                                 const std::map<std::string, torch::Tensor>& ref,
                                 const std::string& key, const std::set<int64_t>& skip) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(rec.has(key));
    ASSERT_TRUE(ref.count(key));
    auto indices = [&](const torch::Tensor& t) {
        std::vector<int64_t> out;
        const auto flat = t.reshape({-1}).to(torch::kInt64).contiguous();
        for (int64_t i = 0; i < flat.numel(); ++i) {
            const int64_t v = flat.data_ptr<int64_t>()[i];
            if (v >= 0 && !skip.count(v))
                out.push_back(v);
        }
        return out;
    };
    EXPECT_EQ(indices(rec.tensor(key)), indices(ref.at(key)));
}

// The pre-NMS ranking (top-k of rpn_class) against the reference's: the same anchors in the
// same order, except that entries whose reference scores lie within `tieTol` may trade places
// (with random weights many scores are 1-2 ulps apart, and their order follows the last bit
// of the convolutions, which no other implementation reproduces). Then, anchor by anchor, the
// refined boxes within `boxTol`, and the NMS selection as the same anchors in the same order.
inline void expectSameRankingUpToNearTies(const Inspection& rec,
                                          const std::map<std::string, torch::Tensor>& ref,
                                          double tieTol, double boxTol) {
    SCOPED_TRACE("pre-NMS ranking");
    const auto anchors = rec.tensor("anchors")[0].contiguous();
    const auto refScores = ref.at("rpn_class")[0].select(1, 1).to(torch::kFloat64).contiguous();
    const auto gotIx = rec.tensor("pre_nms_anchor_ix").to(torch::kInt64).contiguous();
    const auto refBoxes = ref.at("pre_nms_anchors")[0].contiguous();
    const int64_t k = gotIx.size(0);
    ASSERT_EQ(refBoxes.size(0), k);

    // The reference gives boxes, not indices: look the anchors up.
    std::map<std::array<float, 4>, int64_t> anchorIndex;
    const float* pa = anchors.data_ptr<float>();
    for (int64_t i = 0; i < anchors.size(0); ++i)
        anchorIndex.emplace(
            std::array<float, 4>{pa[4 * i], pa[4 * i + 1], pa[4 * i + 2], pa[4 * i + 3]}, i);
    std::vector<int64_t> refIx(k);
    std::map<int64_t, int64_t> refPosition;
    const float* pr = refBoxes.data_ptr<float>();
    for (int64_t p = 0; p < k; ++p) {
        auto it = anchorIndex.find({pr[4 * p], pr[4 * p + 1], pr[4 * p + 2], pr[4 * p + 3]});
        ASSERT_NE(it, anchorIndex.end()) << "reference pre-NMS box " << p << " is no anchor";
        refIx[p] = it->second;
        refPosition[it->second] = p;
    }

    const int64_t* pg = gotIx.data_ptr<int64_t>();
    const double* ps = refScores.data_ptr<double>();
    const double kthScore = ps[refIx[k - 1]];
    int64_t moved = 0;
    for (int64_t p = 0; p < k; ++p) {
        if (pg[p] == refIx[p])
            continue;
        ++moved;
        EXPECT_LE(std::abs(ps[pg[p]] - ps[refIx[p]]), tieTol)
            << "position " << p << ": anchor " << pg[p] << " here, " << refIx[p]
            << " in the reference";
        if (!refPosition.count(pg[p])) {  // only a tie at the top-k boundary may enter
            EXPECT_LE(std::abs(ps[pg[p]] - kthScore), tieTol) << "anchor " << pg[p];
        }
    }
    std::printf("pre-NMS: %lld of %lld positions hold a near-tied anchor\n",
                static_cast<long long>(moved), static_cast<long long>(k));

    for (const char* key : {"refined_anchors", "refined_anchors_clipped"}) {
        SCOPED_TRACE(key);
        const auto got = rec.tensor(key)[0].to(torch::kFloat64);
        const auto want = ref.at(key)[0].to(torch::kFloat64);
        const double scale = want.abs().max().item<double>();
        double worst = 0;
        for (int64_t p = 0; p < k; ++p) {
            auto it = refPosition.find(pg[p]);
            if (it != refPosition.end())
                worst = std::max(worst, (got[p] - want[it->second]).abs().max().item<double>());
        }
        EXPECT_LE(worst / scale, boxTol);
    }

    const auto gotSel = rec.tensor("post_nms_anchor_ix").to(torch::kInt64);
    const auto refSel = ref.at("post_nms_anchor_ix").to(torch::kInt64);
    ASSERT_EQ(gotSel.size(0), refSel.size(0));
    int64_t differ = 0;
    for (int64_t i = 0; i < gotSel.size(0); ++i)
        differ += pg[gotSel[i].item<int64_t>()] != refIx[refSel[i].item<int64_t>()];
    EXPECT_EQ(differ, 0) << "NMS selections that are other anchors";
}

}  // namespace mrcnn::test
