#include "targets/rpn_targets.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "utils/boxes.h"

namespace mrcnn {
namespace {

// Resets `extra` randomly chosen entries of `ids` (without replacement) to neutral.
void resetRandom(std::vector<int64_t> ids, int64_t extra, int32_t* match, std::mt19937_64& rng) {
    if (extra <= 0)
        return;
    // Partial Fisher-Yates: the first `extra` slots end up a uniform sample.
    for (int64_t i = 0; i < extra; ++i) {
        std::uniform_int_distribution<int64_t> pick(i, static_cast<int64_t>(ids.size()) - 1);
        std::swap(ids[i], ids[pick(rng)]);
        match[ids[i]] = 0;
    }
}

std::vector<int64_t> indicesOf(const int32_t* match, int64_t n, int32_t value) {
    std::vector<int64_t> ids;
    for (int64_t i = 0; i < n; ++i) {
        if (match[i] == value)
            ids.push_back(i);
    }
    return ids;
}

}  // namespace

torch::Tensor rpnBboxDeltas(const torch::Tensor& anchors, const torch::Tensor& gtBoxes,
                            const std::array<double, 4>& stdDev) {
    if (anchors.dim() != 2 || anchors.size(1) != 4 || gtBoxes.dim() != 2 || gtBoxes.size(1) != 4 ||
        anchors.size(0) != gtBoxes.size(0)) {
        throw std::invalid_argument("rpnBboxDeltas: expected anchors and GT boxes [K, 4]");
    }
    const int64_t k = anchors.size(0);
    auto a = anchors.to(torch::kFloat64).contiguous();
    auto g = gtBoxes.to(torch::kFloat64).contiguous();  // int GT: differences are exact
    auto out = torch::empty({k, 4}, torch::kFloat64);
    const double* ap = a.data_ptr<double>();
    const double* gp = g.data_ptr<double>();
    double* op = out.data_ptr<double>();
    for (int64_t i = 0; i < k; ++i) {
        const double* an = ap + i * 4;
        const double* gt = gp + i * 4;
        const double gh = gt[2] - gt[0];
        const double gw = gt[3] - gt[1];
        const double gcy = gt[0] + 0.5 * gh;
        const double gcx = gt[1] + 0.5 * gw;
        const double ah = an[2] - an[0];
        const double aw = an[3] - an[1];
        const double acy = an[0] + 0.5 * ah;
        const double acx = an[1] + 0.5 * aw;
        op[i * 4 + 0] = ((gcy - acy) / ah) / stdDev[0];
        op[i * 4 + 1] = ((gcx - acx) / aw) / stdDev[1];
        op[i * 4 + 2] = std::log(gh / ah) / stdDev[2];
        op[i * 4 + 3] = std::log(gw / aw) / stdDev[3];
    }
    return out;
}

RpnTargets buildRpnTargets(std::array<int64_t, 3> imageShape, const torch::Tensor& anchors,
                           const torch::Tensor& gtClassIds, const torch::Tensor& gtBoxes,
                           const Config& config, uint64_t seed) {
    (void)imageShape;  // unused by the original too
    if (!anchors.defined() || anchors.dim() != 2 || anchors.size(1) != 4) {
        throw std::invalid_argument("buildRpnTargets: anchors must be [A, 4]");
    }
    if (!gtBoxes.defined() || gtBoxes.dim() != 2 || gtBoxes.size(1) != 4 || !gtClassIds.defined() ||
        gtClassIds.dim() != 1 || gtClassIds.size(0) != gtBoxes.size(0)) {
        throw std::invalid_argument(
            "buildRpnTargets: expected gt_boxes [G, 4] and gt_class_ids [G]");
    }
    if (config.RPN_TRAIN_ANCHORS_PER_IMAGE <= 0) {
        throw std::invalid_argument("buildRpnTargets: RPN_TRAIN_ANCHORS_PER_IMAGE must be > 0");
    }
    const int64_t numAnchors = anchors.size(0);
    auto ids = gtClassIds.to(torch::kInt64);
    auto crowdIx = torch::nonzero(ids.lt(0)).reshape({-1});
    auto boxes = gtBoxes;
    auto noCrowd = torch::ones({numAnchors}, torch::kBool);
    if (crowdIx.numel() > 0) {
        // As the original: with crowds present only class ids > 0 stay as GT.
        auto crowdBoxes = gtBoxes.index_select(0, crowdIx);
        boxes = gtBoxes.index_select(0, torch::nonzero(ids.gt(0)).reshape({-1}));
        auto crowdOverlaps = computeOverlaps(anchors, crowdBoxes);
        noCrowd = std::get<0>(crowdOverlaps.max(1)).lt(0.001);
    }
    if (boxes.size(0) == 0) {
        throw std::invalid_argument("buildRpnTargets: no non-crowd ground-truth box");
    }
    if (numAnchors == 0)
        throw std::invalid_argument("buildRpnTargets: no anchors");

    auto overlaps = computeOverlaps(anchors, boxes);  // [A, G] float64
    // argmax returns the first index of the maximum, like np.argmax.
    auto iouArgmax = overlaps.argmax(1);
    auto iouMax = overlaps.gather(1, iouArgmax.unsqueeze(1)).squeeze(1);
    auto gtMax = std::get<0>(overlaps.max(0));  // [G]

    auto match = torch::zeros({numAnchors}, torch::kInt32);
    match.masked_fill_(iouMax.lt(0.3) & noCrowd, -1);
    // Every anchor tied exactly at some GT's maximum IoU.
    match.masked_fill_(overlaps.eq(gtMax.unsqueeze(0)).any(1), 1);
    match.masked_fill_(iouMax.ge(0.7), 1);

    RpnTargets t;
    t.anchorIouMax = iouMax;
    t.anchorIouArgmax = iouArgmax;
    t.deterministicMatch = match.clone();
    auto posAll = torch::nonzero(match.eq(1)).reshape({-1});
    t.deterministicBbox = rpnBboxDeltas(anchors.index_select(0, posAll),
                                        boxes.index_select(0, iouArgmax.index_select(0, posAll)),
                                        config.RPN_BBOX_STD_DEV);

    std::mt19937_64 rng(seed);
    int32_t* mp = match.data_ptr<int32_t>();
    const int64_t perImage = config.RPN_TRAIN_ANCHORS_PER_IMAGE;
    auto positives = indicesOf(mp, numAnchors, 1);
    resetRandom(positives, static_cast<int64_t>(positives.size()) - perImage / 2, mp, rng);
    const int64_t keptPositives = static_cast<int64_t>(indicesOf(mp, numAnchors, 1).size());
    auto negatives = indicesOf(mp, numAnchors, -1);
    resetRandom(negatives, static_cast<int64_t>(negatives.size()) - (perImage - keptPositives), mp,
                rng);
    t.rpnMatch = match;

    auto pos = torch::nonzero(match.eq(1)).reshape({-1});
    t.rpnBbox = torch::zeros({perImage, 4}, torch::kFloat64);
    auto rows = rpnBboxDeltas(anchors.index_select(0, pos),
                              boxes.index_select(0, iouArgmax.index_select(0, pos)),
                              config.RPN_BBOX_STD_DEV);
    t.rpnBbox.narrow(0, 0, std::min<int64_t>(rows.size(0), perImage))
        .copy_(rows.narrow(0, 0, std::min<int64_t>(rows.size(0), perImage)));
    return t;
}

}  // namespace mrcnn
