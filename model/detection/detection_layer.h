#pragma once
// DetectionLayer (`mrcnn_detection`) = refine_detections_graph for one image
// (original-conventions §4.8).
// Inputs: rois [N, 4] normalised proposals (y1, x1, y2, x2), mrcnn_class [N, C] softmax,
//         mrcnn_bbox [N, C, 4] (dy, dx, log dh, log dw), the normalised window (float32,
//         norm_boxes_graph of the image_meta window; see normWindowGraph).
// Steps:  argmax class (first maximum), class-specific deltas * BBOX_STD_DEV,
//         apply_box_deltas_graph, clip to the window; keep = class > 0, intersected with
//         score >= DETECTION_MIN_CONFIDENCE unless it is 0 (Python truthiness); per class in
//         tf.unique order a TF NMS (max DETECTION_MAX_INSTANCES, IoU > threshold), padded
//         with -1; intersect; top_k by score (ties: lower ROI index); zero padded rows
//         [y1, x1, y2, x2, class_id, score].
// All indices in the outputs are ROI indices (0..N-1). Thresholds are parameters so the
// stage can be re-run alone.

#include <torch/types.h>

#include <array>
#include <vector>

#include "config/config.h"
#include "utils/box_frames.h"

namespace mrcnn {

struct DetectionLayerInput {
    torch::Tensor rois;                                   // float32 [N, 4] (or [1, N, 4])
    torch::Tensor mrcnnClass;                             // float32 [N, C]
    torch::Tensor mrcnnBbox;                              // float32 [N, C, 4]
    std::array<float, 4> window{0.0f, 0.0f, 1.0f, 1.0f};  // normalised
};

struct DetectionLayerParams {
    double minConfidence = 0.7;  // DETECTION_MIN_CONFIDENCE; 0 disables the filter
    double nmsThreshold = 0.3;   // DETECTION_NMS_THRESHOLD
    int64_t maxInstances = 100;  // DETECTION_MAX_INSTANCES
    std::array<double, 4> bboxStdDev{0.1, 0.1, 0.2, 0.2};

    static DetectionLayerParams fromConfig(const Config& config);
};

// The per-class NMS as the inspector draws it.
struct ClassNmsTrace {
    int32_t classId = 0;
    torch::Tensor inputIndices;  // int64 [n]: the class's kept ROIs, ascending
    torch::Tensor kept;          // int64 [k]: selected ROIs, in selection order
    torch::Tensor suppressed;    // int64 [s]: ROIs dropped by the NMS, ascending
    torch::Tensor suppressedBy;  // int64 [s]: the kept ROI that dropped each one
    // int64 [r]: ROIs never examined because DETECTION_MAX_INSTANCES boxes were already
    // selected (or with a NaN score), ascending.
    torch::Tensor notReached;
};

struct DetectionLayerOutput {
    torch::Tensor classIds;               // int32 [N]   detection_class_ids
    torch::Tensor classScores;            // float32 [N] detection_class_scores
    NormalizedBoxes refinedRois;          // float32 [N, 4] detection_refined_rois (clipped)
    torch::Tensor keep;                   // int64 [K]   detection_keep (background/confidence)
    torch::Tensor uniqueClassIds;         // int32 [U]   detection_unique_class_ids
    torch::Tensor nmsKeep;                // int64 [U, D] detection_nms_keep, -1 padded
    torch::Tensor finalKeep;              // int64 [F]   detection_final_keep (top_k order)
    torch::Tensor window;                 // float32 [4] detection_window
    torch::Tensor detections;             // float32 [D, 6] zero padded
    std::vector<ClassNmsTrace> classNms;  // one per unique class, same order
};

DetectionLayerOutput detectionLayer(const DetectionLayerInput& input,
                                    const DetectionLayerParams& params);

}  // namespace mrcnn
