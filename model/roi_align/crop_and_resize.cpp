#include "roi_align/crop_and_resize.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "proposals/box_graph.h"

namespace mrcnn {

namespace {

// Sample positions along one axis for one box, TF's float arithmetic.
struct AxisSamples {
    std::vector<float> pos;   // in_y or in_x
    std::vector<int64_t> lo;  // floor
    std::vector<int64_t> hi;  // ceil
    std::vector<float> lerp;  // pos - floor
    std::vector<char> valid;  // inside [0, size-1]
};

void axisSamples(float a1, float a2, int64_t size, int64_t crop, AxisSamples& s) {
    const float sizeM1 = static_cast<float>(size - 1);
    const float scale = crop > 1 ? (a2 - a1) * sizeM1 / static_cast<float>(crop - 1) : 0.0f;
    s.pos.resize(crop);
    s.lo.resize(crop);
    s.hi.resize(crop);
    s.lerp.resize(crop);
    s.valid.resize(crop);
    for (int64_t i = 0; i < crop; ++i) {
        // The P = 1 branch multiplies by the double literal 0.5 in the kernel.
        const float in = crop > 1
                             ? a1 * sizeM1 + static_cast<float>(i) * scale
                             : static_cast<float>(0.5 * static_cast<double>(a1 + a2) * (size - 1));
        s.pos[i] = in;
        s.valid[i] = (in < 0.0f || in > sizeM1 || std::isnan(in)) ? 0 : 1;
        if (!s.valid[i]) {
            s.lo[i] = s.hi[i] = 0;  // never read, but keeps the row pointers in range
            s.lerp[i] = 0.0f;
            continue;
        }
        const float lo = std::floor(in);
        s.lo[i] = static_cast<int64_t>(lo);
        s.hi[i] = static_cast<int64_t>(std::ceil(in));
        s.lerp[i] = in - lo;
    }
}

}  // namespace

torch::Tensor cropAndResize(const torch::Tensor& imageHwc, const torch::Tensor& boxes,
                            int64_t cropHeight, int64_t cropWidth, float extrapolationValue) {
    if (!imageHwc.defined() || imageHwc.dim() != 3 || imageHwc.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("crop_and_resize: image must be float32 [H, W, C]");
    if (imageHwc.size(0) < 1 || imageHwc.size(1) < 1)
        throw std::invalid_argument("crop_and_resize: image is empty: " +
                                    c10::str(imageHwc.sizes()));
    if (cropHeight < 1 || cropWidth < 1)
        throw std::invalid_argument("crop_and_resize: crop size must be positive, got " +
                                    std::to_string(cropHeight) + "x" + std::to_string(cropWidth));
    torch::Tensor b = checkedBoxes(boxes, "crop_and_resize boxes");
    torch::Tensor img = imageHwc.contiguous();
    const int64_t h = img.size(0), w = img.size(1), c = img.size(2);
    const int64_t n = b.size(0);
    torch::Tensor out = torch::empty({n, cropHeight, cropWidth, c}, torch::kFloat32);
    if (n == 0 || c == 0)
        return out;
    const float* pimg = img.data_ptr<float>();
    const float* pb = b.data_ptr<float>();
    float* pout = out.data_ptr<float>();

    at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
        AxisSamples ys, xs;
        for (int64_t i = begin; i < end; ++i) {
            const float* r = pb + 4 * i;
            axisSamples(r[0], r[2], h, cropHeight, ys);
            axisSamples(r[1], r[3], w, cropWidth, xs);
            float* obox = pout + i * cropHeight * cropWidth * c;
            for (int64_t py = 0; py < cropHeight; ++py) {
                float* orow = obox + py * cropWidth * c;
                const float yl = ys.lerp[py];
                const float* top = pimg + ys.lo[py] * w * c;
                const float* bottom = pimg + ys.hi[py] * w * c;
                for (int64_t px = 0; px < cropWidth; ++px) {
                    float* o = orow + px * c;
                    if (!ys.valid[py] || !xs.valid[px]) {
                        std::fill(o, o + c, extrapolationValue);
                        continue;
                    }
                    const float xl = xs.lerp[px];
                    const float* tl = top + xs.lo[px] * c;
                    const float* tr = top + xs.hi[px] * c;
                    const float* bl = bottom + xs.lo[px] * c;
                    const float* br = bottom + xs.hi[px] * c;
                    for (int64_t d = 0; d < c; ++d) {
                        const float t = tl[d] + (tr[d] - tl[d]) * xl;
                        const float bt = bl[d] + (br[d] - bl[d]) * xl;
                        o[d] = t + (bt - t) * yl;
                    }
                }
            }
        }
    });
    return out;
}

}  // namespace mrcnn
