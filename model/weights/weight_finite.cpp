#include "weights/weight_finite.h"

#include <cmath>

namespace mrcnn {

std::vector<NonFiniteTensor> nonFiniteTensors(const KerasWeightFile& file) {
    std::vector<NonFiniteTensor> out;
    for (const auto& layer : file.layers) {
        for (const auto& w : layer.weights) {
            if (!w.value.defined() || w.value.numel() == 0)
                continue;
            const torch::Tensor t = w.value.to(torch::kFloat32).contiguous();
            const float* p = t.data_ptr<float>();
            const int64_t n = t.numel();
            int64_t nan = 0, inf = 0;
            for (int64_t i = 0; i < n; ++i) {
                nan += std::isnan(p[i]) ? 1 : 0;
                inf += std::isinf(p[i]) ? 1 : 0;
            }
            if (nan + inf > 0)
                out.push_back({layer.name + "/" + w.name, nan, inf, n});
        }
    }
    return out;
}

std::string describeNonFinite(const std::vector<NonFiniteTensor>& bad, size_t maxNames) {
    if (bad.empty())
        return "";
    std::string s = std::to_string(bad.size()) +
                    (bad.size() == 1 ? " tensor holds" : " tensors hold") + " NaN/Inf values: ";
    for (size_t i = 0; i < bad.size() && i < maxNames; ++i) {
        const auto& b = bad[i];
        std::string counts;
        if (b.nan)
            counts = std::to_string(b.nan) + " NaN";
        if (b.inf)
            counts += (counts.empty() ? "" : ", ") + std::to_string(b.inf) + " Inf";
        s += (i ? ", " : "") + b.name + " (" + counts + " of " + std::to_string(b.numel) + ")";
    }
    if (bad.size() > maxNames)
        s += " and " + std::to_string(bad.size() - maxNames) + " more";
    return s;
}

}  // namespace mrcnn
