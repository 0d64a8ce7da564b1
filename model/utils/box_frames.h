#pragma once
// Boxes (y1, x1, y2, x2) whose coordinate frame is part of their type, and the conversions
// between the frames with the original's conventions (original-conventions §3):
//   Normalized — the graph's frame: norm_boxes of the molded image, (0, 0) to (1, 1);
//   Molded     — pixels of the molded image the network saw, y2/x2 exclusive;
//   Original   — pixels of the image as given, y2/x2 exclusive.
// The dtype is the data's own (float32 normalised boxes, float64 anchors, int32 rounded
// pixels); a conversion returns what the original's formula returns.

#include <torch/types.h>

#include <algorithm>

#include "utils/image_meta.h"

namespace mrcnn {

enum class BoxFrame { Normalized, Molded, Original };

template <BoxFrame F>
class Boxes {
public:
    static constexpr BoxFrame kFrame = F;

    Boxes() : m_boxes(torch::zeros({0, 4})) {}
    // Any tensor whose last dimension is 4 ([4], [N, 4], [1, N, 4]), kept as [N, 4]. Throws
    // std::invalid_argument for another shape.
    explicit Boxes(const torch::Tensor& boxes) : m_boxes(checked(boxes)) {}

    const torch::Tensor& tensor() const { return m_boxes; }
    int64_t count() const { return m_boxes.size(0); }
    // Rows [0, min(n, count)).
    Boxes first(int64_t n) const {
        return Boxes(m_boxes.slice(0, 0, std::clamp<int64_t>(n, 0, count())));
    }
    // Rows by index (int64 or int32 [k]).
    Boxes select(const torch::Tensor& indices) const {
        return Boxes(m_boxes.index_select(0, indices.to(torch::kInt64)));
    }
    // Rows where `keep` (bool [N]) is true.
    Boxes where(const torch::Tensor& keep) const { return Boxes(m_boxes.index({keep})); }
    // The rows that are not all zero: the proposals and detections the graph's zero padding
    // leaves real (utils.trim_zeros).
    Boxes nonZero() const { return where(m_boxes.ne(0).any(1)); }

private:
    static torch::Tensor checked(const torch::Tensor& boxes);
    torch::Tensor m_boxes;
};

using NormalizedBoxes = Boxes<BoxFrame::Normalized>;
using MoldedBoxes = Boxes<BoxFrame::Molded>;
using OriginalBoxes = Boxes<BoxFrame::Original>;

// denorm_boxes on the molded shape: round_half_even(box · [H-1, W-1, H-1, W-1] + [0, 0, 1, 1])
// in float64, int32 — how the notebooks draw every normalised box.
MoldedBoxes toMolded(const NormalizedBoxes& boxes, const ImageMeta& meta);
// norm_boxes on the molded shape: (box - [0, 0, 1, 1]) / [H-1, W-1, H-1, W-1] in float64,
// float32 — how load_image_gt's boxes enter the graph.
NormalizedBoxes toNormalized(const MoldedBoxes& boxes, const ImageMeta& meta);
// unmold_detections' mapping: relative to the normalised window (float32 arithmetic), then
// denorm_boxes on the original shape (float64, half to even), int32.
OriginalBoxes toOriginal(const NormalizedBoxes& boxes, const ImageMeta& meta);

extern template class Boxes<BoxFrame::Normalized>;
extern template class Boxes<BoxFrame::Molded>;
extern template class Boxes<BoxFrame::Original>;

}  // namespace mrcnn
