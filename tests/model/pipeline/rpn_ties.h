#pragma once
// The ProposalLayer's two discrete choices (the pre-NMS top-k order and the NMS selection)
// against a reference run, allowing exactly the near ties that two float32 implementations
// may resolve differently:
//  - pre-NMS order: this run's top-k must be a descending order of the *reference's own*
//    scores up to gaps below `scoreTie` (every pair this run takes in the other order than the
//    reference's scores say is within scoreTie there), and an anchor in only one of the two
//    top-k sets must score within scoreTie of the reference's k-th score;
//  - NMS: a replay of TF's greedy NMS on the reference's own refined boxes, taking the
//    candidates in this run's order, must make every decision this run made, except where the
//    deciding IoU lies within `iouTie` of the threshold in both runs (and on opposite sides).
//    The same replay in the reference's order reproduces the reference's selection exactly,
//    so whatever this run selects differently follows from those near ties alone.
// The result maps each proposal row of this run to the reference's row with the same anchor.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "inspection/inspection.h"
#include "model/pipeline/greedy_ties.h"
#include "model/pipeline/run_compare.h"

namespace mrcnn::test {

struct RpnTies {
    int64_t preNmsMoved = 0;      // positions holding another anchor than the reference's
    int64_t nmsIouTies = 0;       // NMS decisions taken the other way at an IoU near tie
    int64_t nmsFirstDiff = -1;    // first selection position with another anchor (-1: none)
    int64_t nmsOtherAnchors = 0;  // proposals whose anchor the reference did not select
    RowMap proposalRows;          // this run's proposal row -> the reference's row
};

// The anchor index of each of the reference's pre-NMS boxes (it records boxes, not indices).
inline std::vector<int64_t> referencePreNmsAnchors(const torch::Tensor& anchors,
                                                   const torch::Tensor& preNmsBoxes) {
    std::map<std::array<float, 4>, int64_t> index;
    const auto a = anchors.contiguous();
    const float* pa = a.data_ptr<float>();
    for (int64_t i = 0; i < a.size(0); ++i)
        index.emplace(std::array<float, 4>{pa[4 * i], pa[4 * i + 1], pa[4 * i + 2], pa[4 * i + 3]},
                      i);
    const auto b = preNmsBoxes.contiguous();
    const float* pb = b.data_ptr<float>();
    std::vector<int64_t> out(static_cast<size_t>(b.size(0)), -1);
    for (int64_t p = 0; p < b.size(0); ++p) {
        auto it = index.find({pb[4 * p], pb[4 * p + 1], pb[4 * p + 2], pb[4 * p + 3]});
        EXPECT_NE(it, index.end()) << "reference pre-NMS box " << p << " is no anchor";
        if (it != index.end())
            out[p] = it->second;
    }
    return out;
}

inline RpnTies checkRpnAgainstReference(const Inspection& rec,
                                        const std::map<std::string, torch::Tensor>& ref,
                                        float nmsThreshold, double scoreTie, double iouTie,
                                        double boxTol) {
    RpnTies out;
    const auto anchors = rec.tensor("anchors")[0].contiguous();
    const auto refScores = ref.at("rpn_class")[0].select(1, 1).to(torch::kFloat64).contiguous();
    const double* rs = refScores.data_ptr<double>();
    const auto gotIxT = rec.tensor("pre_nms_anchor_ix").to(torch::kInt64).contiguous();
    const int64_t* got = gotIxT.data_ptr<int64_t>();
    const auto refIx = referencePreNmsAnchors(anchors, ref.at("pre_nms_anchors")[0]);
    const int64_t k = gotIxT.size(0);
    EXPECT_EQ(static_cast<int64_t>(refIx.size()), k);
    if (static_cast<int64_t>(refIx.size()) != k || k == 0 ||
        std::count(refIx.begin(), refIx.end(), -1) > 0)
        return out;
    std::map<int64_t, int64_t> refPos, gotPos;
    for (int64_t p = 0; p < k; ++p) {
        refPos[refIx[p]] = p;
        gotPos[got[p]] = p;
    }

    // Pre-NMS order: descending in the reference's scores up to near ties; an anchor in one
    // top-k only scores within scoreTie of the reference's k-th.
    {
        SCOPED_TRACE("pre-NMS order");
        std::vector<double> inOrder(static_cast<size_t>(k));
        for (int64_t p = 0; p < k; ++p)
            inOrder[p] = rs[got[p]];
        expectDescendingUpToTies(inOrder, scoreTie);
        const double kth = rs[refIx[k - 1]];
        for (int64_t p = 0; p < k; ++p) {
            out.preNmsMoved += got[p] != refIx[p];
            if (!refPos.count(got[p])) {
                EXPECT_LE(std::abs(rs[got[p]] - kth), scoreTie)
                    << "anchor " << got[p] << " entered";
            }
            if (!gotPos.count(refIx[p])) {
                EXPECT_LE(std::abs(rs[refIx[p]] - kth), scoreTie)
                    << "anchor " << refIx[p] << " left";
            }
        }
    }

    // The refined boxes of the same anchors (this run's position p, the reference's refPos).
    const auto gotBoxes = rec.tensor("refined_anchors_clipped")[0].contiguous();
    const auto refBoxes = ref.at("refined_anchors_clipped")[0].to(torch::kFloat32).contiguous();
    for (const char* key : {"refined_anchors", "refined_anchors_clipped"}) {
        RowMap refOf(static_cast<size_t>(k), -1);
        for (int64_t p = 0; p < k; ++p)
            if (auto it = refPos.find(got[p]); it != refPos.end())
                refOf[p] = it->second;
        expectRowsMatch(rec, ref, key, boxTol, refOf);
    }

    // NMS: the replay of this run's decisions on the reference's boxes.
    const auto gotSelT = rec.tensor("post_nms_anchor_ix").to(torch::kInt64).contiguous();
    const auto refSelT = ref.at("post_nms_anchor_ix").to(torch::kInt64).contiguous();
    const int64_t* gotSel = gotSelT.data_ptr<int64_t>();
    const int64_t* refSel = refSelT.data_ptr<int64_t>();
    const int64_t maxOutput = rec.tensor("proposals").size(1);
    const float* pg = gotBoxes.data_ptr<float>();
    const float* pr = refBoxes.data_ptr<float>();
    std::vector<const float*> mine(k), theirs(k), refOwn(k);
    std::vector<char> gotWant(k, 0), refWant(k, 0);
    for (int64_t p = 0; p < k; ++p) {
        auto it = refPos.find(got[p]);  // an anchor only this run has keeps its own box
        theirs[p] = it != refPos.end() ? pr + 4 * it->second : pg + 4 * p;
        mine[p] = pg + 4 * p;
        refOwn[p] = pr + 4 * p;
    }
    for (int64_t i = 0; i < gotSelT.size(0); ++i)
        gotWant[gotSel[i]] = 1;
    for (int64_t i = 0; i < refSelT.size(0); ++i)
        refWant[refSel[i]] = 1;
    {
        SCOPED_TRACE("NMS replay");
        EXPECT_EQ(replayNms(refOwn, refOwn, refWant, maxOutput, nmsThreshold, 0, "reference"), 0);
        out.nmsIouTies =
            replayNms(theirs, mine, gotWant, maxOutput, nmsThreshold, iouTie, "this run");
    }

    // Proposal rows: matched by anchor; zero padding rows with padding rows.
    const int64_t gotM = gotSelT.size(0), refM = refSelT.size(0);
    std::map<int64_t, int64_t> refRowOfAnchor;
    for (int64_t r = 0; r < refM; ++r)
        refRowOfAnchor[refIx[refSel[r]]] = r;
    out.proposalRows.assign(static_cast<size_t>(maxOutput), -1);
    for (int64_t r = 0; r < maxOutput; ++r) {
        if (r >= gotM) {
            out.proposalRows[r] = r >= refM ? r : -1;
            continue;
        }
        const int64_t anchor = got[gotSel[r]];
        if (auto it = refRowOfAnchor.find(anchor); it != refRowOfAnchor.end())
            out.proposalRows[r] = it->second;
        else
            ++out.nmsOtherAnchors;
        if (out.nmsFirstDiff < 0 && (r >= refM || anchor != refIx[refSel[r]]))
            out.nmsFirstDiff = r;
    }
    if (out.nmsFirstDiff < 0 && refM > gotM)
        out.nmsFirstDiff = gotM;
    expectRowsMatch(rec, ref, "proposals", boxTol, out.proposalRows);
    return out;
}

}  // namespace mrcnn::test
