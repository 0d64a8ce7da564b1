#include "utils/image_io.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "io/input_file.h"
#include "utils/image_header.h"
#include "utils/image_write.h"

namespace mrcnn {

// Besides the reasons image_io.h lists: special files (FIFO, device, symlink loop) and images
// over maxImagePixels() by their header's size, refused before decoding.
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
    throw ImageError("cannot load image " + path + ": " + reason);
}

std::vector<uint8_t> readBytes(const std::string& path) {
    std::string text;
    try {
        text = readInputFile(path);  // a FIFO, device, folder or symlink loop is named here
    } catch (const InputFileError& e) {
        fail(path, e.reason());
    }
    return std::vector<uint8_t>(text.begin(), text.end());
}

// The decoders allocate from the header's size: refuse a huge one before they do.
void checkDeclaredSize(const std::string& path, const std::vector<uint8_t>& b) {
    const auto header = readImageHeaderSize(b.data(), b.size());
    if (!header)
        return;  // unknown or cut header: the decoder reports it (OpenCV caps at 2^30 pixels)
    const std::string size = std::to_string(header->width) + "x" + std::to_string(header->height);
    if (header->width == 0 || header->height == 0)
        fail(path, header->format + " header declares an empty image (" + size + ")");
    const uint64_t pixels = header->width * header->height;
    const uint64_t limit = maxImagePixels();
    if (pixels > limit)
        fail(path, header->format + " image of " + size + " = " + std::to_string(pixels) +
                       " pixels is over the limit of " + std::to_string(limit) +
                       " pixels (raise it with --max-image-pixels N or MRCNN_MAX_IMAGE_PIXELS=N)");
}

bool startsWith(const std::vector<uint8_t>& b, std::initializer_list<uint8_t> magic) {
    return b.size() >= magic.size() && std::equal(magic.begin(), magic.end(), b.begin());
}

// Decoders may return a partial image for a cut file (libjpeg fills the rest with grey), so
// the end markers of the two common formats are checked explicitly.
void checkComplete(const std::string& path, const std::vector<uint8_t>& b) {
    if (startsWith(b, {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
        static const uint8_t iend[] = {'I', 'E', 'N', 'D'};
        auto it = std::search(b.begin(), b.end(), std::begin(iend), std::end(iend));
        if (it == b.end())
            fail(path, "truncated PNG (no IEND chunk)");
    } else if (startsWith(b, {0xff, 0xd8})) {
        size_t end = b.size();
        while (end > 2 && b[end - 1] == 0)
            --end;  // tolerate zero padding after EOI
        if (end < 4 || b[end - 2] != 0xff || b[end - 1] != 0xd9) {
            fail(path, "truncated JPEG (no end-of-image marker)");
        }
    }
}

}  // namespace

cv::Mat decodeImageFile(const std::string& path) {
    std::vector<uint8_t> bytes = readBytes(path);
    if (bytes.empty())
        fail(path, "empty file");
    if (!decodableImageFormat(bytes.data(), bytes.size()))
        fail(path,
             std::string("not an image in a format read here (") + kDecodableImageFormats + ")");
    checkDeclaredSize(path, bytes);
    checkComplete(path, bytes);
    cv::Mat decoded;
    try {
        // UNCHANGED keeps 16-bit depth and alpha and ignores EXIF orientation, like
        // skimage.io.imread.
        decoded = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        fail(path, std::string("corrupt image data (") + e.what() + ")");
    }
    if (decoded.empty())
        fail(path, "not an image or corrupt image data");
    if (decoded.dims != 2 || decoded.rows <= 0 || decoded.cols <= 0)
        fail(path, "empty image");
    return decoded;
}

torch::Tensor loadImageRgb(const std::string& path) {
    const cv::Mat decoded = decodeImageFile(path);

    cv::Mat eight;
    switch (decoded.depth()) {
        case CV_8U:
            eight = decoded;
            break;
        case CV_16U:
            decoded.convertTo(eight, CV_8U, 255.0 / 65535.0);  // 65535 -> 255, rounded
            break;
        case CV_32F:
        case CV_64F: {
            double lo = 0;
            double hi = 0;
            cv::minMaxLoc(decoded.reshape(1), &lo, &hi);
            decoded.convertTo(eight, CV_8U, hi <= 1.0 ? 255.0 : 1.0);  // 0..1 floats as skimage
            break;
        }
        default:
            fail(path, "unsupported pixel depth");
    }
    cv::Mat rgb;
    switch (eight.channels()) {
        case 1:
            cv::cvtColor(eight, rgb, cv::COLOR_GRAY2RGB);
            break;
        case 2: {  // grey + alpha: drop alpha
            cv::Mat grey;
            cv::extractChannel(eight, grey, 0);
            cv::cvtColor(grey, rgb, cv::COLOR_GRAY2RGB);
            break;
        }
        case 3:
            cv::cvtColor(eight, rgb, cv::COLOR_BGR2RGB);
            break;
        case 4:
            cv::cvtColor(eight, rgb, cv::COLOR_BGRA2RGB);
            break;
        default:
            fail(path, std::to_string(eight.channels()) + " channels are not supported");
    }
    auto out = torch::empty({rgb.rows, rgb.cols, 3}, torch::kUInt8);
    uint8_t* dst = out.data_ptr<uint8_t>();
    const size_t rowBytes = static_cast<size_t>(rgb.cols) * 3;
    for (int y = 0; y < rgb.rows; ++y) {
        std::copy(rgb.ptr<uint8_t>(y), rgb.ptr<uint8_t>(y) + rowBytes, dst + y * rowBytes);
    }
    return out;
}

void saveImageRgb(const std::string& path, const torch::Tensor& image) {
    if (!image.defined() || image.dim() != 3 || image.size(2) != 3 ||
        image.scalar_type() != torch::kUInt8) {
        throw ImageError("cannot save image " + path + ": expected uint8 [H, W, 3]");
    }
    if (image.size(0) == 0 || image.size(1) == 0) {
        throw ImageError("cannot save image " + path + ": empty image");
    }
    auto src = image.contiguous();
    cv::Mat rgb(static_cast<int>(src.size(0)), static_cast<int>(src.size(1)), CV_8UC3,
                src.data_ptr<uint8_t>());
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    writeImageBgr(path, bgr);
}

}  // namespace mrcnn
