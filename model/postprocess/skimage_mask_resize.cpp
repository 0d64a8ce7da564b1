#include "postprocess/skimage_mask_resize.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace mrcnn {

namespace {

// Per output index along one axis: the two input taps (-1 / size mean outside) and weights.
struct Taps {
    std::vector<int64_t> i0, i1;
    std::vector<double> w0, w1;
};

Taps axisTaps(int64_t in, int64_t out) {
    Taps t;
    t.i0.resize(out);
    t.i1.resize(out);
    t.w0.resize(out);
    t.w1.resize(out);
    const double zoom = static_cast<double>(in) / static_cast<double>(out);
    for (int64_t r = 0; r < out; ++r) {
        double cc = static_cast<double>(r);
        cc += 0.5;
        cc *= zoom;
        cc -= 0.5;
        const double start = std::floor(cc);
        const double x = cc - start;
        t.w0[r] = 1.0 - x;
        t.w1[r] = 1.0 - t.w0[r];  // scipy makes the weights sum to exactly 1
        t.i0[r] = static_cast<int64_t>(start);
        t.i1[r] = t.i0[r] + 1;
    }
    return t;
}

}  // namespace

torch::Tensor skimageResizeMaskBilinear(const torch::Tensor& mask, int64_t outHeight,
                                        int64_t outWidth) {
    if (!mask.defined() || mask.dim() != 2 || mask.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("unmold_mask resize: mask must be float32 [h, w]");
    if (mask.size(0) < 1 || mask.size(1) < 1)
        throw std::invalid_argument("unmold_mask resize: empty mask " + c10::str(mask.sizes()));
    if (outHeight < 1 || outWidth < 1)
        throw std::invalid_argument("unmold_mask resize: output size " + std::to_string(outHeight) +
                                    "x" + std::to_string(outWidth) + " must be positive");
    torch::Tensor m = mask.contiguous();
    const int64_t h = m.size(0), w = m.size(1);
    const float* pm = m.data_ptr<float>();
    const Taps ty = axisTaps(h, outHeight);
    const Taps tx = axisTaps(w, outWidth);

    torch::Tensor out = torch::empty({outHeight, outWidth}, torch::kFloat32);
    float* po = out.data_ptr<float>();
    auto value = [&](int64_t y, int64_t x) -> double {
        if (y < 0 || y >= h || x < 0 || x >= w)
            return 0.0;  // grid-constant, cval 0
        return static_cast<double>(pm[y * w + x]);
    };
    for (int64_t r = 0; r < outHeight; ++r) {
        for (int64_t c = 0; c < outWidth; ++c) {
            // scipy's tap order: (y0, x0), (y0, x1), (y1, x0), (y1, x1); coeff = v * wy * wx.
            double acc = 0.0;
            acc += value(ty.i0[r], tx.i0[c]) * ty.w0[r] * tx.w0[c];
            acc += value(ty.i0[r], tx.i1[c]) * ty.w0[r] * tx.w1[c];
            acc += value(ty.i1[r], tx.i0[c]) * ty.w1[r] * tx.w0[c];
            acc += value(ty.i1[r], tx.i1[c]) * ty.w1[r] * tx.w1[c];
            po[r * outWidth + c] = static_cast<float>(acc);
        }
    }

    // skimage _clip_warp_output with cval 0 in mode 'constant'.
    const float lo = *std::min_element(pm, pm + h * w);
    const float hi = *std::max_element(pm, pm + h * w);
    const int64_t total = outHeight * outWidth;
    const float outMin = *std::min_element(po, po + total);
    const float outMax = *std::max_element(po, po + total);
    const bool preserveZero = !(lo <= 0.0f && 0.0f <= hi) && outMin <= 0.0f && 0.0f <= outMax;
    for (int64_t i = 0; i < total; ++i) {
        if (preserveZero && po[i] == 0.0f)
            continue;
        po[i] = std::min(std::max(po[i], lo), hi);
    }
    return out;
}

}  // namespace mrcnn
