#include "pipeline/stage_calls.h"

#include "postprocess/unmold_detections.h"
#include "proposals/box_graph.h"

namespace mrcnn {

ProposalLayerOutput callProposalLayer(const RpnOutput& rpn, const AnchorSet& anchors,
                                      const Config& config, double nmsThreshold,
                                      int proposalCount) {
    auto params = ProposalLayerParams::fromConfig(config);
    params.nmsThreshold = nmsThreshold;
    params.proposalCount = proposalCount;
    return proposalLayer({rpn.classProbs[0], rpn.bbox[0], anchors.normalized.tensor()}, params);
}

PyramidRoiAlignOutput callPyramidRoiAlign(const NormalizedBoxes& boxes,
                                          const std::vector<torch::Tensor>& featureMaps,
                                          const ImageMeta& meta, int poolSize) {
    PyramidRoiAlignInput in;
    in.boxes = boxes.tensor().contiguous();
    // Channels-last NCHW maps are contiguous NHWC once permuted: no copy.
    for (const auto& m : featureMaps)
        in.featureMaps.push_back(m.permute({0, 2, 3, 1}).contiguous());
    in.layout = FeatureLayout::Nhwc;
    in.imageHeight = meta.moldedHeight();
    in.imageWidth = meta.moldedWidth();
    return pyramidRoiAlign(in, poolSize);
}

torch::Tensor poolForHeads(const PyramidRoiAlignOutput& pooled) {
    return pooled.pooled.permute({0, 2, 3, 1}).contiguous();
}

DetectionLayerOutput callRefineDetections(const NormalizedBoxes& proposals,
                                          const ClassifierOutput& classifier, const ImageMeta& meta,
                                          const Config& config, double minConfidence,
                                          double nmsThreshold) {
    auto params = DetectionLayerParams::fromConfig(config);
    params.minConfidence = minConfidence;
    params.nmsThreshold = nmsThreshold;
    DetectionLayerInput in{proposals.tensor(), classifier.probs, classifier.bbox,
                           normWindowGraph(meta.window, meta.moldedHeight(), meta.moldedWidth())};
    return detectionLayer(in, params);
}

Detections callUnmoldDetections(const DetectionLayerOutput& detection,
                                const torch::Tensor& mrcnnMask, const ImageMeta& meta,
                                double maskThreshold) {
    const torch::Tensor& rows = detection.detections;
    UnmoldInput in;
    in.detections = rows;
    // Detection-only models: boxes still go through unmold_detections with stand-in masks
    // (2x2 zeros per class), whose pasted results are dropped.
    const bool haveMasks = mrcnnMask.defined();
    in.mrcnnMask = mrcnnMask;
    in.maskLayout = MaskLayout::Nhwc;
    in.geometry = {meta.originalHeight(), meta.originalWidth(), meta.moldedHeight(),
                   meta.moldedWidth(), meta.window};
    if (!haveMasks) {
        // The class index selects a mask channel: give every class one.
        const int64_t maxClass =
            rows.numel() ? static_cast<int64_t>(rows.select(1, 4).max().item<float>()) : 0;
        in.mrcnnMask = torch::zeros({rows.size(0), 2, 2, maxClass + 1});
    }
    auto out = unmoldDetections(in, maskThreshold);
    return Detections(OriginalBoxes(out.rois), out.classIds, out.scores,
                      haveMasks ? out.masks : torch::Tensor(), out.keptRows);
}

}  // namespace mrcnn
