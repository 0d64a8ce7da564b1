#include "training/layer_selection.h"

#include <map>
#include <regex>
#include <stdexcept>

namespace mrcnn::training {

std::string layerRegex(const std::string& layers) {
    const std::string heads = R"((mrcnn_.*)|(rpn_.*)|(fpn_.*))";
    static const std::map<std::string, std::string> named = {
        {"heads", heads},
        {"3+", R"((res3.*)|(bn3.*)|(res4.*)|(bn4.*)|(res5.*)|(bn5.*)|)" + heads},
        {"4+", R"((res4.*)|(bn4.*)|(res5.*)|(bn5.*)|)" + heads},
        {"5+", R"((res5.*)|(bn5.*)|)" + heads},
        {"all", ".*"},
    };
    auto it = named.find(layers);
    return it != named.end() ? it->second : layers;
}

std::vector<std::string> trainableKeys(const ParamStore& params, const std::string& layers) {
    // The original writes "\_" for "_", an escape std::regex's ECMAScript grammar rejects.
    std::string pattern = layerRegex(layers);
    for (size_t at = pattern.find("\\_"); at != std::string::npos; at = pattern.find("\\_", at))
        pattern.erase(at, 1);
    std::regex re;
    try {
        re = std::regex(pattern);
    } catch (const std::regex_error& e) {
        throw std::invalid_argument(
            "--layers: not heads, 3+, 4+, 5+, all or a valid regular "
            "expression: " +
            layers);
    }
    std::vector<std::string> keys;
    for (const auto& [key, tensor] : params.tensors) {
        const auto slash = key.rfind('/');
        const std::string layer = key.substr(0, slash), weight = key.substr(slash + 1);
        if (weight == "moving_mean" || weight == "moving_variance")
            continue;
        if (std::regex_match(layer, re))
            keys.push_back(key);
    }
    return keys;
}

}  // namespace mrcnn::training
