#pragma once
// What one run (or partial re-run) may change without rebuilding the network: the
// post-processing thresholds the GUI's sliders drive, the mask threshold, and what to keep.
// Unset thresholds take the config's values.

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace mrcnn {

// The pipeline's stages in execution order (the original's inference graph, §4).
enum class Stage { Mold, Backbone, Rpn, Proposals, Classifier, Detection, MaskHead, Unmold };
inline constexpr int kStageCount = 8;
const char* stageName(Stage stage);

// Called before each stage; returning false cancels the run (Model throws RunCancelled).
using ProgressCallback = std::function<bool(Stage stage, int index, int count)>;

class RunCancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RunOptions {
    std::optional<double> detectionMinConfidence;  // DETECTION_MIN_CONFIDENCE (0 disables)
    std::optional<double> detectionNmsThreshold;   // DETECTION_NMS_THRESHOLD
    std::optional<double> rpnNmsThreshold;         // RPN_NMS_THRESHOLD
    std::optional<int> postNmsRoisInference;       // POST_NMS_ROIS_INFERENCE
    double maskThreshold = 0.5;                    // unmold_mask's >= threshold
    bool keepFeatureMaps = false;                  // res*_out and fpn_p* in the record (large)
    bool keepTrace = true;                         // detection_* and *_roi_levels trace tensors
    ProgressCallback progress;
};

}  // namespace mrcnn
