#include "training/train_step.h"

#include <algorithm>

#include "proposals/proposal_layer.h"
#include "training/detection_targets.h"
#include "training/losses.h"
#include "training/train_layers.h"
#include "utils/boxes.h"

namespace mrcnn::training {
namespace {

double lossWeight(const Config& config, const std::string& name) {
    auto it = config.LOSS_WEIGHTS.find(name);
    return it == config.LOSS_WEIGHTS.end() ? 1.0 : it->second;
}

// Integer corners in [lo, hi) sorted per row, rows with equal corners rejected: the
// original's oversample-and-filter, drawn until `count` rows exist.
std::vector<std::array<int32_t, 2>> randomSpans(int64_t lo, int64_t hi, int64_t count,
                                                std::mt19937_64& rng) {
    std::vector<std::array<int32_t, 2>> spans;
    if (hi - lo < 2)
        return spans;
    std::uniform_int_distribution<int64_t> pick(lo, hi - 1);
    while (static_cast<int64_t>(spans.size()) < count) {
        auto a = static_cast<int32_t>(pick(rng)), b = static_cast<int32_t>(pick(rng));
        if (a == b)
            continue;
        spans.push_back({std::min(a, b), std::max(a, b)});
    }
    return spans;
}

void appendBoxes(std::vector<int32_t>& out, int64_t y1, int64_t y2, int64_t x1, int64_t x2,
                 int64_t count, std::mt19937_64& rng) {
    auto ys = randomSpans(y1, y2, count, rng), xs = randomSpans(x1, x2, count, rng);
    for (size_t i = 0; i < std::min(ys.size(), xs.size()); ++i)
        out.insert(out.end(), {ys[i][0], xs[i][0], ys[i][1], xs[i][1]});
}

}  // namespace

torch::Tensor LossTerms::weightedSum(const Config& config) const {
    return rpnClass * lossWeight(config, "rpn_class_loss") +
           rpnBbox * lossWeight(config, "rpn_bbox_loss") +
           mrcnnClass * lossWeight(config, "mrcnn_class_loss") +
           mrcnnBbox * lossWeight(config, "mrcnn_bbox_loss") +
           mrcnnMask * lossWeight(config, "mrcnn_mask_loss");
}

torch::Tensor generateRandomRois(int64_t height, int64_t width, int64_t count,
                                 const torch::Tensor& gtBoxes, std::mt19937_64& rng) {
    std::vector<int32_t> rows;
    const int64_t n = gtBoxes.size(0);
    const int64_t perBox =
        n > 0 ? static_cast<int64_t>(0.9 * static_cast<double>(count) / static_cast<double>(n)) : 0;
    auto boxes = gtBoxes.to(torch::kInt64).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        const int64_t y1 = boxes[i][0].item<int64_t>(), x1 = boxes[i][1].item<int64_t>();
        const int64_t y2 = boxes[i][2].item<int64_t>(), x2 = boxes[i][3].item<int64_t>();
        const int64_t h = y2 - y1, w = x2 - x1;
        appendBoxes(rows, std::max<int64_t>(y1 - h, 0), std::min<int64_t>(y2 + h, height),
                    std::max<int64_t>(x1 - w, 0), std::min<int64_t>(x2 + w, width), perBox, rng);
    }
    const int64_t rest = count - static_cast<int64_t>(rows.size() / 4);
    appendBoxes(rows, 0, height, 0, width, rest, rng);
    return torch::tensor(rows, torch::kInt32).view({-1, 4});
}

LossTerms computeLosses(const TrainNetwork& network, const TrainBatch& batch, const Config& config,
                        std::mt19937_64& rng, StepStats* stats) {
    const int64_t h = batch.height, w = batch.width;
    auto pyramid = network.features(batch.images);
    auto rpn = network.rpn(pyramid);
    LossTerms losses;
    losses.rpnClass = rpnClassLoss(batch.rpnMatch, rpn.logits);
    losses.rpnBbox = rpnBboxLoss(batch.rpnBbox, batch.rpnMatch, rpn.deltas);

    std::vector<DetectionTargets> targets;
    {
        torch::NoGradGuard noGrad;
        auto probs = torch::softmax(rpn.logits.detach(), 2);
        const auto params = ProposalLayerParams::fromConfig(config, true);
        for (size_t b = 0; b < batch.gt.size(); ++b) {
            const auto& gt = batch.gt[b];
            torch::Tensor rois;
            if (config.USE_RPN_ROIS) {
                rois = proposalLayer({probs[static_cast<int64_t>(b)],
                                      rpn.deltas[static_cast<int64_t>(b)].detach(), batch.anchors},
                                     params)
                           .proposals.tensor();
            } else {
                rois = normBoxes(
                    generateRandomRois(h, w, config.POST_NMS_ROIS_TRAINING, gt.boxes, rng), h, w);
            }
            targets.push_back(detectionTargets(rois, gt.classIds, normBoxes(gt.boxes, h, w),
                                               gt.masks, config, rng));
        }
    }
    if (stats) {
        stats->positiveAnchors = (batch.rpnMatch == 1).sum().item<int64_t>();
        for (const auto& t : targets) {
            stats->positiveRois += t.positives;
            stats->negativeRois += t.negatives;
        }
    }

    const std::vector<torch::Tensor> levels(pyramid.begin(), pyramid.begin() + 4);
    std::vector<torch::Tensor> rois, classIds, deltas, positiveRois, positiveIds, positiveMasks;
    for (const auto& t : targets) {
        rois.push_back(t.rois);
        classIds.push_back(t.classIds);
        deltas.push_back(t.deltas);
        positiveRois.push_back(t.rois.slice(0, 0, t.positives));
        positiveIds.push_back(t.classIds.slice(0, 0, t.positives));
        positiveMasks.push_back(t.masks.slice(0, 0, t.positives));
    }
    auto pooled = pyramidRoiAlignDifferentiable(rois, levels, h, w, config.POOL_SIZE);
    auto head = network.classifier(pooled);
    auto targetIds = torch::cat(classIds, 0);
    // The original weighs by the first image's active classes.
    losses.mrcnnClass = mrcnnClassLoss(targetIds, head.logits, batch.gt[0].activeClassIds);
    losses.mrcnnBbox = mrcnnBboxLoss(torch::cat(deltas, 0), targetIds, head.deltas);

    auto maskIds = torch::cat(positiveIds, 0);
    if (maskIds.numel() > 0) {
        auto maskPooled =
            pyramidRoiAlignDifferentiable(positiveRois, levels, h, w, config.MASK_POOL_SIZE);
        losses.mrcnnMask =
            mrcnnMaskLoss(torch::cat(positiveMasks, 0), maskIds, network.maskLogits(maskPooled));
    } else {
        // Keeps the mask head in the graph (zero gradient) so every step has the same shape.
        losses.mrcnnMask = pyramid[0].sum() * 0;
    }
    return losses;
}

}  // namespace mrcnn::training
