#include "utils/box_frames.h"

#include <stdexcept>
#include <string>

#include "utils/boxes.h"

namespace mrcnn {

template <BoxFrame F>
torch::Tensor Boxes<F>::checked(const torch::Tensor& boxes) {
    if (!boxes.defined() || boxes.dim() == 0 || boxes.size(-1) != 4)
        throw std::invalid_argument(
            "Boxes: expected boxes (y1, x1, y2, x2) with a last dimension of 4, got " +
            (boxes.defined() ? c10::str(boxes.sizes()) : std::string("an undefined tensor")));
    return boxes.reshape({-1, 4});
}

template class Boxes<BoxFrame::Normalized>;
template class Boxes<BoxFrame::Molded>;
template class Boxes<BoxFrame::Original>;

MoldedBoxes toMolded(const NormalizedBoxes& boxes, const ImageMeta& meta) {
    return MoldedBoxes(denormBoxes(boxes.tensor(), meta.moldedHeight(), meta.moldedWidth()));
}

NormalizedBoxes toNormalized(const MoldedBoxes& boxes, const ImageMeta& meta) {
    return NormalizedBoxes(normBoxes(boxes.tensor(), meta.moldedHeight(), meta.moldedWidth()));
}

OriginalBoxes toOriginal(const NormalizedBoxes& boxes, const ImageMeta& meta) {
    // The window normalised like norm_boxes (float64, stored float32), as unmold_detections.
    auto window = torch::tensor({meta.window[0], meta.window[1], meta.window[2], meta.window[3]},
                                torch::kInt64);
    auto wn = normBoxes(window.view({1, 4}), meta.moldedHeight(), meta.moldedWidth())[0];
    auto shift = torch::stack({wn[0], wn[1], wn[0], wn[1]});
    auto size = torch::stack({wn[2] - wn[0], wn[3] - wn[1], wn[2] - wn[0], wn[3] - wn[1]});
    // (boxes - shift) / scale stays float32 (numpy float32 arrays), then denorm_boxes.
    auto relative = (boxes.tensor().to(torch::kFloat32) - shift) / size;
    return OriginalBoxes(denormBoxes(relative, meta.originalHeight(), meta.originalWidth()));
}

}  // namespace mrcnn
