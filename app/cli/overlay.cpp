#include "overlay.h"

#include <opencv2/imgproc.hpp>

#include <cstdio>

#include "inspection/tensor_names.h"
#include "utils/image_write.h"

namespace mrcnn::cli {
namespace {

cv::Vec3b hueColor(int64_t i, int64_t n) {
    // HSV (i/n, 1, 1) → RGB bytes.
    cv::Mat hsv(1, 1, CV_8UC3,
                cv::Scalar(static_cast<int>(180.0 * i / std::max<int64_t>(n, 1)), 255, 255));
    cv::Mat rgb;
    cv::cvtColor(hsv, rgb, cv::COLOR_HSV2RGB);
    return rgb.at<cv::Vec3b>(0, 0);
}

}  // namespace

void writeOverlay(const Inspection& rec, const Config& config, const std::string& path) {
    auto image = rec.tensor(names::kOriginalImage).contiguous();
    const int h = static_cast<int>(image.size(0)), w = static_cast<int>(image.size(1));
    cv::Mat rgb(h, w, CV_8UC3, image.data_ptr<uint8_t>());
    cv::Mat canvas = rgb.clone();
    const auto& det = rec.detections;
    const int64_t n = det.count();
    auto rois = n ? det.rois().tensor().contiguous() : torch::Tensor();
    for (int64_t i = 0; i < n; ++i) {
        const cv::Vec3b color = hueColor(i, n);
        if (det.masks().defined()) {
            auto mask = det.masks().select(2, i).contiguous().to(torch::kUInt8);
            cv::Mat m(h, w, CV_8UC1, mask.data_ptr<uint8_t>());
            for (int y = 0; y < h; ++y) {
                const uint8_t* mp = m.ptr<uint8_t>(y);
                auto* px = canvas.ptr<cv::Vec3b>(y);
                for (int x = 0; x < w; ++x)
                    if (mp[x])
                        for (int c = 0; c < 3; ++c)
                            px[x][c] = cv::saturate_cast<uint8_t>(0.5 * px[x][c] + 0.5 * color[c]);
            }
        }
        const int32_t* b = rois.data_ptr<int32_t>() + 4 * i;
        const cv::Scalar line(color[0], color[1], color[2]);
        cv::rectangle(canvas, cv::Point(b[1], b[0]), cv::Point(b[3] - 1, b[2] - 1), line, 1);
        char score[32];
        std::snprintf(score, sizeof score, " %.3f", det.scores()[i].item<float>());
        const std::string caption = config.className(det.classIds()[i].item<int32_t>()) + score;
        cv::putText(canvas, caption, cv::Point(b[1], b[0] + 8), cv::FONT_HERSHEY_PLAIN, 0.8,
                    cv::Scalar(255, 255, 255), 1, cv::LINE_AA);
    }
    cv::Mat bgr;
    cv::cvtColor(canvas, bgr, cv::COLOR_RGB2BGR);
    writeImageBgr(path, bgr);
}

}  // namespace mrcnn::cli
