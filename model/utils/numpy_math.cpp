#include "utils/numpy_math.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace mrcnn {
namespace {

// Constants of numpy's kernels (npy_simd_data.h / npy_math.h).
constexpr float kLog2e = 1.442695040888963407359924681001892137f;
constexpr float kLn2 = 0.693147180559945309417232121458176568f;
constexpr float kSqrtHalf = 0.707106781186547524400844362104849039f;
constexpr float kRintMagic = 0x1.800000p+23f;
constexpr float kCodyWaiteHigh = -6.93145752e-1f;
constexpr float kCodyWaiteLow = -1.42860677e-6f;
constexpr float kExpMax = 88.72283935546875f;
constexpr float kExpMin = -103.97208404541015625f;
constexpr float kExpP[6] = {9.999999999980870924916e-01f, 7.257664613233124478488e-01f,
                            2.473615434895520810817e-01f, 5.114512081637298353406e-02f,
                            6.757896990527504603057e-03f, 5.082762527590693718096e-04f};
constexpr float kExpQ[3] = {1.0f, -2.742335390411667452936e-01f, 2.159509375685829852307e-02f};
constexpr float kLogP[6] = {0.0f,
                            9.999999999999998702752e-01f,
                            2.112677543073053063722e+00f,
                            1.480000633576506585156e+00f,
                            3.808837741388407920751e-01f,
                            2.589979117907922693523e-02f};
constexpr float kLogQ[6] = {1.0f,
                            2.612677543073109236779e+00f,
                            2.453006071784736363091e+00f,
                            9.864942958519418960339e-01f,
                            1.546476374983906719538e-01f,
                            5.875095403124574342950e-03f};

// volatile keeps the compiler from folding the magic-number rounding away.
float roundToNearest(float v) {
    volatile float t = v + kRintMagic;
    return t - kRintMagic;
}

torch::Tensor mapFloat(const torch::Tensor& x, float (*fn)(float), const char* what) {
    if (!x.defined() || x.scalar_type() != torch::kFloat32) {
        throw std::invalid_argument(std::string(what) + ": expected a float32 tensor");
    }
    auto in = x.contiguous();
    auto out = torch::empty_like(in);
    const float* ip = in.data_ptr<float>();
    float* op = out.data_ptr<float>();
    for (int64_t i = 0, n = in.numel(); i < n; ++i)
        op[i] = fn(ip[i]);
    return out;
}

}  // namespace

float numpyExpF32(float x) {
    if (std::isnan(x))
        return std::numeric_limits<float>::quiet_NaN();
    if (x >= kExpMax)
        return std::numeric_limits<float>::infinity();
    if (x <= kExpMin)
        return 0.0f;
    const float quadrant = roundToNearest(x * kLog2e);
    float r = std::fmaf(quadrant, kCodyWaiteHigh, x);
    r = std::fmaf(quadrant, kCodyWaiteLow, r);
    float num = std::fmaf(kExpP[5], r, kExpP[4]);
    num = std::fmaf(num, r, kExpP[3]);
    num = std::fmaf(num, r, kExpP[2]);
    num = std::fmaf(num, r, kExpP[1]);
    num = std::fmaf(num, r, kExpP[0]);
    float den = std::fmaf(kExpQ[2], r, kExpQ[1]);
    den = std::fmaf(den, r, kExpQ[0]);
    const float poly = num / den;
    return std::ldexp(poly, static_cast<int>(quadrant));  // exact scaling by 2^quadrant
}

float numpyLogF32(float x) {
    if (std::isnan(x))
        return std::numeric_limits<float>::quiet_NaN();
    if (x < 0.0f)
        return -std::numeric_limits<float>::quiet_NaN();
    if (x == 0.0f)
        return -std::numeric_limits<float>::infinity();
    if (std::isinf(x))
        return x;
    int e = 0;
    float m = std::frexp(x, &e);  // m in [0.5, 1)
    float exponent = static_cast<float>(e);
    if (m <= kSqrtHalf) {
        m = m + m;
        exponent = exponent - 1.0f;
    }
    m = m - 1.0f;
    float num = std::fmaf(kLogP[5], m, kLogP[4]);
    num = std::fmaf(num, m, kLogP[3]);
    num = std::fmaf(num, m, kLogP[2]);
    num = std::fmaf(num, m, kLogP[1]);
    num = std::fmaf(num, m, kLogP[0]);
    float den = std::fmaf(kLogQ[5], m, kLogQ[4]);
    den = std::fmaf(den, m, kLogQ[3]);
    den = std::fmaf(den, m, kLogQ[2]);
    den = std::fmaf(den, m, kLogQ[1]);
    den = std::fmaf(den, m, kLogQ[0]);
    return std::fmaf(exponent, kLn2, num / den);
}

torch::Tensor numpyExp(const torch::Tensor& x) {
    return mapFloat(x, numpyExpF32, "numpyExp");
}
torch::Tensor numpyLog(const torch::Tensor& x) {
    return mapFloat(x, numpyLogF32, "numpyLog");
}

}  // namespace mrcnn
