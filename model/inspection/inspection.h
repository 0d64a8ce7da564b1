#pragma once
// The record of one run. The stages' own output structs, typed, are what the pipeline hands
// from stage to stage and what a partial re-run starts from; `tensors` is the same data under
// the original's names (tensor_names.h; CPU, contiguous, Keras layouts: NHWC, batch dimension
// where the original has one), filled from those structs by publishTensors() for export and
// browsing and never read back by the pipeline. Shared as shared_ptr<const Inspection>:
// nothing changes it after the run that made it.

#include <torch/types.h>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detection/detection_layer.h"
#include "heads/classifier_head.h"
#include "inspection/detections.h"
#include "pipeline/run_options.h"
#include "proposals/proposal_layer.h"
#include "rpn/rpn_head.h"
#include "utils/anchors.h"
#include "utils/image_meta.h"
#include "weights/weight_loader.h"

namespace mrcnn {

struct StageTiming {
    Stage stage;
    double seconds = 0.0;
};

struct Inspection {
    // mold_inputs and get_anchors.
    ImageMeta meta;               // the image_meta row, parsed once when the run made it
    torch::Tensor originalImage;  // uint8 [H0, W0, 3]
    torch::Tensor moldedImage;    // float32 [H, W, 3] (image - MEAN_PIXEL)
    AnchorSet anchors;            // molded pixels and normalised
    // Backbone: block outputs and FPN maps by Keras name (NHWC with batch), only when
    // options.keepFeatureMaps; P2..P5 (NCHW) always, for partial re-runs.
    std::vector<std::pair<std::string, torch::Tensor>> featureMaps;
    std::vector<torch::Tensor> mrcnnFeatureMaps;
    RpnOutput rpn;                     // [1, A, ·]
    ProposalLayerOutput proposals;     // ROI
    ClassifierOutput classifier;       // over the proposals, no batch dimension
    torch::Tensor proposalRoiLevels;   // int32 [P]: the pyramid level of each proposal
    DetectionLayerOutput detection;    // mrcnn_detection with its trace
    torch::Tensor mrcnnMask;           // float32 [D, 28, 28, C]; undefined without a mask head
    torch::Tensor detectionRoiLevels;  // int32 [D]; undefined without a mask head
    Detections detections;             // detect()'s result, original-image pixels

    std::map<std::string, torch::Tensor, std::less<>> tensors;  // see publishTensors
    std::string configJson;            // the config as JSON with derived keys
    std::vector<StageTiming> timings;  // stages that ran for this record, in order
    LoadReport loadReport;
    bool maskHeadRan = false;
    bool hasFeatureMaps = false;
    RunOptions options;  // the options it ran with (progress callback dropped)
    // The effective thresholds (options resolved against the config).
    double detectionMinConfidence = 0, detectionNmsThreshold = 0, rpnNmsThreshold = 0;
    int postNmsRoisInference = 0;

    bool has(std::string_view name) const { return tensors.find(name) != tensors.end(); }
    // Throws std::out_of_range naming the tensor.
    const torch::Tensor& tensor(std::string_view name) const;
    std::vector<std::string> names() const;
    double seconds(Stage stage) const;  // 0 when the stage did not run for this record
    double totalSeconds() const;
};

// Fills `tensors` from the typed fields under the original's names and layouts: the trace
// (detection_*, *_roi_levels) only with options.keepTrace, feature maps only when kept.
void publishTensors(Inspection& record);

// The ids in an index tensor (any integer dtype) as a vector; empty for an undefined tensor.
std::vector<int64_t> indexVector(const torch::Tensor& indices);

}  // namespace mrcnn
