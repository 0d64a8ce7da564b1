#pragma once
// MaskRCNN.unmold_detections for one image (original-conventions §4.10), numpy semantics.
// Inputs: detections [D, 6] normalised (y1, x1, y2, x2, class_id, score) float32 from the
//         DetectionLayer; mrcnn_mask [D, 28, 28, NC] (NHWC, as Keras) or [D, NC, 28, 28]
//         (NCHW) float32 sigmoid masks; the original image H0, W0; the molded image H, W;
//         the window (y1, x1, y2, x2) in molded pixels, y2/x2 exclusive.
// Steps:  cut at the first row with class_id 0; window-relative normalisation (float32);
//         denorm_boxes to the original image (float64, round half to even, int32); drop
//         boxes with area <= 0; per detection the class mask resized with the skimage rule
//         to its box, >= 0.5, pasted into bool [H0, W0].
// Output: rois int32 [n, 4] (pixels of the original image, y2/x2 exclusive), class_ids
//         int32 [n], scores float32 [n], masks bool [H0, W0, n], as detect() returns them.
// detect_molded: use moldedUnmoldGeometry() (window = whole molded image, original = molded).

#include <torch/types.h>

#include <array>

namespace mrcnn {

enum class MaskLayout { Nhwc, Nchw };

struct UnmoldGeometry {
    int64_t originalHeight = 0, originalWidth = 0;  // H0, W0
    int64_t moldedHeight = 0, moldedWidth = 0;      // H, W the network saw
    std::array<int64_t, 4> window{};                // molded pixels, y2/x2 exclusive
};

// detect_molded: window [0, 0, H, W] and original shape = molded shape.
UnmoldGeometry moldedUnmoldGeometry(int64_t moldedHeight, int64_t moldedWidth);

struct UnmoldInput {
    torch::Tensor detections;  // float32 [D, 6] (or [1, D, 6])
    torch::Tensor mrcnnMask;   // float32, see layout (optionally with a leading batch of 1)
    MaskLayout maskLayout = MaskLayout::Nhwc;
    UnmoldGeometry geometry;
};

struct UnmoldOutput {
    torch::Tensor rois;      // int32 [n, 4]
    torch::Tensor classIds;  // int32 [n]
    torch::Tensor scores;    // float32 [n]
    torch::Tensor masks;     // bool [H0, W0, n]
    // Trace for the inspector.
    int64_t detectionCount = 0;  // N: rows before the first class-0 row
    torch::Tensor keptRows;      // int64 [n]: detection rows that survive the area filter
    torch::Tensor windowNorm;    // float32 [4]: norm_boxes(window, molded shape)
    torch::Tensor classMasks;    // float32 [n, 28, 28]: the class-specific masks
};

UnmoldOutput unmoldDetections(const UnmoldInput& input, double maskThreshold = 0.5);

}  // namespace mrcnn
