#include "metrics/matterport_ap.h"

#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

#include "metrics/numpy_ops.h"
#include "utils/boxes.h"

namespace mrcnn::metrics {

namespace {

torch::Tensor boxesOf(const torch::Tensor& boxes, const char* what) {
    if (!boxes.defined() || boxes.numel() == 0)
        return torch::zeros({0, 4}, torch::kInt32);
    if (boxes.dim() != 2 || boxes.size(1) != 4)
        throw std::invalid_argument(std::string(what) + ": boxes must be [N, 4]");
    return boxes.contiguous();
}

std::vector<double> asDoubleVector(const torch::Tensor& t, int64_t n, const char* what) {
    if (n == 0)
        return {};
    if (!t.defined() || t.numel() < n)
        throw std::invalid_argument(std::string(what) + " has " +
                                    std::to_string(t.defined() ? t.numel() : 0) +
                                    " entries, expected " + std::to_string(n));
    const torch::Tensor d = t.reshape({-1}).to(torch::kFloat64).contiguous();
    return std::vector<double>(d.data_ptr<double>(), d.data_ptr<double>() + n);
}

torch::Tensor masksOf(const torch::Tensor& masks, int64_t n, const char* what) {
    if (!masks.defined() || masks.dim() != 3)
        throw std::invalid_argument(std::string(what) + ": masks must be [H, W, N]");
    if (masks.size(2) < n)
        throw std::invalid_argument(std::string(what) + ": " + std::to_string(masks.size(2)) +
                                    " masks for " + std::to_string(n) + " boxes");
    return masks;
}

Matches match(const PreparedImage& p, double iouThreshold, double scoreThreshold) {
    const auto nP = int64_t(p.predClasses.size()), nG = int64_t(p.gtClasses.size());
    Matches out;
    out.sortedOrder = p.order;
    out.overlaps = p.overlaps;
    out.gtMatch.assign(size_t(nG), -1.0);
    out.predMatch.assign(size_t(nP), -1.0);
    const torch::Tensor ov = p.overlaps.to(torch::kFloat64).contiguous();
    const double* o = ov.data_ptr<double>();
    for (int64_t i = 0; i < nP; ++i) {
        const double* row = o + i * nG;
        for (int64_t k = 0; k < nG; ++k) {
            const int64_t j = p.rowOrder[size_t(i * nG + k)];
            const double iou = row[j];
            // Candidates from the first IoU below score_threshold on are dropped.
            if (iou < scoreThreshold)
                break;
            if (out.gtMatch[size_t(j)] > -1)
                continue;
            if (iou < iouThreshold)
                break;
            if (p.predClasses[size_t(i)] == p.gtClasses[size_t(j)]) {
                out.gtMatch[size_t(j)] = double(i);
                out.predMatch[size_t(i)] = double(j);
                break;
            }
        }
    }
    return out;
}

ApResult apFromMatches(Matches matches) {
    ApResult r;
    r.matches = std::move(matches);
    const size_t nP = r.matches.predMatch.size();
    const auto nG = float(r.matches.gtMatch.size());
    r.precisions.assign(nP + 2, 0.0);
    r.recalls.assign(nP + 2, 0.0);
    r.recalls[nP + 1] = 1.0;
    int64_t tp = 0;
    for (size_t k = 0; k < nP; ++k) {
        if (r.matches.predMatch[k] > -1)
            ++tp;
        r.precisions[k + 1] = double(tp) / double(k + 1);
        r.recalls[k + 1] = double(float(tp) / nG);  // float32, as upstream's astype(float32)
    }
    for (size_t i = nP + 1; i-- > 0;)
        r.precisions[i] = std::max(r.precisions[i], r.precisions[i + 1]);
    std::vector<double> terms;
    for (size_t i = 1; i < nP + 2; ++i) {
        // NaN recalls compare unequal, so they make the AP NaN as upstream.
        if (r.recalls[i - 1] != r.recalls[i])
            terms.push_back((r.recalls[i] - r.recalls[i - 1]) * r.precisions[i]);
    }
    r.ap = detail::numpySum(terms.data(), int64_t(terms.size()));
    return r;
}

}  // namespace

PreparedImage prepareImage(const GroundTruth& gt, const Predictions& pred) {
    // Trim all-zero boxes; masks and scores are cut to the remaining count (as upstream does).
    const torch::Tensor gtBoxes = trimZeros(boxesOf(gt.boxes, "compute_matches gt"));
    const torch::Tensor predBoxes = trimZeros(boxesOf(pred.boxes, "compute_matches pred"));
    const int64_t nG = gtBoxes.size(0), nP = predBoxes.size(0);
    std::vector<double> gtClasses = asDoubleVector(gt.classIds, nG, "gt class ids");
    const std::vector<double> scores = asDoubleVector(pred.scores, nP, "pred scores");
    const std::vector<double> classes = asDoubleVector(pred.classIds, nP, "pred class ids");
    const torch::Tensor gtMasks = masksOf(gt.masks, nG, "compute_matches gt").narrow(2, 0, nG);
    std::vector<int64_t> order = detail::argsortDescending(scores);
    std::vector<double> predClasses;
    for (int64_t i : order)
        predClasses.push_back(classes[size_t(i)]);
    const torch::Tensor predMasks = masksOf(pred.masks, nP, "compute_matches pred")
                                        .index_select(2, torch::tensor(order, torch::kInt64));
    return prepareImage(std::move(order), std::move(gtClasses), std::move(predClasses),
                        computeOverlapsMasks(predMasks, gtMasks));
}

PreparedImage prepareImage(std::vector<int64_t> order, std::vector<double> gtClasses,
                           std::vector<double> sortedPredClasses, torch::Tensor overlaps) {
    PreparedImage p{std::move(order),
                    std::move(gtClasses),
                    std::move(sortedPredClasses),
                    std::move(overlaps),
                    {}};
    const auto nP = int64_t(p.predClasses.size()), nG = int64_t(p.gtClasses.size());
    if (p.overlaps.dim() != 2 || p.overlaps.size(0) != nP || p.overlaps.size(1) != nG)
        throw std::invalid_argument("prepareImage: overlaps must be [P, G]");
    // Each row's candidate order does not depend on the IoU threshold: sorted once.
    const torch::Tensor ov = p.overlaps.to(torch::kFloat64).contiguous();
    const double* o = ov.data_ptr<double>();
    p.rowOrder.reserve(size_t(nP * nG));
    for (int64_t i = 0; i < nP; ++i)
        for (int64_t j :
             detail::argsortDescending(std::vector<double>(o + i * nG, o + (i + 1) * nG)))
            p.rowOrder.push_back(j);
    return p;
}

ApResult computeAp(const PreparedImage& image, double iouThreshold) {
    return apFromMatches(match(image, iouThreshold, 0.0));
}

ApRangeResult computeApRange(const PreparedImage& image, const std::vector<double>& thresholds) {
    ApRangeResult r;
    r.thresholds = thresholds.empty() ? defaultApRangeThresholds() : thresholds;
    for (double t : r.thresholds)
        r.apPerThreshold.push_back(computeAp(image, t).ap);
    const auto n = int64_t(r.apPerThreshold.size());
    r.mean = n == 0 ? std::nan("") : detail::numpySum(r.apPerThreshold.data(), n) / double(n);
    return r;
}

Matches computeMatches(const GroundTruth& gt, const Predictions& pred, double iouThreshold,
                       double scoreThreshold) {
    return match(prepareImage(gt, pred), iouThreshold, scoreThreshold);
}

ApResult computeAp(const GroundTruth& gt, const Predictions& pred, double iouThreshold) {
    return computeAp(prepareImage(gt, pred), iouThreshold);
}

std::vector<double> defaultApRangeThresholds() {
    // numpy's arange: delta = (start + step) - start, value i = start + i * delta.
    const double start = 0.5, stop = 1.0, step = 0.05;
    const auto n = int64_t(std::ceil((stop - start) / step));
    const double delta = (start + step) - start;
    std::vector<double> t;
    for (int64_t i = 0; i < n; ++i)
        t.push_back(start + double(i) * delta);
    return t;
}

ApRangeResult computeApRange(const GroundTruth& gt, const Predictions& pred,
                             const std::vector<double>& thresholds) {
    return computeApRange(prepareImage(gt, pred), thresholds);
}

RecallResult computeRecall(const torch::Tensor& predBoxes, const torch::Tensor& gtBoxes,
                           double iou) {
    const torch::Tensor p = boxesOf(predBoxes, "compute_recall pred");
    const torch::Tensor g = boxesOf(gtBoxes, "compute_recall gt");
    if (g.size(0) == 0)
        throw std::invalid_argument(
            "compute_recall: no ground-truth boxes (the original raises ValueError: "
            "zero-size array to reduction operation maximum)");
    const torch::Tensor ov = computeOverlaps(p, g).contiguous();
    const int64_t nP = ov.size(0), nG = ov.size(1);
    const double* o = ov.data_ptr<double>();
    RecallResult r;
    std::set<int64_t> matched;
    for (int64_t i = 0; i < nP; ++i) {
        // np.max / np.argmax: NaN wins and the first maximum is taken.
        int64_t best = 0;
        for (int64_t j = 1; j < nG; ++j) {
            const double v = o[i * nG + j], b = o[i * nG + best];
            if (std::isnan(b))
                break;
            if (std::isnan(v) || v > b)
                best = j;
        }
        if (o[i * nG + best] >= iou) {
            r.positiveIds.push_back(i);
            matched.insert(best);
        }
    }
    r.recall = double(matched.size()) / double(nG);
    return r;
}

}  // namespace mrcnn::metrics
