#include "utils/image_write.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>

#include "io/atomic_file.h"
#include "utils/image_io.h"

namespace mrcnn {

namespace {

std::string supportedExtensions() {
    std::string list;
    for (const char* ext : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".ppm"})
        if (cv::haveImageWriter(std::string("x") + ext))
            list += (list.empty() ? "" : ", ") + std::string(ext);
    return list;
}

}  // namespace

void checkImageExtension(const std::string& path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    bool known = false;
    try {
        known = !ext.empty() && cv::haveImageWriter(path);
    } catch (const cv::Exception&) {
    }
    if (!known)
        throw ImageError("cannot write image " + path + ": " +
                         (ext.empty() ? std::string("no extension")
                                      : "unknown image extension \"" + ext + "\"") +
                         " (supported: " + supportedExtensions() + ")");
}

void writeImageBgr(const std::string& path, const cv::Mat& bgr) {
    checkImageExtension(path);
    AtomicFile file(path);
    bool ok = false;
    try {
        ok = cv::imwrite(file.path(), bgr);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot write image " + path + ": " + e.what());
    }
    if (!ok)
        throw ImageError("cannot write image " + path + ": the encoder failed");
    file.commit();
}

}  // namespace mrcnn
