// skimageResize, resizeImage and resizeMask of image_ops.h: the image side of the original's
// utils.resize / resize_image / resize_mask, bit for bit in float64.

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <ATen/Parallel.h>

#include "utils/image_ops.h"

namespace mrcnn {
namespace {

// Per output index along one axis: the lower input neighbour (+1, as an index into a copy
// padded with one zero sample on each side) and the two bilinear weights. The coordinate is
// computed as scipy's zoom does with grid_mode=True: ((i + 0.5) * (in / out)) - 0.5.
struct AxisWeights {
    std::vector<int64_t> index;
    std::vector<double> w0;
    std::vector<double> w1;
};

AxisWeights bilinearAxis(int64_t nIn, int64_t nOut) {
    AxisWeights a;
    a.index.resize(nOut);
    a.w0.resize(nOut);
    a.w1.resize(nOut);
    const double zoom = static_cast<double>(nIn) / static_cast<double>(nOut);
    for (int64_t i = 0; i < nOut; ++i) {
        double c = static_cast<double>(i);
        c += 0.5;
        c *= zoom;
        c -= 0.5;
        const double f = std::floor(c);
        const double t = c - f;
        // c lies in (-0.5, nIn - 0.5), so the neighbours are within the one-sample zero border.
        a.index[i] = static_cast<int64_t>(f) + 1;
        a.w0[i] = 1.0 - t;
        a.w1[i] = t;
    }
    return a;
}

// Bilinear resize of a contiguous [H, W, C] array into float64 out [oh, ow, C]; samples
// outside the input are 0 and the terms are summed in scipy's order, ((v * wy) * wx) for the
// corners (y0, x0), (y0, x1), (y1, x0), (y1, x1). Input rows are widened to float64 (exact for
// uint8 and float32) two at a time, with the one-sample zero border, so a large uint8 image is
// never copied whole to float64 (8 bytes a value).
template <typename T>
void bilinearResize(const T* in, int64_t h, int64_t w, int64_t ch, double* out, int64_t oh,
                    int64_t ow) {
    const int64_t pw = w + 2;
    const AxisWeights ay = bilinearAxis(h, oh);
    const AxisWeights ax = bilinearAxis(w, ow);
    // Rows are independent: split them across threads (the result does not depend on it).
    at::parallel_for(0, oh, 16, [&](int64_t begin, int64_t end) {
        std::vector<double> rows[2] = {std::vector<double>(static_cast<size_t>(pw * ch), 0.0),
                                       std::vector<double>(static_cast<size_t>(pw * ch), 0.0)};
        int64_t held[2] = {-1, -1};  // padded row index each slot holds (0 and h + 1: zeros)
        auto load = [&](int slot, int64_t k) {
            held[slot] = k;
            double* d = rows[slot].data();
            if (k == 0 || k == h + 1) {
                std::fill(d, d + pw * ch, 0.0);
                return;
            }
            const T* src = in + (k - 1) * w * ch;
            std::fill(d, d + ch, 0.0);
            for (int64_t i = 0; i < w * ch; ++i)
                d[ch + i] = static_cast<double>(src[i]);
            std::fill(d + (w + 1) * ch, d + pw * ch, 0.0);
        };
        for (int64_t r = begin; r < end; ++r) {
            const int64_t k0 = ay.index[r];
            const int64_t k1 = k0 + 1;
            int s0 = held[0] == k0 ? 0 : (held[1] == k0 ? 1 : -1);
            if (s0 < 0) {
                s0 = held[0] == k1 ? 1 : 0;
                load(s0, k0);
            }
            const int s1 = 1 - s0;
            if (held[s1] != k1)
                load(s1, k1);
            const double* row0 = rows[s0].data();
            const double* row1 = rows[s1].data();
            const double a = ay.w0[r];
            const double b = ay.w1[r];
            double* o = out + r * ow * ch;
            for (int64_t c = 0; c < ow; ++c) {
                const int64_t x0 = ax.index[c] * ch;
                const int64_t x1 = x0 + ch;
                const double wx0 = ax.w0[c];
                const double wx1 = ax.w1[c];
                for (int64_t k = 0; k < ch; ++k) {
                    double t = (row0[x0 + k] * a) * wx0;
                    t += (row0[x1 + k] * a) * wx1;
                    t += (row1[x0 + k] * b) * wx0;
                    t += (row1[x1 + k] * b) * wx1;
                    o[c * ch + k] = t;
                }
            }
        }
    });
}

// The input's range for the clip (NaN-safe like skimage's nanmin/nanmax path).
template <typename T>
std::pair<double, double> valueRange(const T* p, int64_t n) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int64_t i = 0; i < n; ++i) {
        const auto v = static_cast<double>(p[i]);
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return {lo, hi};
}

std::string shapeText(const torch::Tensor& t) {
    return c10::str(t.sizes());
}

int64_t pythonRound(double v) {
    return static_cast<int64_t>(std::nearbyint(v));
}

// Zero padding of the two spatial axes of [H, W] or [H, W, C].
torch::Tensor padSpatial(const torch::Tensor& image, int64_t top, int64_t bottom, int64_t left,
                         int64_t right) {
    if (top == 0 && bottom == 0 && left == 0 && right == 0)
        return image;
    auto sizes = image.sizes().vec();
    sizes[0] += top + bottom;
    sizes[1] += left + right;
    auto out = torch::zeros(sizes, image.options());
    out.narrow(0, top, image.size(0)).narrow(1, left, image.size(1)).copy_(image);
    return out;
}

}  // namespace

torch::Tensor skimageResize(const torch::Tensor& image, int64_t outHeight, int64_t outWidth) {
    if (!image.defined() || (image.dim() != 2 && image.dim() != 3)) {
        throw std::invalid_argument("skimageResize: expected an image [H, W] or [H, W, C]");
    }
    if (outHeight <= 0 || outWidth <= 0) {
        throw std::invalid_argument("skimageResize: output size must be positive, got " +
                                    std::to_string(outHeight) + "x" + std::to_string(outWidth));
    }
    const int64_t h = image.size(0);
    const int64_t w = image.size(1);
    const int64_t ch = image.dim() == 3 ? image.size(2) : 1;
    if (h == 0 || w == 0) {
        throw std::invalid_argument("skimageResize: empty input image " + shapeText(image));
    }
    std::vector<int64_t> outSizes = {outHeight, outWidth};
    if (image.dim() == 3)
        outSizes.push_back(ch);
    auto out = torch::empty(outSizes, torch::kFloat64);
    if (ch == 0)
        return out.to(image.scalar_type() == torch::kBool ? torch::kFloat64 : image.scalar_type());
    double* op = out.data_ptr<double>();
    double lo = 0, hi = 0;
    // uint8 and float32 are read in place; other types go through a float64 copy.
    if (image.scalar_type() == torch::kUInt8) {
        const auto in = image.contiguous();
        bilinearResize(in.data_ptr<uint8_t>(), h, w, ch, op, outHeight, outWidth);
        std::tie(lo, hi) = valueRange(in.data_ptr<uint8_t>(), in.numel());
    } else if (image.scalar_type() == torch::kFloat32) {
        const auto in = image.contiguous();
        bilinearResize(in.data_ptr<float>(), h, w, ch, op, outHeight, outWidth);
        std::tie(lo, hi) = valueRange(in.data_ptr<float>(), in.numel());
    } else {
        const auto in = image.to(torch::kFloat64).contiguous();
        bilinearResize(in.data_ptr<double>(), h, w, ch, op, outHeight, outWidth);
        std::tie(lo, hi) = valueRange(in.data_ptr<double>(), in.numel());
    }
    const auto type = image.scalar_type();
    if (type == torch::kFloat32) {
        // scipy writes a float32 output; skimage then clips it in float32.
        auto f = out.to(torch::kFloat32);
        return torch::clamp(f, static_cast<float>(lo), static_cast<float>(hi));
    }
    out.clamp_(lo, hi);
    if (type == torch::kFloat64 || type == torch::kBool)
        return out;
    return out.to(type);  // integers: truncation, as resize_image's astype does
}

ResizeResult resizeImage(const torch::Tensor& image, int minDim, int maxDim, double minScale,
                         const std::string& mode, std::optional<std::array<int64_t, 2>> cropYX,
                         uint64_t seed) {
    if (!image.defined() || (image.dim() != 2 && image.dim() != 3)) {
        throw std::invalid_argument("resizeImage: expected an image [H, W] or [H, W, C]");
    }
    if (mode != "none" && mode != "square" && mode != "pad64" && mode != "crop") {
        throw std::invalid_argument("resizeImage: mode " + mode + " not supported");
    }
    int64_t h = image.size(0);
    int64_t w = image.size(1);
    if (h <= 0 || w <= 0)
        throw std::invalid_argument("resizeImage: empty image");
    ResizeResult r;
    r.window = {0, 0, h, w};
    r.image = image;
    if (mode == "none")
        return r;

    // 0 plays the role of None for minDim, maxDim and minScale.
    double scale = 1.0;
    if (minDim)
        scale = std::max(1.0, static_cast<double>(minDim) / static_cast<double>(std::min(h, w)));
    if (minScale != 0.0 && scale < minScale)
        scale = minScale;
    if (mode == "square") {
        if (maxDim <= 0)
            throw std::invalid_argument("resizeImage: square mode needs max_dim");
        const int64_t imageMax = std::max(h, w);
        if (pythonRound(static_cast<double>(imageMax) * scale) > maxDim) {
            scale = static_cast<double>(maxDim) / static_cast<double>(imageMax);
        }
    }
    r.scale = scale;
    if (scale != 1.0) {
        const int64_t nh = pythonRound(static_cast<double>(h) * scale);
        const int64_t nw = pythonRound(static_cast<double>(w) * scale);
        auto resized = skimageResize(image, nh, nw);
        r.image = resized.to(image.scalar_type());
        h = nh;
        w = nw;
    }

    if (mode == "square") {
        if (h > maxDim || w > maxDim) {
            throw std::invalid_argument("resizeImage: resized image exceeds max_dim");
        }
        const int64_t top = (maxDim - h) / 2;
        const int64_t left = (maxDim - w) / 2;
        r.padding = {{{top, maxDim - h - top}, {left, maxDim - w - left}, {0, 0}}};
    } else if (mode == "pad64") {
        if (minDim % 64 != 0) {
            throw std::invalid_argument("resizeImage: pad64 needs min_dim a multiple of 64, got " +
                                        std::to_string(minDim));
        }
        auto split = [](int64_t n) -> std::array<int64_t, 2> {
            if (n % 64 == 0)
                return {0, 0};
            const int64_t total = n - (n % 64) + 64;
            const int64_t first = (total - n) / 2;
            return {first, total - n - first};
        };
        r.padding = {split(h), split(w), std::array<int64_t, 2>{0, 0}};
    } else {  // crop
        if (minDim <= 0 || h < minDim || w < minDim) {
            throw std::invalid_argument(
                "resizeImage: crop mode needs an image of at least min_dim (" +
                std::to_string(minDim) + ") after scaling, got " + std::to_string(h) + "x" +
                std::to_string(w));
        }
        int64_t y = 0;
        int64_t x = 0;
        if (cropYX) {
            y = (*cropYX)[0];
            x = (*cropYX)[1];
            if (y < 0 || x < 0 || y > h - minDim || x > w - minDim) {
                throw std::invalid_argument("resizeImage: crop offset outside the image");
            }
        } else {
            // Python's random.randint stream cannot be reproduced; a seeded uniform draw.
            std::mt19937_64 rng(seed);
            y = std::uniform_int_distribution<int64_t>(0, h - minDim)(rng);
            x = std::uniform_int_distribution<int64_t>(0, w - minDim)(rng);
        }
        r.crop = std::array<int64_t, 4>{y, x, minDim, minDim};
        r.image = r.image.narrow(0, y, minDim).narrow(1, x, minDim).contiguous();
        r.window = {0, 0, minDim, minDim};
        return r;
    }
    const auto& p = r.padding;
    r.image = padSpatial(r.image, p[0][0], p[0][1], p[1][0], p[1][1]);
    r.window = {p[0][0], p[1][0], h + p[0][0], w + p[1][0]};
    return r;
}

torch::Tensor resizeMask(const torch::Tensor& mask, double scale,
                         const std::array<std::array<int64_t, 2>, 3>& padding,
                         const std::optional<std::array<int64_t, 4>>& crop) {
    if (!mask.defined() || mask.dim() != 3) {
        throw std::invalid_argument("resizeMask: expected a mask [H, W, N]");
    }
    if (!(scale > 0) || !std::isfinite(scale)) {
        throw std::invalid_argument("resizeMask: scale must be positive");
    }
    const int64_t h = mask.size(0);
    const int64_t w = mask.size(1);
    const int64_t oh = pythonRound(static_cast<double>(h) * scale);
    const int64_t ow = pythonRound(static_cast<double>(w) * scale);
    // scipy.ndimage.zoom order 0, grid_mode False: output i reads round-half-up(i * zoom) with
    // zoom = (in - 1) / (out - 1); a coordinate beyond in - 1 (by rounding) reads cval 0.
    auto axis = [](int64_t nIn, int64_t nOut) {
        std::vector<int64_t> idx(std::max<int64_t>(nOut, 0));
        const double zoom =
            nOut > 1 ? static_cast<double>(nIn - 1) / static_cast<double>(nOut - 1) : 1.0;
        for (int64_t i = 0; i < nOut; ++i) {
            const double c = static_cast<double>(i) * zoom;
            idx[i] = c > static_cast<double>(nIn - 1)
                         ? nIn  // the zero row/column appended below
                         : std::min<int64_t>(static_cast<int64_t>(std::floor(c + 0.5)), nIn - 1);
        }
        return torch::tensor(idx, torch::kInt64).reshape({static_cast<int64_t>(idx.size())});
    };
    torch::Tensor out;
    if (h == 0 || w == 0 || oh <= 0 || ow <= 0) {
        out = torch::zeros({std::max<int64_t>(oh, 0), std::max<int64_t>(ow, 0), mask.size(2)},
                           mask.options());
    } else {
        auto padded = padSpatial(mask, 0, 1, 0, 1);
        out = padded.index_select(0, axis(h, oh)).index_select(1, axis(w, ow));
    }
    if (crop) {
        const auto [y, x, ch, cw] = *crop;
        if (y < 0 || x < 0 || ch < 0 || cw < 0) {
            throw std::invalid_argument("resizeMask: negative crop");
        }
        // numpy slicing clamps to the array.
        const int64_t y0 = std::min(y, out.size(0));
        const int64_t x0 = std::min(x, out.size(1));
        const int64_t y1 = std::min(y + ch, out.size(0));
        const int64_t x1 = std::min(x + cw, out.size(1));
        return out.narrow(0, y0, y1 - y0).narrow(1, x0, x1 - x0).contiguous();
    }
    for (int i = 0; i < 3; ++i) {
        if (padding[i][0] < 0 || padding[i][1] < 0) {
            throw std::invalid_argument("resizeMask: negative padding");
        }
    }
    if (padding[2][0] != 0 || padding[2][1] != 0) {
        auto sizes = out.sizes().vec();
        sizes[2] += padding[2][0] + padding[2][1];
        auto full = torch::zeros(sizes, out.options());
        full.narrow(2, padding[2][0], out.size(2)).copy_(out);
        out = full;
    }
    return padSpatial(out, padding[0][0], padding[0][1], padding[1][0], padding[1][1]);
}

}  // namespace mrcnn
