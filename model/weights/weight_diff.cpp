#include "weights/weight_diff.h"

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

namespace mrcnn {
namespace {

using Key = std::pair<std::string, std::string>;  // (layer, weight name)

std::map<Key, const torch::Tensor*> index(const KerasWeightFile& file) {
    std::map<Key, const torch::Tensor*> out;
    for (const auto& layer : file.layers)
        for (const auto& w : layer.weights)
            out.emplace(Key{layer.name, w.name}, &w.value);
    return out;
}

}  // namespace

size_t WeightDiff::changedCount() const {
    size_t n = 0;
    for (const auto& t : tensors)
        n += t.relativeChange != 0 ? 1 : 0;
    return n;
}

double relativeChange(const torch::Tensor& a, const torch::Tensor& b) {
    const torch::Tensor fa = a.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const torch::Tensor fb = b.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    if (fa.numel() != fb.numel())
        throw std::invalid_argument("relativeChange: tensors of different sizes");
    const float* pa = fa.data_ptr<float>();
    const float* pb = fb.data_ptr<float>();
    double diff = 0, ref = 0;
    for (int64_t i = 0; i < fa.numel(); ++i) {
        const double d = static_cast<double>(pa[i]) - static_cast<double>(pb[i]);
        diff += d * d;
        ref += static_cast<double>(pb[i]) * static_cast<double>(pb[i]);
    }
    if (std::isnan(diff) || std::isnan(ref))
        return std::numeric_limits<double>::quiet_NaN();
    if (ref == 0)
        return diff == 0 ? 0.0 : std::numeric_limits<double>::infinity();
    return std::sqrt(diff) / std::sqrt(ref);
}

WeightDiff diffWeights(const KerasWeightFile& a, const KerasWeightFile& b) {
    WeightDiff out;
    const auto inB = index(b);
    std::set<Key> seen;
    for (const auto& layer : a.layers)
        for (const auto& w : layer.weights) {
            const Key key{layer.name, w.name};
            seen.insert(key);
            const auto it = inB.find(key);
            if (it == inB.end()) {
                out.onlyInA.push_back({layer.name, w.name, w.value.sizes().vec()});
            } else if (!w.value.sizes().equals(it->second->sizes())) {
                out.shapeChanged.push_back(
                    {layer.name, w.name, w.value.sizes().vec(), it->second->sizes().vec()});
            } else {
                out.tensors.push_back({layer.name, w.name, relativeChange(w.value, *it->second)});
            }
        }
    for (const auto& layer : b.layers)
        for (const auto& w : layer.weights)
            if (!seen.count(Key{layer.name, w.name}))
                out.onlyInB.push_back({layer.name, w.name, w.value.sizes().vec()});
    return out;
}

}  // namespace mrcnn
