#include "data/image_file.h"

#include <filesystem>

#include "data/dataset_error.h"
#include "utils/image_io.h"

namespace mrcnn {

torch::Tensor readImageRgb(const std::string& path, const std::string& record) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw DatasetError(path, record, "image file not found");
    try {
        return loadImageRgb(path);
    } catch (const ImageError& e) {
        // The file is named once, by DatasetError; keep only the reason.
        std::string reason = e.what();
        const std::string prefix = "cannot load image " + path + ": ";
        if (reason.rfind(prefix, 0) == 0)
            reason = "cannot load image: " + reason.substr(prefix.size());
        throw DatasetError(path, record, reason);
    }
}

std::pair<int64_t, int64_t> readImageSize(const std::string& path, const std::string& record) {
    auto image = readImageRgb(path, record);
    return {image.size(0), image.size(1)};
}

}  // namespace mrcnn
