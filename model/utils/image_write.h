#pragma once
// Writing images: the extension is checked before any work (so a command can refuse a
// `--png out.xyz` before it runs the model), and the file is written through an AtomicFile.

#include <string>

#include <opencv2/core/mat.hpp>

namespace mrcnn {

// Throws ImageError naming the path and the supported extensions unless OpenCV has an
// encoder for the path's extension.
void checkImageExtension(const std::string& path);

// Writes a BGR (or grey) image, chosen by the extension; throws ImageError or OutputError
// naming the path.
void writeImageBgr(const std::string& path, const cv::Mat& bgr);

}  // namespace mrcnn
