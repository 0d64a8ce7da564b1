#include "pipeline/stage_calls.h"

#include "detection/detection_layer.h"
#include "postprocess/unmold_detections.h"
#include "proposals/box_graph.h"
#include "proposals/proposal_layer.h"
#include "roi_align/pyramid_roi_align.h"

namespace mrcnn {
namespace {

std::vector<int64_t> toVector(const torch::Tensor& t) {
    if (!t.defined() || t.numel() == 0)
        return {};
    auto c = t.to(torch::kInt64).contiguous();
    return {c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel()};
}

}  // namespace

ProposalStep callProposalLayer(const torch::Tensor& rpnClass, const torch::Tensor& deltas,
                               const torch::Tensor& anchors, const Config& config,
                               double nmsThreshold, int proposalCount) {
    auto params = ProposalLayerParams::fromConfig(config);
    params.nmsThreshold = nmsThreshold;
    params.proposalCount = proposalCount;
    auto out = proposalLayer({rpnClass, deltas, anchors}, params);
    return {out.preNmsAnchors,   out.refinedAnchors, out.refinedAnchorsClipped,
            out.postNmsAnchorIx, out.proposals,      out.preNmsIndices};
}

RoiPoolStep callPyramidRoiAlign(const torch::Tensor& boxes,
                                const std::vector<torch::Tensor>& featureMaps, int64_t moldedHeight,
                                int64_t moldedWidth, int poolSize) {
    PyramidRoiAlignInput in;
    in.boxes = boxes.contiguous();
    // Channels-last NCHW maps are contiguous NHWC once permuted: no copy.
    for (const auto& m : featureMaps)
        in.featureMaps.push_back(m.permute({0, 2, 3, 1}).contiguous());
    in.layout = FeatureLayout::Nhwc;
    in.imageHeight = moldedHeight;
    in.imageWidth = moldedWidth;
    auto out = pyramidRoiAlign(in, poolSize);
    // The heads take Keras' NHWC order: the pooled tensor's channels-last memory already is.
    auto nhwc = out.pooled.permute({0, 2, 3, 1}).contiguous();
    return {nhwc, out.levels};
}

DetectionStep callRefineDetections(const torch::Tensor& proposals, const torch::Tensor& probs,
                                   const torch::Tensor& deltas,
                                   const std::array<int64_t, 4>& window, int64_t moldedHeight,
                                   int64_t moldedWidth, const Config& config, double minConfidence,
                                   double nmsThreshold) {
    auto params = DetectionLayerParams::fromConfig(config);
    params.minConfidence = minConfidence;
    params.nmsThreshold = nmsThreshold;
    DetectionLayerInput in{proposals, probs, deltas,
                           normWindowGraph(window, moldedHeight, moldedWidth)};
    auto out = detectionLayer(in, params);
    DetectionStep step;
    step.detections = out.detections;
    step.classIds = out.classIds;
    step.classScores = out.classScores;
    step.refinedRois = out.refinedRois;
    step.keep = out.keep;
    step.uniqueClassIds = out.uniqueClassIds;
    step.nmsKeep = out.nmsKeep;
    step.finalKeep = out.finalKeep;
    step.window = out.window;
    step.steps.keep = toVector(out.keep);
    step.steps.finalKeep = toVector(out.finalKeep);
    for (const auto& c : out.classNms)
        step.steps.perClass.push_back({c.classId, toVector(c.inputIndices), toVector(c.kept),
                                       toVector(c.suppressed), toVector(c.suppressedBy)});
    return step;
}

Detections callUnmoldDetections(const torch::Tensor& detections, const torch::Tensor& masks,
                                std::array<int64_t, 3> originalShape,
                                std::array<int64_t, 3> moldedShape,
                                const std::array<int64_t, 4>& window, double maskThreshold) {
    UnmoldInput in;
    in.detections = detections;
    // Detection-only models: boxes still go through unmold_detections with stand-in masks
    // (2x2 zeros per class), whose pasted results are dropped.
    const bool haveMasks = masks.defined();
    in.mrcnnMask = masks;
    in.maskLayout = MaskLayout::Nhwc;
    in.geometry = {originalShape[0], originalShape[1], moldedShape[0], moldedShape[1], window};
    if (!haveMasks) {
        // The class index selects a mask channel: give every class one.
        const int64_t maxClass =
            detections.numel() ? static_cast<int64_t>(detections.select(1, 4).max().item<float>())
                               : 0;
        in.mrcnnMask = torch::zeros({detections.size(0), 2, 2, maxClass + 1});
    }
    auto out = unmoldDetections(in, maskThreshold);
    Detections d;
    d.rows = out.keptRows;
    d.rois = out.rois;
    d.classIds = out.classIds;
    d.scores = out.scores;
    if (haveMasks)
        d.masks = out.masks;
    return d;
}

}  // namespace mrcnn
