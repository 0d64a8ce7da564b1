#pragma once
// Graph-side box helpers of the original's model.py, in float32 exactly as the reference runs
// evaluate them (one rounding per op, no fused multiply-add; exp is LibTorch's vectorised
// float32 exp, see box_graph.cpp):
//   apply_box_deltas_graph: boxes [N, 4] + deltas [N, 4] (dy, dx, log dh, log dw) -> [N, 4]
//   clip_boxes_graph:       boxes [N, 4] clipped per coordinate to a window (y1, x1, y2, x2)
//   norm_boxes_graph:       a pixel window (y2/x2 exclusive) -> normalised float32 [4]
// Boxes are normalised (y1, x1, y2, x2). These stay here (not in model/utils) so the stages
// do not depend on the utils module; utils.apply_box_deltas is the numpy twin.

#include <torch/types.h>

#include <array>

namespace mrcnn {

// apply_box_deltas_graph: y2 = y1 + h (not cy + h/2), all in float32.
torch::Tensor applyBoxDeltasGraph(const torch::Tensor& boxes, const torch::Tensor& deltas);

// clip_boxes_graph: max(min(v, w_hi), w_lo) per coordinate; window is float32 (y1,x1,y2,x2).
torch::Tensor clipBoxesGraph(const torch::Tensor& boxes, const std::array<float, 4>& window);

// norm_boxes_graph(window, image_shape[:2]) in float32: (w - [0,0,1,1]) / [H-1,W-1,H-1,W-1].
std::array<float, 4> normWindowGraph(const std::array<int64_t, 4>& windowPx, int64_t height,
                                     int64_t width);

// Checks a [N, 4] float32 tensor (or [1, N, 4]) and returns it as contiguous [N, 4].
// `what` names the tensor in the error message.
torch::Tensor checkedBoxes(const torch::Tensor& boxes, const char* what);

}  // namespace mrcnn
