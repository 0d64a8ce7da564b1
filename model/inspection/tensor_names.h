#pragma once
// The one table of tensor names an Inspection uses. They are the original's names (layer
// names, run_graph keys of the inspect notebooks, detect() result keys) so that a run can be
// compared key by key with the reference runs (shared/reference/README §8).

#include <string>
#include <string_view>
#include <vector>

namespace mrcnn::names {

// Inputs (mold_inputs / get_anchors).
inline constexpr std::string_view kInputImage = "input_image";  // [1, H, W, 3] f32
inline constexpr std::string_view kImageMeta = "image_meta";    // [1, 12 + C] f64
inline constexpr std::string_view kWindow = "window";           // [1, 4] i64
inline constexpr std::string_view kAnchors = "anchors";         // [1, A, 4] f32 norm.
inline constexpr std::string_view kAnchorsPx = "anchors_px";    // [A, 4] f64 pixels
// Backbone block outputs and FPN maps (NHWC, kept only when asked for).
inline constexpr std::string_view kRes2cOut = "res2c_out";
inline constexpr std::string_view kRes3cOut = "res3c_out";
inline constexpr std::string_view kRes3dOut = "res3d_out";
inline constexpr std::string_view kRes4fOut = "res4f_out";  // resnet50
inline constexpr std::string_view kRes4wOut = "res4w_out";  // resnet101
inline constexpr std::string_view kRes5cOut = "res5c_out";
inline constexpr std::string_view kFpnP2 = "fpn_p2";
inline constexpr std::string_view kFpnP3 = "fpn_p3";
inline constexpr std::string_view kFpnP4 = "fpn_p4";
inline constexpr std::string_view kFpnP5 = "fpn_p5";
inline constexpr std::string_view kFpnP6 = "fpn_p6";
// RPN and ProposalLayer (ROI/…).
inline constexpr std::string_view kRpnClassLogits = "rpn_class_logits";  // [1, A, 2]
inline constexpr std::string_view kRpnClass = "rpn_class";               // [1, A, 2]
inline constexpr std::string_view kRpnBbox = "rpn_bbox";                 // [1, A, 4]
inline constexpr std::string_view kPreNmsAnchors = "pre_nms_anchors";    // [1, K, 4]
inline constexpr std::string_view kRefinedAnchors = "refined_anchors";   // [1, K, 4]
inline constexpr std::string_view kRefinedAnchorsClipped = "refined_anchors_clipped";
inline constexpr std::string_view kPostNmsAnchorIx = "post_nms_anchor_ix";  // [M] i32
// Not in the original's graph (top_k's indices stay internal there): the anchor behind each
// pre-NMS entry, kept so a detection can be traced back to its anchor.
inline constexpr std::string_view kPreNmsAnchorIx = "pre_nms_anchor_ix";  // [K] i64
inline constexpr std::string_view kProposals = "proposals";               // [1, P, 4]
// Heads and DetectionLayer.
inline constexpr std::string_view kMrcnnClassLogits = "mrcnn_class_logits";  // [1, P, C]
inline constexpr std::string_view kMrcnnClass = "mrcnn_class";               // [1, P, C]
inline constexpr std::string_view kMrcnnBbox = "mrcnn_bbox";                 // [1, P, C, 4]
inline constexpr std::string_view kDetections = "detections";                // [1, D, 6]
inline constexpr std::string_view kMrcnnMask = "mrcnn_mask";                 // [1, D, 28, 28, C]
// detect() results in original-image pixels.
inline constexpr std::string_view kRois = "rois";                     // [n, 4] i32
inline constexpr std::string_view kClassIds = "class_ids";            // [n] i32
inline constexpr std::string_view kScores = "scores";                 // [n] f32
inline constexpr std::string_view kMasks = "masks";                   // [H0, W0, n] bool
inline constexpr std::string_view kOriginalImage = "original_image";  // [H0, W0, 3] u8
inline constexpr std::string_view kConfigJson = "config_json";        // text
// Detection-layer trace (refine_detections step by step) and ROI levels.
inline constexpr std::string_view kDetClassIds = "detection_class_ids";               // [P] i32
inline constexpr std::string_view kDetClassScores = "detection_class_scores";         // [P] f32
inline constexpr std::string_view kDetRefinedRois = "detection_refined_rois";         // [P, 4] f32
inline constexpr std::string_view kDetKeep = "detection_keep";                        // [k] i64
inline constexpr std::string_view kDetUniqueClassIds = "detection_unique_class_ids";  // i32
inline constexpr std::string_view kDetNmsKeep = "detection_nms_keep";            // [classes, D] i64
inline constexpr std::string_view kDetFinalKeep = "detection_final_keep";        // [n] i64
inline constexpr std::string_view kDetWindow = "detection_window";               // [4] f32
inline constexpr std::string_view kProposalRoiLevels = "proposal_roi_levels";    // [1, P] i32
inline constexpr std::string_view kDetectionRoiLevels = "detection_roi_levels";  // [1, D] i32

// Groups, in the reference runs' key order.
const std::vector<std::string>& featureMapNames(bool resnet101);  // res*_out, fpn_p2..p6
const std::vector<std::string>& traceNames();                     // detection_*, *_roi_levels
// Every name a full run records (with feature maps and trace), in reference key order.
std::vector<std::string> allRunNames(bool resnet101);

}  // namespace mrcnn::names
