#pragma once
// One function per pipeline stage. Each reads the earlier stages' typed outputs from the
// Inspection being built (or the transient state of this run) and stores its own stage's
// output struct there; publishTensors() names them for export once the run is done.

#include <torch/types.h>

#include <vector>

#include "config/config.h"
#include "inspection/inspection.h"
#include "pipeline/network.h"

namespace mrcnn {

// State shared by the steps of one run that the record does not keep.
struct RunState {
    RunState(const Config& c, const Network& n, Inspection& r) : config(c), network(n), record(r) {}

    const Config& config;
    const Network& network;
    Inspection& record;
    torch::Tensor moldedNchw;                   // [1, 3, H, W] channels-last
    std::vector<torch::Tensor> rpnFeatureMaps;  // P2..P6 (NCHW)
};

void moldStep(RunState& state, const torch::Tensor& imageRgb);  // mold_inputs + get_anchors
void backboneStep(RunState& state);                             // ResNet + FPN
void rpnStep(RunState& state);                                  // rpn_model over P2..P6
void proposalStep(RunState& state);                             // ROI (ProposalLayer)
void classifierStep(RunState& state);                           // roi_align_classifier + head
void detectionStep(RunState& state);                            // mrcnn_detection
void maskStep(RunState& state);                                 // roi_align_mask + mask head
void unmoldStep(RunState& state);                               // unmold_detections

}  // namespace mrcnn
