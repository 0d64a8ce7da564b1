#include "inspection/inspection.h"

#include <stdexcept>

namespace mrcnn {

const torch::Tensor& Inspection::tensor(std::string_view name) const {
    auto it = tensors.find(name);
    if (it == tensors.end())
        throw std::out_of_range("inspection has no tensor named '" + std::string(name) + "'" +
                                (hasFeatureMaps ? "" : " (feature maps are kept only on request)"));
    return it->second;
}

std::vector<std::string> Inspection::names() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : tensors)
        out.push_back(k);
    return out;
}

double Inspection::seconds(Stage stage) const {
    double s = 0;
    for (const auto& t : timings)
        if (t.stage == stage)
            s += t.seconds;
    return s;
}

double Inspection::totalSeconds() const {
    double s = 0;
    for (const auto& t : timings)
        s += t.seconds;
    return s;
}

std::vector<int64_t> indexVector(const torch::Tensor& indices) {
    if (!indices.defined() || indices.numel() == 0)
        return {};
    auto c = indices.to(torch::kInt64).contiguous().reshape({-1});
    return {c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel()};
}

}  // namespace mrcnn
