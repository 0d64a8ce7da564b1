#pragma once
// The pipeline's narrow view of the non-dense stages (proposals, ROI align, detection,
// unmolding), implemented by the stage modules of model/proposals, model/roi_align,
// model/detection and model/postprocess. Each call takes the earlier stages' own output
// structs and returns its module's output struct unchanged, so the orchestrator reads like
// the diagram and each stage module stays free of pipeline concerns. No batch dimension.

#include <torch/types.h>

#include <vector>

#include "config/config.h"
#include "detection/detection_layer.h"
#include "heads/classifier_head.h"
#include "inspection/detections.h"
#include "proposals/proposal_layer.h"
#include "roi_align/pyramid_roi_align.h"
#include "rpn/rpn_head.h"
#include "utils/anchors.h"
#include "utils/image_meta.h"

namespace mrcnn {

// ProposalLayer over the RPN's scores and deltas for the image's anchors.
ProposalLayerOutput callProposalLayer(const RpnOutput& rpn, const AnchorSet& anchors,
                                      const Config& config, double nmsThreshold, int proposalCount);

// PyramidROIAlign over P2..P5 (NCHW, channels-last) of the molded image. The pooled ROIs come
// back as the module gives them ([N, D, P, P] in channels-last memory); poolForHeads() gives
// the heads' NHWC view.
PyramidRoiAlignOutput callPyramidRoiAlign(const NormalizedBoxes& boxes,
                                          const std::vector<torch::Tensor>& featureMaps,
                                          const ImageMeta& meta, int poolSize);
// [N, P, P, D] (Keras' order) without a copy: the pooled tensor's memory already is.
torch::Tensor poolForHeads(const PyramidRoiAlignOutput& pooled);

// refine_detections over the proposals and the classifier's output, clipped to the window.
DetectionLayerOutput callRefineDetections(const NormalizedBoxes& proposals,
                                          const ClassifierOutput& classifier, const ImageMeta& meta,
                                          const Config& config, double minConfidence,
                                          double nmsThreshold);

// unmold_detections of the DetectionLayer's rows; mrcnnMask [D, 28, 28, C] (undefined without
// a mask head).
Detections callUnmoldDetections(const DetectionLayerOutput& detection,
                                const torch::Tensor& mrcnnMask, const ImageMeta& meta,
                                double maskThreshold);

}  // namespace mrcnn
