#include "roi_align/roi_level.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "proposals/box_graph.h"

namespace mrcnn {

namespace {

// tf.cast(float -> int32) on x86: cvttss2si gives INT_MIN for NaN and out-of-range values.
int32_t castToInt32LikeX86(float v) {
    if (!std::isfinite(v) || v >= 2147483648.0f || v < -2147483648.0f)
        return std::numeric_limits<int32_t>::min();
    return static_cast<int32_t>(v);
}

}  // namespace

torch::Tensor roiLevels(const torch::Tensor& boxes, int64_t imageHeight, int64_t imageWidth) {
    torch::Tensor b = checkedBoxes(boxes, "PyramidROIAlign boxes");
    if (imageHeight <= 0 || imageWidth <= 0)
        throw std::invalid_argument("PyramidROIAlign: image shape " + std::to_string(imageHeight) +
                                    "x" + std::to_string(imageWidth) + " must be positive");
    const int64_t n = b.size(0);
    torch::Tensor levels = torch::empty({n}, torch::kInt32);
    const float* pb = b.data_ptr<float>();
    int32_t* pl = levels.data_ptr<int32_t>();
    // image_area = cast(H * W (int32), float32); 224.0 / sqrt(area) in float32.
    const float imageArea = static_cast<float>(static_cast<int32_t>(imageHeight * imageWidth));
    const float denom = 224.0f / std::sqrt(imageArea);
    const float ln2 = std::log(2.0f);
    for (int64_t i = 0; i < n; ++i) {
        const float* r = pb + 4 * i;
        const float h = r[2] - r[0];
        const float w = r[3] - r[1];
        const float area = h * w;
        const float ratio = std::sqrt(area) / denom;
        const float lv = std::log(ratio) / ln2;
        // tf.round is half-to-even: nearbyint in the default rounding mode.
        const float rounded = std::nearbyint(lv);
        const int64_t level = 4 + static_cast<int64_t>(castToInt32LikeX86(rounded));
        pl[i] = static_cast<int32_t>(std::min<int64_t>(5, std::max<int64_t>(2, level)));
    }
    return levels;
}

}  // namespace mrcnn
