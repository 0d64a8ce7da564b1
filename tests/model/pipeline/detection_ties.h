#pragma once
// The detection layer's discrete choices against a reference run. The layer is run on a
// "replay" of its input: the reference's own rows (proposal, mrcnn_class, mrcnn_bbox) for
// every ROI with a partner there that no earlier near tie touched, this run's rows for the
// others. Against the replay's values this run's choices must hold up to near ties:
//  - class ids, the background/confidence keep and the tf.unique order exactly;
//  - per class, the order the NMS visits the candidates descending in the replay's scores up
//    to gaps below `scoreTie`, and every NMS decision the one the replay's boxes give, except
//    at an IoU within `iouTie` of the threshold in both (greedy_ties.h);
//  - the final top-k descending in the replay's scores up to scoreTie, and any survivor left
//    out within scoreTie of the lowest one taken.
// On the reference's rows alone the layer reproduces the reference's choices exactly, so every
// detection that differs from the reference's follows from near ties.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "config/config.h"
#include "inspection/inspection.h"
#include "model/pipeline/greedy_ties.h"
#include "model/pipeline/run_compare.h"
#include "model/pipeline/stage_inputs.h"

namespace mrcnn::test {

struct DetectionTies {
    int64_t rowsFromThisRun = 0;  // replay rows taken from this run
    int64_t inverted = 0;         // candidates taken after a near-tied one they outscore
    int64_t iouTies = 0;          // per-class NMS decisions taken the other way
    int64_t unmatched = 0;        // detections without a partner in the reference
    RowMap detectionRows;         // this run's detection row -> the reference's
};

inline std::vector<int64_t> int64s(const torch::Tensor& t) {
    const auto c = t.reshape({-1}).to(torch::kInt64).contiguous();
    return {c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel()};
}

inline void expectSameDiscrete(const DetectionLayerOutput& out, const torch::Tensor& classIds,
                               const torch::Tensor& keep, const torch::Tensor& unique) {
    EXPECT_EQ(int64s(out.classIds), int64s(classIds)) << "class ids";
    EXPECT_EQ(int64s(out.keep), int64s(keep)) << "detection_keep";
    EXPECT_EQ(int64s(out.uniqueClassIds), int64s(unique)) << "unique class ids";
}

// The ROIs whose class (argmax of mrcnn_class) differs from their partner's in the reference,
// other than those at a crop tie (`cropTies`, whose head outputs may differ anyway): each must
// be a near tie, the reference's own probabilities of the two classes within scoreTie.
inline std::set<int64_t> classNearTies(const Inspection& rec,
                                       const std::map<std::string, torch::Tensor>& ref,
                                       const RowMap& proposalRows,
                                       const std::set<int64_t>& cropTies, double scoreTie) {
    const auto ids = int64s(rec.tensor("detection_class_ids"));
    const auto refIds = int64s(ref.at("detection_class_ids"));
    const auto probs = ref.at("mrcnn_class")[0].to(torch::kFloat64).contiguous();
    const double* pp = probs.data_ptr<double>();
    const int64_t classes = probs.size(1);
    std::set<int64_t> ties;
    for (size_t r = 0; r < ids.size(); ++r) {
        const int64_t p = proposalRows[r];
        if (p < 0 || ids[r] == refIds[p] || cropTies.count(static_cast<int64_t>(r)))
            continue;
        EXPECT_LE(std::abs(pp[p * classes + ids[r]] - pp[p * classes + refIds[p]]), scoreTie)
            << "ROI " << r << " has class " << ids[r] << ", the reference's " << refIds[p];
        ties.insert(static_cast<int64_t>(r));
    }
    return ties;
}

// The replay's choices against this run's, counting the near ties it took.
inline void checkChoicesOnReplay(const Inspection& rec, const Config& config,
                                 const DetectionLayerOutput& replay, double scoreTie, double iouTie,
                                 DetectionTies& out) {
    expectSameDiscrete(replay, rec.tensor("detection_class_ids"), rec.tensor("detection_keep"),
                       rec.tensor("detection_unique_class_ids"));
    const auto ids = int64s(rec.tensor("detection_class_ids"));
    const auto keep = int64s(rec.tensor("detection_keep"));
    const auto unique = int64s(rec.tensor("detection_unique_class_ids"));
    const auto nmsKeep = rec.tensor("detection_nms_keep").to(torch::kInt64).contiguous();
    const auto finalKeep = int64s(rec.tensor("detection_final_keep"));
    const auto scores = rec.tensor("detection_class_scores").contiguous();
    const auto boxes = rec.tensor("detection_refined_rois").contiguous();
    const auto replayScores = replay.classScores.to(torch::kFloat64).contiguous();
    const auto replayBoxes = replay.refinedRois.tensor().contiguous();
    const float* ps = scores.data_ptr<float>();
    const double* hs = replayScores.data_ptr<double>();
    const int64_t maxDet = config.DETECTION_MAX_INSTANCES;
    const float thr = static_cast<float>(config.DETECTION_NMS_THRESHOLD);
    ASSERT_EQ(nmsKeep.size(0), static_cast<int64_t>(unique.size()));

    std::set<int64_t> survivors;
    for (size_t u = 0; u < unique.size(); ++u) {
        SCOPED_TRACE("class " + std::to_string(unique[u]));
        std::vector<int64_t> order;  // the order this run's NMS visits the class's ROIs
        for (int64_t r : keep)
            if (ids[r] == unique[u])
                order.push_back(r);
        std::stable_sort(order.begin(), order.end(),
                         [ps](int64_t a, int64_t b) { return ps[a] > ps[b]; });
        const int64_t* row = nmsKeep.data_ptr<int64_t>() + u * nmsKeep.size(1);
        const std::set<int64_t> kept(row, row + nmsKeep.size(1));
        std::vector<double> inOrder;
        std::vector<const float*> deciding, other;
        std::vector<char> want;
        for (int64_t r : order) {
            inOrder.push_back(hs[r]);
            deciding.push_back(replayBoxes.data_ptr<float>() + 4 * r);
            other.push_back(boxes.data_ptr<float>() + 4 * r);
            want.push_back(kept.count(r) ? 1 : 0);
            if (kept.count(r))
                survivors.insert(r);
        }
        out.inverted += expectDescendingUpToTies(inOrder, scoreTie);
        out.iouTies += replayNms(deciding, other, want, maxDet, thr, iouTie, "class NMS");
    }

    SCOPED_TRACE("final top-k");
    EXPECT_EQ(static_cast<int64_t>(finalKeep.size()),
              std::min<int64_t>(maxDet, static_cast<int64_t>(survivors.size())));
    std::vector<double> inOrder;
    double lowestTaken = std::numeric_limits<double>::infinity();
    for (int64_t r : finalKeep) {
        EXPECT_TRUE(survivors.count(r)) << "ROI " << r << " did not survive the NMS";
        inOrder.push_back(hs[r]);
        lowestTaken = std::min(lowestTaken, hs[r]);
    }
    out.inverted += expectDescendingUpToTies(inOrder, scoreTie);
    const std::set<int64_t> taken(finalKeep.begin(), finalKeep.end());
    for (int64_t r : survivors) {
        if (!taken.count(r)) {
            EXPECT_LE(hs[r] - lowestTaken, scoreTie) << "ROI " << r << " left out";
        }
    }
}

// `proposalRows` maps this run's ROIs to the reference's; `ties` lists ROIs at a crop or class
// tie.
inline DetectionTies checkDetectionsAgainstReference(
    const Inspection& rec, const std::map<std::string, torch::Tensor>& ref, const Config& config,
    const RowMap& proposalRows, const std::set<int64_t>& ties, double scoreTie, double iouTie) {
    SCOPED_TRACE("detection layer");
    DetectionTies out;
    {
        SCOPED_TRACE("on the reference's own rows");
        const auto own = runDetectionLayer(rec, config, ref.at("proposals")[0],
                                           ref.at("mrcnn_class")[0], ref.at("mrcnn_bbox")[0]);
        expectSameDiscrete(own, ref.at("detection_class_ids"), ref.at("detection_keep"),
                           ref.at("detection_unique_class_ids"));
        EXPECT_EQ(int64s(own.nmsKeep), int64s(ref.at("detection_nms_keep")));
        EXPECT_EQ(int64s(own.finalKeep), int64s(ref.at("detection_final_keep")));
        EXPECT_LE(relativeError(own.detections, ref.at("detections")[0]), 1e-6);
    }
    auto rois = rec.tensor("proposals")[0].clone();
    auto probs = rec.tensor("mrcnn_class")[0].clone();
    auto deltas = rec.tensor("mrcnn_bbox")[0].clone();
    for (int64_t r = 0; r < rois.size(0); ++r) {
        const int64_t p = proposalRows[r];
        if (p < 0 || ties.count(r)) {
            ++out.rowsFromThisRun;
            continue;
        }
        rois[r].copy_(ref.at("proposals")[0][p]);
        probs[r].copy_(ref.at("mrcnn_class")[0][p]);
        deltas[r].copy_(ref.at("mrcnn_bbox")[0][p]);
    }
    {
        SCOPED_TRACE("on the replay");
        checkChoicesOnReplay(rec, config, runDetectionLayer(rec, config, rois, probs, deltas),
                             scoreTie, iouTie, out);
    }

    // Detection rows: through their ROI; zero padding rows with padding rows.
    const auto gotFinal = int64s(rec.tensor("detection_final_keep"));
    const auto refFinal = int64s(ref.at("detection_final_keep"));
    std::map<int64_t, int64_t> refRowOfRoi;
    for (size_t d = 0; d < refFinal.size(); ++d)
        refRowOfRoi[refFinal[d]] = static_cast<int64_t>(d);
    const int64_t rows = rec.tensor("detections").size(1);
    const auto gotF = static_cast<int64_t>(gotFinal.size());
    const auto refF = static_cast<int64_t>(refFinal.size());
    out.detectionRows.assign(static_cast<size_t>(rows), -1);
    for (int64_t d = 0; d < rows; ++d) {
        if (d >= gotF) {
            out.detectionRows[d] = d >= refF ? d : -1;
            continue;
        }
        const int64_t roi = gotFinal[d];
        const int64_t p = ties.count(roi) ? -1 : proposalRows[roi];
        if (auto it = refRowOfRoi.find(p); p >= 0 && it != refRowOfRoi.end())
            out.detectionRows[d] = it->second;
        else
            ++out.unmatched;
    }
    return out;
}

}  // namespace mrcnn::test
