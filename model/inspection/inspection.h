#pragma once
// The record of one run: every named tensor of the original's graph (CPU, contiguous, names
// from tensor_names.h, Keras layouts: NHWC, batch dim where the original has one), the
// detections in original-image pixels, the detection layer step by step, per-stage timings,
// the weights' load report and whether the mask head ran. Shared as
// shared_ptr<const Inspection>: nothing changes it after the run that made it.

#include <torch/types.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/run_options.h"
#include "weights/weight_loader.h"

namespace mrcnn {

// detect()'s per-image result; all four are indexed together.
struct Detections {
    torch::Tensor rows;      // int64 [n]: row of `detections` each result came from (detect()
                             // drops zero-area rows, so result i need not be row i)
    torch::Tensor rois;      // int32 [n, 4] (y1, x1, y2, x2), original pixels, y2/x2 exclusive
    torch::Tensor classIds;  // int32 [n]
    torch::Tensor scores;    // float32 [n]
    torch::Tensor masks;     // bool [H0, W0, n] (empty: [H0, W0, 0] or undefined w/o mask head)
    int64_t count() const { return rois.defined() ? rois.size(0) : 0; }
};

// Per-class NMS of refine_detections for one class. Indices are proposal (ROI) indices.
struct ClassNmsStep {
    int32_t classId = 0;
    std::vector<int64_t> candidates;    // the class's kept ROIs, ascending
    std::vector<int64_t> kept;          // NMS selection order
    std::vector<int64_t> suppressed;    // candidates not kept, ascending
    std::vector<int64_t> suppressedBy;  // per suppressed: the kept ROI whose IoU exceeded the
                                        // threshold first, or -1 (cut by the instance limit)
};

struct DetectionSteps {
    std::vector<int64_t> keep;           // after background and confidence filters
    std::vector<ClassNmsStep> perClass;  // in tf.unique order of the kept class ids
    std::vector<int64_t> finalKeep;      // top-k by score, the detection rows' ROIs
};

struct StageTiming {
    Stage stage;
    double seconds = 0.0;
};

struct Inspection {
    std::map<std::string, torch::Tensor, std::less<>> tensors;
    std::string configJson;  // the config as JSON with derived keys
    Detections detections;
    DetectionSteps detectionSteps;
    std::vector<StageTiming> timings;  // stages that ran for this record, in order
    LoadReport loadReport;
    bool maskHeadRan = false;
    bool hasFeatureMaps = false;
    RunOptions options;  // the options it ran with (progress callback dropped)
    // The effective thresholds (options resolved against the config).
    double detectionMinConfidence = 0, detectionNmsThreshold = 0, rpnNmsThreshold = 0;
    int postNmsRoisInference = 0;

    // P2..P5 (NCHW) kept for partial re-runs even when feature maps are not exported.
    std::vector<torch::Tensor> mrcnnFeatureMaps;

    bool has(std::string_view name) const { return tensors.find(name) != tensors.end(); }
    // Throws std::out_of_range naming the tensor.
    const torch::Tensor& tensor(std::string_view name) const;
    std::vector<std::string> names() const;
    double seconds(Stage stage) const;  // 0 when the stage did not run for this record
    double totalSeconds() const;
};

}  // namespace mrcnn
