#include "roi_align/crop_and_resize.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "proposals/box_graph.h"

namespace mrcnn {

namespace {

// Sample positions along one axis for all boxes ([N * crop] entries), TF's float arithmetic.
struct AxisPlan {
    std::vector<int64_t> lo;  // floor(in), 0 when invalid
    std::vector<int64_t> hi;  // ceil(in), 0 when invalid
    std::vector<float> lerp;  // in - floor(in)
    std::vector<char> valid;  // in inside [0, size - 1]
};

void planAxis(const float* boxes, int64_t n, int first, int64_t size, int64_t crop,
              AxisPlan& plan) {
    plan.lo.assign(n * crop, 0);
    plan.hi.assign(n * crop, 0);
    plan.lerp.assign(n * crop, 0.0f);
    plan.valid.assign(n * crop, 0);
    const float sizeM1 = static_cast<float>(size - 1);
    for (int64_t b = 0; b < n; ++b) {
        const float a1 = boxes[4 * b + first];
        const float a2 = boxes[4 * b + first + 2];
        const float scale = crop > 1 ? (a2 - a1) * sizeM1 / static_cast<float>(crop - 1) : 0.0f;
        for (int64_t i = 0; i < crop; ++i) {
            // The P = 1 branch multiplies by the double literal 0.5 in the kernel.
            const float in =
                crop > 1 ? a1 * sizeM1 + static_cast<float>(i) * scale
                         : static_cast<float>(0.5 * static_cast<double>(a1 + a2) * (size - 1));
            if (in < 0.0f || in > sizeM1 || std::isnan(in))
                continue;
            const float lo = std::floor(in);
            const int64_t k = b * crop + i;
            plan.valid[k] = 1;
            plan.lo[k] = static_cast<int64_t>(lo);
            plan.hi[k] = static_cast<int64_t>(std::ceil(in));
            plan.lerp[k] = in - lo;
        }
    }
}

// [C, H, W] (logical) as a contiguous [H, W, C] tensor: no copy when the memory already is
// channels-last, as the pipeline's feature maps are.
torch::Tensor hwcOf(const torch::Tensor& image) {
    if (!image.defined() || image.dim() != 3 || image.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("crop_and_resize: image must be float32 [C, H, W]");
    if (image.size(1) < 1 || image.size(2) < 1)
        throw std::invalid_argument("crop_and_resize: image is empty: " + c10::str(image.sizes()));
    return image.permute({1, 2, 0}).contiguous();
}

}  // namespace

void cropAndResizeInto(const torch::Tensor& image, const torch::Tensor& boxes,
                       const torch::Tensor& rows, torch::Tensor& out, float extrapolationValue) {
    torch::Tensor hwc = hwcOf(image);
    torch::Tensor b = checkedBoxes(boxes, "crop_and_resize boxes");
    const int64_t h = hwc.size(0), w = hwc.size(1), c = hwc.size(2);
    const int64_t n = b.size(0);
    if (!out.defined() || out.dim() != 4 || out.scalar_type() != torch::kFloat32 ||
        out.size(1) != c || !out.permute({0, 2, 3, 1}).is_contiguous())
        throw std::invalid_argument("crop_and_resize: output must be float32 [M, " +
                                    std::to_string(c) + ", P, Q] in channels-last memory");
    if (rows.scalar_type() != torch::kInt64 || rows.dim() != 1 || rows.size(0) != n)
        throw std::invalid_argument("crop_and_resize: rows must be int64 [N]");
    const int64_t ph = out.size(2), pw = out.size(3);
    if (ph < 1 || pw < 1)
        throw std::invalid_argument("crop_and_resize: crop size must be positive, got " +
                                    std::to_string(ph) + "x" + std::to_string(pw));
    torch::Tensor r = rows.contiguous();
    const int64_t* pr = r.data_ptr<int64_t>();
    for (int64_t i = 0; i < n; ++i)
        if (pr[i] < 0 || pr[i] >= out.size(0))
            throw std::invalid_argument("crop_and_resize: row " + std::to_string(pr[i]) +
                                        " outside the output's " + std::to_string(out.size(0)));
    if (n == 0 || c == 0)
        return;

    AxisPlan ys, xs;
    planAxis(b.data_ptr<float>(), n, 0, h, ph, ys);
    planAxis(b.data_ptr<float>(), n, 1, w, pw, xs);
    const float* pimg = hwc.data_ptr<float>();
    float* pout = out.data_ptr<float>();

    // Each sample is a vector over the channels, read from four contiguous pixel vectors and
    // written contiguously: the per-element arithmetic is the kernel's, in the kernel's order.
    at::parallel_for(0, n, 16, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            float* o = pout + pr[i] * ph * pw * c;
            for (int64_t py = 0; py < ph; ++py) {
                const int64_t ky = i * ph + py;
                float* orow = o + py * pw * c;
                if (!ys.valid[ky]) {
                    std::fill(orow, orow + pw * c, extrapolationValue);
                    continue;
                }
                const float* top = pimg + ys.lo[ky] * w * c;
                const float* bottom = pimg + ys.hi[ky] * w * c;
                const float yl = ys.lerp[ky];
                for (int64_t px = 0; px < pw; ++px) {
                    const int64_t kx = i * pw + px;
                    float* ov = orow + px * c;
                    if (!xs.valid[kx]) {
                        std::fill(ov, ov + c, extrapolationValue);
                        continue;
                    }
                    const float xl = xs.lerp[kx];
                    const float* tl = top + xs.lo[kx] * c;
                    const float* tr = top + xs.hi[kx] * c;
                    const float* bl = bottom + xs.lo[kx] * c;
                    const float* br = bottom + xs.hi[kx] * c;
                    for (int64_t ch = 0; ch < c; ++ch) {
                        const float t = tl[ch] + (tr[ch] - tl[ch]) * xl;
                        const float bt = bl[ch] + (br[ch] - bl[ch]) * xl;
                        ov[ch] = t + (bt - t) * yl;
                    }
                }
            }
        }
    });
}

torch::Tensor cropAndResize(const torch::Tensor& image, const torch::Tensor& boxes,
                            int64_t cropHeight, int64_t cropWidth, float extrapolationValue) {
    torch::Tensor hwc = hwcOf(image);
    torch::Tensor b = checkedBoxes(boxes, "crop_and_resize boxes");
    if (cropHeight < 1 || cropWidth < 1)
        throw std::invalid_argument("crop_and_resize: crop size must be positive, got " +
                                    std::to_string(cropHeight) + "x" + std::to_string(cropWidth));
    torch::Tensor out = torch::empty({b.size(0), hwc.size(2), cropHeight, cropWidth},
                                     torch::TensorOptions()
                                         .dtype(torch::kFloat32)
                                         .memory_format(at::MemoryFormat::ChannelsLast));
    cropAndResizeInto(image, b, torch::arange(b.size(0), torch::kInt64), out, extrapolationValue);
    return out;
}

}  // namespace mrcnn
