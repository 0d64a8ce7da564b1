#pragma once
// A run's stages called again on given inputs, for the parity tests: the detection layer and
// unmolding with a run's own geometry and the config's thresholds.

#include <torch/torch.h>

#include <array>

#include "config/config.h"
#include "detection/detection_layer.h"
#include "inspection/inspection.h"
#include "postprocess/unmold_detections.h"
#include "proposals/box_graph.h"

namespace mrcnn::test {

inline std::array<int64_t, 4> windowPixels(const Inspection& rec) {
    const auto w = rec.tensor("window").reshape({-1}).to(torch::kInt64).contiguous();
    const int64_t* p = w.data_ptr<int64_t>();
    return {p[0], p[1], p[2], p[3]};
}

inline DetectionLayerOutput runDetectionLayer(const Inspection& rec, const Config& config,
                                              const torch::Tensor& rois,
                                              const torch::Tensor& mrcnnClass,
                                              const torch::Tensor& mrcnnBbox) {
    const auto& image = rec.tensor("input_image");
    DetectionLayerInput in;
    in.rois = rois.to(torch::kFloat32).contiguous();
    in.mrcnnClass = mrcnnClass.to(torch::kFloat32).contiguous();
    in.mrcnnBbox = mrcnnBbox.to(torch::kFloat32).contiguous();
    in.window = normWindowGraph(windowPixels(rec), image.size(1), image.size(2));
    return detectionLayer(in, DetectionLayerParams::fromConfig(config));
}

inline UnmoldOutput runUnmold(const Inspection& rec, const torch::Tensor& detections,
                              const torch::Tensor& mrcnnMask) {
    UnmoldInput in;
    in.detections = detections.to(torch::kFloat32).contiguous();
    in.mrcnnMask = mrcnnMask.to(torch::kFloat32).contiguous();
    in.maskLayout = MaskLayout::Nhwc;
    const auto& image = rec.tensor("input_image");
    const auto& original = rec.tensor("original_image");
    in.geometry.originalHeight = original.size(0);
    in.geometry.originalWidth = original.size(1);
    in.geometry.moldedHeight = image.size(1);
    in.geometry.moldedWidth = image.size(2);
    in.geometry.window = windowPixels(rec);
    return unmoldDetections(in, rec.options.maskThreshold);
}

}  // namespace mrcnn::test
