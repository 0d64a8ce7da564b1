#include "data/image_file.h"

#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "data/dataset_error.h"

namespace mrcnn {
namespace {

cv::Mat readRgbMat(const std::string& path, const std::string& record) {
    if (!std::filesystem::exists(path))
        throw DatasetError(path, record, "image file not found");
    cv::Mat raw;
    try {
        raw = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        throw DatasetError(path, record, std::string("cannot decode image: ") + e.what());
    }
    if (raw.empty())
        throw DatasetError(path, record, "not a readable image (corrupt or unknown)");
    if (raw.depth() == CV_16U)
        raw.convertTo(raw, CV_8U, 1.0 / 257.0);
    else if (raw.depth() != CV_8U)
        throw DatasetError(path, record, "unsupported pixel depth (only 8 and 16 bit)");
    cv::Mat rgb;
    switch (raw.channels()) {
        case 1:
            cv::cvtColor(raw, rgb, cv::COLOR_GRAY2RGB);
            break;
        case 3:
            cv::cvtColor(raw, rgb, cv::COLOR_BGR2RGB);
            break;
        case 4:
            cv::cvtColor(raw, rgb, cv::COLOR_BGRA2RGB);
            break;
        default:
            throw DatasetError(path, record,
                               "unsupported channel count " + std::to_string(raw.channels()));
    }
    return rgb;
}

}  // namespace

torch::Tensor readImageRgb(const std::string& path, const std::string& record) {
    cv::Mat rgb = readRgbMat(path, record);
    auto t = torch::empty({rgb.rows, rgb.cols, 3}, torch::kUInt8);
    auto* dst = t.data_ptr<uint8_t>();
    for (int r = 0; r < rgb.rows; ++r)
        std::memcpy(dst + static_cast<int64_t>(r) * rgb.cols * 3, rgb.ptr<uint8_t>(r),
                    static_cast<size_t>(rgb.cols) * 3);
    return t;
}

std::pair<int64_t, int64_t> readImageSize(const std::string& path, const std::string& record) {
    cv::Mat rgb = readRgbMat(path, record);
    return {rgb.rows, rgb.cols};
}

}  // namespace mrcnn
