#include "training/detection_targets.h"

#include <algorithm>
#include <stdexcept>

#include "roi_align/crop_and_resize.h"
#include "utils/boxes.h"

namespace mrcnn::training {
namespace {

std::vector<int64_t> shuffledPrefix(const torch::Tensor& mask, int64_t limit,
                                    std::mt19937_64& rng) {
    auto idx = mask.nonzero().select(1, 0).contiguous();
    std::vector<int64_t> v(idx.data_ptr<int64_t>(), idx.data_ptr<int64_t>() + idx.numel());
    std::shuffle(v.begin(), v.end(), rng);
    if (static_cast<int64_t>(v.size()) > limit)
        v.resize(static_cast<size_t>(std::max<int64_t>(limit, 0)));
    return v;
}

torch::Tensor indexTensor(const std::vector<int64_t>& v) {
    return torch::tensor(v, torch::kInt64);
}

torch::Tensor padRows(const torch::Tensor& x, int64_t rows) {
    if (x.size(0) >= rows)
        return x;
    std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
    shape[0] = rows - x.size(0);
    return torch::cat({x, torch::zeros(shape, x.options())}, 0);
}

}  // namespace

torch::Tensor overlapsGraph(const torch::Tensor& boxes1, const torch::Tensor& boxes2) {
    auto b1 = boxes1.to(torch::kFloat32).unsqueeze(1);  // [N1, 1, 4]
    auto b2 = boxes2.to(torch::kFloat32).unsqueeze(0);  // [1, N2, 4]
    auto y1 = torch::maximum(b1.select(2, 0), b2.select(2, 0));
    auto x1 = torch::maximum(b1.select(2, 1), b2.select(2, 1));
    auto y2 = torch::minimum(b1.select(2, 2), b2.select(2, 2));
    auto x2 = torch::minimum(b1.select(2, 3), b2.select(2, 3));
    auto intersection = (x2 - x1).clamp_min(0) * (y2 - y1).clamp_min(0);
    auto area1 = (b1.select(2, 2) - b1.select(2, 0)) * (b1.select(2, 3) - b1.select(2, 1));
    auto area2 = (b2.select(2, 2) - b2.select(2, 0)) * (b2.select(2, 3) - b2.select(2, 1));
    return intersection / (area1 + area2 - intersection);
}

DetectionTargets detectionTargets(const torch::Tensor& proposalsIn,
                                  const torch::Tensor& gtClassIdsIn, const torch::Tensor& gtBoxesIn,
                                  const torch::Tensor& gtMasksIn, const Config& config,
                                  std::mt19937_64& rng) {
    const int64_t total = config.TRAIN_ROIS_PER_IMAGE;
    const int64_t maskH = config.MASK_SHAPE[0], maskW = config.MASK_SHAPE[1];
    if (gtBoxesIn.size(0) != gtClassIdsIn.size(0) || gtMasksIn.size(2) != gtClassIdsIn.size(0))
        throw std::invalid_argument("detection targets: GT boxes, masks and class ids disagree");

    auto proposals = proposalsIn.to(torch::kFloat32);
    proposals = proposals.index_select(0, nonZeroRowIndices(proposals));
    auto gtBoxes = gtBoxesIn.to(torch::kFloat32);
    auto keep = nonZeroRowIndices(gtBoxes);
    auto gtClassIds = gtClassIdsIn.to(torch::kInt64).index_select(0, keep);
    auto gtMasks = gtMasksIn.index_select(2, keep);
    gtBoxes = gtBoxes.index_select(0, keep);

    auto crowdIx = (gtClassIds < 0).nonzero().select(1, 0);
    auto realIx = (gtClassIds > 0).nonzero().select(1, 0);
    auto crowdBoxes = gtBoxes.index_select(0, crowdIx);
    gtClassIds = gtClassIds.index_select(0, realIx);
    gtBoxes = gtBoxes.index_select(0, realIx);
    gtMasks = gtMasks.index_select(2, realIx);

    const int64_t p = proposals.size(0);
    torch::Tensor roiIouMax = torch::zeros({p});
    torch::Tensor overlaps = torch::zeros({p, 0});
    if (gtBoxes.size(0) > 0 && p > 0) {
        overlaps = overlapsGraph(proposals, gtBoxes);
        roiIouMax = std::get<0>(overlaps.max(1));
    }
    auto noCrowd = torch::ones({p}, torch::kBool);
    if (crowdBoxes.size(0) > 0 && p > 0)
        noCrowd = std::get<0>(overlapsGraph(proposals, crowdBoxes).max(1)) < 0.001;

    const auto positiveLimit =
        static_cast<int64_t>(static_cast<double>(total) * config.ROI_POSITIVE_RATIO);
    // With no real GT every proposal is a negative candidate (IoU 0).
    auto positiveMask = gtBoxes.size(0) > 0 ? roiIouMax >= 0.5 : torch::zeros({p}, torch::kBool);
    auto positives = shuffledPrefix(positiveMask, positiveLimit, rng);
    const auto positiveCount = static_cast<int64_t>(positives.size());
    const auto negativeLimit =
        static_cast<int64_t>(1.0f / static_cast<float>(config.ROI_POSITIVE_RATIO) *
                             static_cast<float>(positiveCount)) -
        positiveCount;
    auto negatives = shuffledPrefix((roiIouMax < 0.5) & noCrowd, negativeLimit, rng);

    auto posIx = indexTensor(positives), negIx = indexTensor(negatives);
    auto positiveRois = proposals.index_select(0, posIx);
    auto negativeRois = proposals.index_select(0, negIx);

    DetectionTargets out;
    out.positives = positiveCount;
    out.negatives = static_cast<int64_t>(negatives.size());
    torch::Tensor classIds = torch::zeros({0}, torch::kInt64);
    torch::Tensor deltas = torch::zeros({0, 4});
    torch::Tensor masks = torch::zeros({0, maskH, maskW});
    if (positiveCount > 0) {
        auto assignment = overlaps.index_select(0, posIx).argmax(1);
        auto roiGtBoxes = gtBoxes.index_select(0, assignment);
        classIds = gtClassIds.index_select(0, assignment);
        auto stdDev = torch::tensor({config.BBOX_STD_DEV[0], config.BBOX_STD_DEV[1],
                                     config.BBOX_STD_DEV[2], config.BBOX_STD_DEV[3]})
                          .to(torch::kFloat32);
        deltas = boxRefinement(positiveRois, roiGtBoxes) / stdDev;

        auto boxes = positiveRois;
        if (config.USE_MINI_MASK) {
            // The ROI in the frame of its GT box, whose mini mask is the whole crop.
            auto gy1 = roiGtBoxes.select(1, 0), gx1 = roiGtBoxes.select(1, 1);
            auto gh = roiGtBoxes.select(1, 2) - gy1, gw = roiGtBoxes.select(1, 3) - gx1;
            boxes = torch::stack(
                {(positiveRois.select(1, 0) - gy1) / gh, (positiveRois.select(1, 1) - gx1) / gw,
                 (positiveRois.select(1, 2) - gy1) / gh, (positiveRois.select(1, 3) - gx1) / gw},
                1);
        }
        auto planes = gtMasks.permute({2, 0, 1}).to(torch::kFloat32);  // [G, h, w]
        std::vector<torch::Tensor> crops;
        for (int64_t i = 0; i < positiveCount; ++i) {
            auto plane = planes[assignment[i].item<int64_t>()].unsqueeze(0).contiguous();
            crops.push_back(
                cropAndResize(plane, boxes.slice(0, i, i + 1).contiguous(), maskH, maskW)[0][0]);
        }
        // tf.round is half-to-even, as torch::round.
        masks = torch::round(torch::stack(crops, 0));
    }
    out.rois = padRows(torch::cat({positiveRois, negativeRois}, 0), total);
    out.classIds = padRows(classIds, total);
    out.deltas = padRows(deltas.to(torch::kFloat32), total);
    out.masks = padRows(masks, total);
    return out;
}

}  // namespace mrcnn::training
