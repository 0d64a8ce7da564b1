#include "pipeline/run_steps.h"

#include <algorithm>

#include "backbone/folded_conv.h"
#include "pipeline/stage_calls.h"
#include "runtime/runtime.h"
#include "utils/anchors.h"
#include "utils/image_ops.h"

namespace mrcnn {

void moldStep(RunState& s, const torch::Tensor& image) {
    if (image.dim() != 3 || image.size(2) != 3 || image.scalar_type() != torch::kUInt8)
        throw std::invalid_argument("the input image must be uint8 RGB [H, W, 3]");
    if (image.size(0) == 0 || image.size(1) == 0)
        throw std::invalid_argument("the input image is empty");
    const auto& c = s.config;
    auto image_ = image.contiguous();
    auto resized = resizeImage(image_, c.IMAGE_MIN_DIM, c.IMAGE_MAX_DIM, c.IMAGE_MIN_SCALE,
                               c.IMAGE_RESIZE_MODE);
    auto molded = moldImage(resized.image, c);  // [H, W, 3] float32
    ImageMeta meta;
    meta.originalShape = {image_.size(0), image_.size(1), 3};
    meta.moldedShape = {molded.size(0), molded.size(1), 3};
    meta.window = resized.window;
    meta.scale = resized.scale;
    meta.activeClassIds = torch::zeros({c.NUM_CLASSES}, torch::kInt32);
    if (meta.moldedHeight() % 64 != 0 || meta.moldedWidth() % 64 != 0)
        throw std::invalid_argument(
            "the molded image must be a multiple of 64 on both sides, got " +
            std::to_string(meta.moldedHeight()) + "x" + std::to_string(meta.moldedWidth()));
    auto& rec = s.record;
    rec.anchors = anchorsForImage(c, meta.moldedHeight(), meta.moldedWidth());
    rec.meta = std::move(meta);
    rec.moldedImage = molded;
    rec.originalImage = image_;
    s.moldedNchw =
        molded.permute({2, 0, 1}).unsqueeze(0).contiguous(at::MemoryFormat::ChannelsLast);
}

void backboneStep(RunState& s) {
    auto features = s.network.resnet.forward(s.moldedNchw);
    s.rpnFeatureMaps = s.network.fpn.forward(features.c);
    auto& rec = s.record;
    rec.mrcnnFeatureMaps.assign(s.rpnFeatureMaps.begin(), s.rpnFeatureMaps.begin() + 4);
    rec.featureMaps.clear();
    if (rec.options.keepFeatureMaps) {
        for (const auto& [name, t] : features.named)
            rec.featureMaps.emplace_back(name, toNhwc(t));
        const char* fpnNames[] = {"fpn_p2", "fpn_p3", "fpn_p4", "fpn_p5", "fpn_p6"};
        for (int k = 0; k < 5; ++k)
            rec.featureMaps.emplace_back(fpnNames[k], toNhwc(s.rpnFeatureMaps[k]));
        rec.hasFeatureMaps = true;
    }
}

void rpnStep(RunState& s) {
    s.record.rpn = s.network.rpn.forward(s.rpnFeatureMaps);
    s.rpnFeatureMaps.clear();  // P6 is only needed by the RPN
}

void proposalStep(RunState& s) {
    auto& rec = s.record;
    rec.proposals = callProposalLayer(rec.rpn, rec.anchors, s.config, rec.rpnNmsThreshold,
                                      rec.postNmsRoisInference);
}

namespace {

// The rows a head must compute for `boxes` [N, 4]: those up to and including the first of the
// trailing all-zero padding rows (at least one). Padding rows are one and the same input, so
// the rest get that row's result.
int64_t rowsUpToFirstPadding(const torch::Tensor& boxes) {
    const int64_t rows = boxes.size(0);
    const auto nonZero = boxes.ne(0).any(1).nonzero();
    return std::min<int64_t>(
        rows, nonZero.numel() == 0 ? 1 : nonZero[nonZero.size(0) - 1][0].item<int64_t>() + 2);
}

// `t` computed for its first rows, its last row repeated up to `rows` rows.
torch::Tensor repeatLastRow(const torch::Tensor& t, int64_t rows) {
    const int64_t used = t.size(0);
    if (used == 0 || used >= rows)
        return t;
    std::vector<int64_t> shape(t.sizes().begin(), t.sizes().end());
    shape[0] = rows - used;
    return torch::cat({t, t.slice(0, used - 1, used).expand(shape)}, 0).contiguous();
}

}  // namespace

void classifierStep(RunState& s) {
    auto& rec = s.record;
    // The proposal layer pads to POST_NMS_ROIS_INFERENCE rows with zero boxes; the original
    // classifies every row, and each padding row gives the same output, computed once here.
    const auto& proposals = rec.proposals.proposals;
    const int64_t rows = proposals.count();
    auto pooled = callPyramidRoiAlign(proposals.first(rowsUpToFirstPadding(proposals.tensor())),
                                      rec.mrcnnFeatureMaps, rec.meta, s.config.POOL_SIZE);
    auto out = s.network.classifier.forward(poolForHeads(pooled));
    out.logits = repeatLastRow(out.logits, rows);
    out.probs = repeatLastRow(out.probs, rows);
    out.bbox = repeatLastRow(out.bbox, rows);
    rec.classifier = std::move(out);
    rec.proposalRoiLevels = repeatLastRow(pooled.levels, rows).to(torch::kInt32);
}

void detectionStep(RunState& s) {
    auto& rec = s.record;
    rec.detection =
        callRefineDetections(rec.proposals.proposals, rec.classifier, rec.meta, s.config,
                             rec.detectionMinConfidence, rec.detectionNmsThreshold);
}

void maskStep(RunState& s) {
    auto& rec = s.record;
    rec.mrcnnMask = torch::Tensor();
    rec.detectionRoiLevels = torch::Tensor();
    rec.maskHeadRan = false;
    if (!s.network.mask)
        return;  // detection-only weights
    auto boxes = rec.detection.detections.slice(1, 0, 4);
    // The original runs the mask head on all DETECTION_MAX_INSTANCES rows, zero padding
    // included; the padding rows' one result is computed once.
    const int64_t rows = boxes.size(0);
    auto pooled =
        callPyramidRoiAlign(NormalizedBoxes(boxes.slice(0, 0, rowsUpToFirstPadding(boxes))),
                            rec.mrcnnFeatureMaps, rec.meta, s.config.MASK_POOL_SIZE);
    // LibTorch splits these convolutions over the detections; BLAS threads would fight it.
    BlasThreadScope blasAlone(1);
    rec.mrcnnMask = repeatLastRow(s.network.mask->forward(poolForHeads(pooled)), rows);
    rec.detectionRoiLevels = repeatLastRow(pooled.levels, rows).to(torch::kInt32);
    rec.maskHeadRan = true;
}

void unmoldStep(RunState& s) {
    auto& rec = s.record;
    rec.detections =
        callUnmoldDetections(rec.detection, rec.mrcnnMask, rec.meta, rec.options.maskThreshold);
}

}  // namespace mrcnn
