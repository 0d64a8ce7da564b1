#include "weights/param_store.h"

#include <stdexcept>

#include "weights/keras_h5.h"

namespace mrcnn {

const torch::Tensor& ParamStore::at(const std::string& key) const {
    auto it = tensors.find(key);
    if (it == tensors.end())
        throw WeightsError("parameter '" + key + "' is not in the weights (" +
                           std::to_string(tensors.size()) + " parameters loaded)");
    return it->second;
}

bool ParamStore::hasMaskHead() const {
    for (const auto& [key, value] : tensors)
        if (key.rfind("mrcnn_mask", 0) == 0)
            return true;
    return false;
}

}  // namespace mrcnn
