#include "proposals/box_graph.h"

#include <stdexcept>
#include <string>

namespace mrcnn {

torch::Tensor checkedBoxes(const torch::Tensor& boxes, const char* what) {
    if (!boxes.defined())
        throw std::invalid_argument(std::string(what) + ": tensor is undefined");
    torch::Tensor b = boxes;
    if (b.dim() == 3) {
        if (b.size(0) != 1)
            throw std::invalid_argument(std::string(what) + ": batch size " +
                                        std::to_string(b.size(0)) + " given, only 1 is supported");
        b = b[0];
    }
    if (b.dim() != 2 || b.size(1) != 4)
        throw std::invalid_argument(std::string(what) + ": expected shape [N, 4], got " +
                                    std::to_string(b.dim()) + "-d tensor " + c10::str(b.sizes()));
    if (b.scalar_type() != torch::kFloat32)
        throw std::invalid_argument(std::string(what) + ": expected float32, got " +
                                    std::string(c10::toString(b.scalar_type())));
    return b.contiguous();
}

torch::Tensor applyBoxDeltasGraph(const torch::Tensor& boxes, const torch::Tensor& deltas) {
    torch::Tensor b = checkedBoxes(boxes, "apply_box_deltas_graph boxes");
    torch::Tensor d = checkedBoxes(deltas, "apply_box_deltas_graph deltas");
    if (b.size(0) != d.size(0))
        throw std::invalid_argument("apply_box_deltas_graph: " + std::to_string(b.size(0)) +
                                    " boxes but " + std::to_string(d.size(0)) + " deltas");
    const int64_t n = b.size(0);
    torch::Tensor out = torch::empty({n, 4}, torch::kFloat32);
    // exp of the log-size deltas with LibTorch's vectorised float32 exp over contiguous columns:
    // the reference runs evaluate it that way, and it differs from std::exp (libm) and from
    // numpy's float32 exp by an ulp on a few percent of the values, which is enough to move a
    // proposal across a crop_and_resize sampling boundary.
    const torch::Tensor expH = torch::exp(d.select(1, 2).contiguous()).contiguous();
    const torch::Tensor expW = torch::exp(d.select(1, 3).contiguous()).contiguous();
    const float* pb = b.data_ptr<float>();
    const float* pd = d.data_ptr<float>();
    const float* peh = expH.data_ptr<float>();
    const float* pew = expW.data_ptr<float>();
    float* po = out.data_ptr<float>();
    // Separate statements keep one float32 rounding per TF op (the default x86-64 target has
    // no FMA, so the compiler cannot contract them).
    for (int64_t i = 0; i < n; ++i) {
        const float* r = pb + 4 * i;
        const float* t = pd + 4 * i;
        float height = r[2] - r[0];
        float width = r[3] - r[1];
        float halfH = 0.5f * height;
        float halfW = 0.5f * width;
        float cy = r[0] + halfH;
        float cx = r[1] + halfW;
        float dyh = t[0] * height;
        float dxw = t[1] * width;
        cy = cy + dyh;
        cx = cx + dxw;
        height = height * peh[i];
        width = width * pew[i];
        float halfH2 = 0.5f * height;
        float halfW2 = 0.5f * width;
        float y1 = cy - halfH2;
        float x1 = cx - halfW2;
        po[4 * i + 0] = y1;
        po[4 * i + 1] = x1;
        po[4 * i + 2] = y1 + height;
        po[4 * i + 3] = x1 + width;
    }
    return out;
}

torch::Tensor clipBoxesGraph(const torch::Tensor& boxes, const std::array<float, 4>& window) {
    torch::Tensor b = checkedBoxes(boxes, "clip_boxes_graph boxes");
    const int64_t n = b.size(0);
    torch::Tensor out = torch::empty({n, 4}, torch::kFloat32);
    const float* pb = b.data_ptr<float>();
    float* po = out.data_ptr<float>();
    const float lo[4] = {window[0], window[1], window[0], window[1]};
    const float hi[4] = {window[2], window[3], window[2], window[3]};
    for (int64_t i = 0; i < 4 * n; ++i) {
        const int k = static_cast<int>(i & 3);
        // tf.maximum(tf.minimum(v, hi), lo) with Eigen's scalar forms (a NaN stays NaN).
        float v = pb[i];
        v = (hi[k] < v) ? hi[k] : v;
        v = (v < lo[k]) ? lo[k] : v;
        po[i] = v;
    }
    return out;
}

std::array<float, 4> normWindowGraph(const std::array<int64_t, 4>& windowPx, int64_t height,
                                     int64_t width) {
    if (height < 2 || width < 2)
        throw std::invalid_argument("norm_boxes_graph: image shape " + std::to_string(height) +
                                    "x" + std::to_string(width) + " must be at least 2x2");
    const float h = static_cast<float>(height) - 1.0f;
    const float w = static_cast<float>(width) - 1.0f;
    const float scale[4] = {h, w, h, w};
    const float shift[4] = {0.0f, 0.0f, 1.0f, 1.0f};
    std::array<float, 4> out{};
    for (int k = 0; k < 4; ++k)
        out[k] = (static_cast<float>(windowPx[k]) - shift[k]) / scale[k];
    return out;
}

}  // namespace mrcnn
