#pragma once
// The original's per-image detection metrics (mrcnn/utils.py: compute_matches, compute_ap,
// compute_ap_range, compute_recall; original-conventions §3, reference metrics/).
//
// Inputs: boxes [N, 4] (y1, x1, y2, x2) pixels, exclusive y2/x2, any numeric dtype; class ids
// [N] integer; scores [N] float; masks [H, W, N] bool (or float, binarised > 0.5).
// Predictions are sorted by np.argsort(scores)[::-1]: descending, ties highest index first.
// Results are in that sorted-prediction order. Classes are pooled (one VOC-style AP per image).

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace mrcnn::metrics {

struct GroundTruth {
    torch::Tensor boxes;     // [G, 4]
    torch::Tensor classIds;  // [G]
    torch::Tensor masks;     // [H, W, G]
};

struct Predictions {
    torch::Tensor boxes;     // [P, 4]
    torch::Tensor classIds;  // [P]
    torch::Tensor scores;    // [P]
    torch::Tensor masks;     // [H, W, P]
};

struct Matches {
    std::vector<int64_t> sortedOrder;  // original prediction index of each sorted prediction
    std::vector<double> gtMatch;       // per GT: sorted prediction index or -1
    std::vector<double> predMatch;     // per sorted prediction: GT index or -1
    torch::Tensor overlaps;            // mask IoU [P, G] float32 (float64 zeros if a set is empty)
};

struct ApResult {
    double ap = 0;                   // NaN when there is no GT (and some prediction or recall)
    std::vector<double> precisions;  // P + 2, made non-increasing from the right
    std::vector<double> recalls;     // P + 2, float32 cumulative recall widened to float64
    Matches matches;
};

struct ApRangeResult {
    std::vector<double> thresholds;
    std::vector<double> apPerThreshold;
    double mean = 0;
};

struct RecallResult {
    double recall = 0;
    std::vector<int64_t> positiveIds;  // original prediction indices with max IoU >= threshold
};

// What compute_matches' result depends on, computed once per image and shared by every IoU
// threshold: the sorted prediction order, the classes and the mask IoU [P, G] float32 in
// sorted-prediction rows (float64 zeros when a set is empty), with each row's candidate order.
struct PreparedImage {
    std::vector<int64_t> order;       // original prediction index of each sorted prediction
    std::vector<double> gtClasses;    // [G]
    std::vector<double> predClasses;  // [P], sorted
    torch::Tensor overlaps;           // [P, G]
    std::vector<int64_t> rowOrder;    // [P, G]: argsort(row)[::-1] of each overlaps row
};

// From dense masks (trim_zeros on the boxes, then sort and compute_overlaps_masks).
PreparedImage prepareImage(const GroundTruth& gt, const Predictions& pred);
// From an overlap matrix made elsewhere (e.g. on RLEs): `overlaps` [P, G] in sorted rows.
PreparedImage prepareImage(std::vector<int64_t> order, std::vector<double> gtClasses,
                           std::vector<double> sortedPredClasses, torch::Tensor overlaps);

ApResult computeAp(const PreparedImage& image, double iouThreshold = 0.5);
ApRangeResult computeApRange(const PreparedImage& image,
                             const std::vector<double>& thresholds = {});

// utils.compute_matches (score_threshold drops GT candidates with IoU below it).
Matches computeMatches(const GroundTruth& gt, const Predictions& pred, double iouThreshold = 0.5,
                       double scoreThreshold = 0.0);

// utils.compute_ap: precision in float64, recall cumsum in float32 / #GT.
ApResult computeAp(const GroundTruth& gt, const Predictions& pred, double iouThreshold = 0.5);

// np.arange(0.5, 1.0, 0.05) bit for bit (0.6000000000000001, 0.7000000000000002, ...).
std::vector<double> defaultApRangeThresholds();

// utils.compute_ap_range: mean of compute_ap over the thresholds (default: the arange above).
ApRangeResult computeApRange(const GroundTruth& gt, const Predictions& pred,
                             const std::vector<double>& thresholds = {});

// utils.compute_recall on boxes (not masks). Throws std::invalid_argument without GT, as the
// original raises ValueError there.
RecallResult computeRecall(const torch::Tensor& predBoxes, const torch::Tensor& gtBoxes,
                           double iou);

}  // namespace mrcnn::metrics
