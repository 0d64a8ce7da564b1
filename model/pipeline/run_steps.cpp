#include "pipeline/run_steps.h"

#include <algorithm>

#include "backbone/folded_conv.h"
#include "inspection/tensor_names.h"
#include "pipeline/stage_calls.h"
#include "runtime/runtime.h"
#include "utils/anchors.h"
#include "utils/image_ops.h"

namespace mrcnn {
namespace {

void put(Inspection& rec, std::string_view name, const torch::Tensor& t) {
    rec.tensors[std::string(name)] = t.contiguous();
}

void putTrace(RunState& s, std::string_view name, const torch::Tensor& t) {
    if (s.record.options.keepTrace)
        put(s.record, name, t);
}

}  // namespace

void restoreGeometry(RunState& s) {
    const auto& rec = s.record;
    auto meta = parseImageMeta(rec.tensor(names::kImageMeta)[0]);
    s.originalShape = meta.originalShape;
    s.moldedShape = meta.moldedShape;
    s.window = meta.window;
}

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
    s.originalShape = {image_.size(0), image_.size(1), 3};
    s.moldedShape = {molded.size(0), molded.size(1), 3};
    s.window = resized.window;
    if (s.moldedShape[0] % 64 != 0 || s.moldedShape[1] % 64 != 0)
        throw std::invalid_argument(
            "the molded image must be a multiple of 64 on both sides, got " +
            std::to_string(s.moldedShape[0]) + "x" + std::to_string(s.moldedShape[1]));
    auto meta = composeImageMeta(0, s.originalShape, s.moldedShape, s.window, resized.scale,
                                 torch::zeros({c.NUM_CLASSES}, torch::kFloat64));
    auto anchors = anchorsForImage(c, s.moldedShape[0], s.moldedShape[1]);
    auto& rec = s.record;
    put(rec, names::kInputImage, molded.unsqueeze(0));
    put(rec, names::kImageMeta, meta.to(torch::kFloat64).unsqueeze(0));
    put(rec, names::kWindow,
        torch::tensor(std::vector<int64_t>(s.window.begin(), s.window.end())).view({1, 4}));
    put(rec, names::kAnchors, anchors.normalized.unsqueeze(0));
    put(rec, names::kAnchorsPx, anchors.pixels);
    put(rec, names::kOriginalImage, image_);
    s.moldedNchw =
        molded.permute({2, 0, 1}).unsqueeze(0).contiguous(at::MemoryFormat::ChannelsLast);
}

void backboneStep(RunState& s) {
    auto features = s.network.resnet.forward(s.moldedNchw);
    s.rpnFeatureMaps = s.network.fpn.forward(features.c);
    auto& rec = s.record;
    rec.mrcnnFeatureMaps.assign(s.rpnFeatureMaps.begin(), s.rpnFeatureMaps.begin() + 4);
    if (rec.options.keepFeatureMaps) {
        for (const auto& [name, t] : features.named)
            put(rec, name, toNhwc(t));
        const char* fpnNames[] = {"fpn_p2", "fpn_p3", "fpn_p4", "fpn_p5", "fpn_p6"};
        for (int k = 0; k < 5; ++k)
            put(rec, fpnNames[k], toNhwc(s.rpnFeatureMaps[k]));
        rec.hasFeatureMaps = true;
    }
}

void rpnStep(RunState& s) {
    auto out = s.network.rpn.forward(s.rpnFeatureMaps);
    s.rpnFeatureMaps.clear();  // P6 is only needed by the RPN
    put(s.record, names::kRpnClassLogits, out.classLogits);
    put(s.record, names::kRpnClass, out.classProbs);
    put(s.record, names::kRpnBbox, out.bbox);
}

void proposalStep(RunState& s) {
    auto& rec = s.record;
    auto step = callProposalLayer(rec.tensor(names::kRpnClass)[0], rec.tensor(names::kRpnBbox)[0],
                                  rec.tensor(names::kAnchors)[0], s.config, rec.rpnNmsThreshold,
                                  rec.postNmsRoisInference);
    put(rec, names::kPreNmsAnchors, step.preNmsAnchors.unsqueeze(0));
    put(rec, names::kPreNmsAnchorIx, step.preNmsAnchorIx.to(torch::kInt64));
    put(rec, names::kRefinedAnchors, step.refinedAnchors.unsqueeze(0));
    put(rec, names::kRefinedAnchorsClipped, step.refinedAnchorsClipped.unsqueeze(0));
    put(rec, names::kPostNmsAnchorIx, step.postNmsAnchorIx.to(torch::kInt32));
    put(rec, names::kProposals, step.proposals.unsqueeze(0));
}

void classifierStep(RunState& s) {
    auto& rec = s.record;
    auto pooled = callPyramidRoiAlign(rec.tensor(names::kProposals)[0], rec.mrcnnFeatureMaps,
                                      s.moldedShape[0], s.moldedShape[1], s.config.POOL_SIZE);
    auto out = s.network.classifier.forward(pooled.pooled);
    put(rec, names::kMrcnnClassLogits, out.logits.unsqueeze(0));
    put(rec, names::kMrcnnClass, out.probs.unsqueeze(0));
    put(rec, names::kMrcnnBbox, out.bbox.unsqueeze(0));
    putTrace(s, names::kProposalRoiLevels, pooled.levels.to(torch::kInt32).unsqueeze(0));
}

void detectionStep(RunState& s) {
    auto& rec = s.record;
    auto d = callRefineDetections(
        rec.tensor(names::kProposals)[0], rec.tensor(names::kMrcnnClass)[0],
        rec.tensor(names::kMrcnnBbox)[0], s.window, s.moldedShape[0], s.moldedShape[1], s.config,
        rec.detectionMinConfidence, rec.detectionNmsThreshold);
    put(rec, names::kDetections, d.detections.unsqueeze(0));
    putTrace(s, names::kDetClassIds, d.classIds.to(torch::kInt32));
    putTrace(s, names::kDetClassScores, d.classScores);
    putTrace(s, names::kDetRefinedRois, d.refinedRois);
    putTrace(s, names::kDetKeep, d.keep.to(torch::kInt64));
    putTrace(s, names::kDetUniqueClassIds, d.uniqueClassIds.to(torch::kInt32));
    putTrace(s, names::kDetNmsKeep, d.nmsKeep.to(torch::kInt64));
    putTrace(s, names::kDetFinalKeep, d.finalKeep.to(torch::kInt64));
    putTrace(s, names::kDetWindow, d.window);
    rec.detectionSteps = std::move(d.steps);
}

void maskStep(RunState& s) {
    auto& rec = s.record;
    rec.tensors.erase(std::string(names::kMrcnnMask));
    rec.tensors.erase(std::string(names::kDetectionRoiLevels));
    rec.maskHeadRan = false;
    if (!s.network.mask)
        return;  // detection-only weights
    auto boxes = rec.tensor(names::kDetections)[0].slice(1, 0, 4);
    // The original runs the mask head on all DETECTION_MAX_INSTANCES rows, zero padding
    // included. Padding rows are one and the same input, so the head runs on the rows up to the
    // first of the trailing zero rows and that row's result is repeated for the rest.
    const int64_t rows = boxes.size(0);
    const auto nonZero = boxes.ne(0).any(1).nonzero();
    const int64_t used = std::min<int64_t>(
        rows, nonZero.numel() == 0 ? 1 : nonZero[nonZero.size(0) - 1][0].item<int64_t>() + 2);
    auto pooled = callPyramidRoiAlign(boxes.slice(0, 0, used), rec.mrcnnFeatureMaps,
                                      s.moldedShape[0], s.moldedShape[1], s.config.MASK_POOL_SIZE);
    // LibTorch splits these convolutions over the detections; BLAS threads would fight it.
    BlasThreadScope blasAlone(1);
    auto masks = s.network.mask->forward(pooled.pooled);
    auto levels = pooled.levels;
    if (used < rows && used > 0) {
        const auto repeat = [&](const torch::Tensor& t) {
            std::vector<int64_t> shape(t.sizes().begin(), t.sizes().end());
            shape[0] = rows - used;
            return torch::cat({t, t.slice(0, used - 1, used).expand(shape)}, 0).contiguous();
        };
        masks = repeat(masks);
        levels = repeat(levels);
    }
    put(rec, names::kMrcnnMask, masks.unsqueeze(0));
    putTrace(s, names::kDetectionRoiLevels, levels.to(torch::kInt32).unsqueeze(0));
    rec.maskHeadRan = true;
}

void unmoldStep(RunState& s) {
    auto& rec = s.record;
    torch::Tensor masks = rec.maskHeadRan ? rec.tensor(names::kMrcnnMask)[0] : torch::Tensor();
    rec.detections = callUnmoldDetections(rec.tensor(names::kDetections)[0], masks, s.originalShape,
                                          s.moldedShape, s.window, rec.options.maskThreshold);
    put(rec, names::kRois, rec.detections.rois);
    put(rec, names::kClassIds, rec.detections.classIds);
    put(rec, names::kScores, rec.detections.scores);
    if (rec.detections.masks.defined())
        put(rec, names::kMasks, rec.detections.masks);
    else
        rec.tensors.erase(std::string(names::kMasks));
}

}  // namespace mrcnn
