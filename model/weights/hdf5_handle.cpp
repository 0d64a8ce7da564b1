#include "weights/hdf5_handle.h"

#include <vector>

#include "weights/keras_h5.h"

namespace mrcnn {

namespace h5 {
namespace {

herr_t collectMessage(unsigned /*n*/, const H5E_error2_t* err, void* data) {
    auto* messages = static_cast<std::vector<std::string>*>(data);
    if (err->desc != nullptr && err->desc[0] != '\0')
        messages->emplace_back(err->desc);
    return 0;
}

}  // namespace

std::string lastErrorText() {
    std::vector<std::string> messages;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collectMessage, &messages);
    // The innermost two messages say what went wrong (e.g. "truncated file: eof = ...").
    std::string text;
    const size_t first = messages.size() > 2 ? messages.size() - 2 : 0;
    for (size_t i = first; i < messages.size(); ++i)
        text += (text.empty() ? "" : "; ") + messages[i];
    return text;
}

}  // namespace h5

const KerasLayer* KerasWeightFile::find(const std::string& layerName) const {
    for (const auto& layer : layers)
        if (layer.name == layerName)
            return &layer;
    return nullptr;
}

}  // namespace mrcnn
