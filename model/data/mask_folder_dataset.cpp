#include "data/mask_folder_dataset.h"

#include <filesystem>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> sortedPngs(const fs::path& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".png")
            files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

bool isMaskFolderRoot(const std::string& dir) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const auto id = e.path().filename().string();
        if (e.is_directory() && fs::exists(e.path() / "images" / (id + ".png")))
            return true;
    }
    return false;
}

MaskFolderDataset::MaskFolderDataset(const std::string& root, const MaskFolderOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        throw DatasetError(root, "", "not a directory");
    std::vector<std::string> ids;
    for (const auto& e : fs::directory_iterator(root, ec))
        if (e.is_directory())
            ids.push_back(e.path().filename().string());
    std::sort(ids.begin(), ids.end());
    addClass(options.source, 1, options.className);
    for (const auto& id : ids) {
        const fs::path image = fs::path(root) / id / "images" / (id + ".png");
        if (!fs::exists(image)) {
            addProblem(root + ": entry '" + id + "': no images/" + id + ".png, skipped");
            continue;
        }
        addImage({options.source, id, image.string(), 0, 0});
        m_maskFiles.push_back(sortedPngs(fs::path(root) / id / "masks"));
    }
    if (numImages() == 0)
        throw DatasetError(root, "", "no <id>/images/<id>.png entries (empty mask folder dataset)");
    prepare();
}

const std::vector<std::string>& MaskFolderDataset::maskFiles(int64_t imageId) const {
    checkImageId(imageId);
    return m_maskFiles[static_cast<size_t>(imageId)];
}

InstanceMasks MaskFolderDataset::loadMask(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    const auto& files = maskFiles(imageId);
    const std::string record = "image '" + info.sourceId + "'";
    if (files.empty())
        throw DatasetError(info.path, record, "masks/ holds no PNG files");
    std::vector<std::vector<uint8_t>> planes;
    int64_t height = -1, width = -1;
    for (const auto& f : files) {
        cv::Mat m;
        try {
            m = cv::imread(f, cv::IMREAD_UNCHANGED);
        } catch (const cv::Exception& e) {
            throw DatasetError(f, record, std::string("cannot decode mask: ") + e.what());
        }
        if (m.empty())
            throw DatasetError(f, record, "not a readable mask image");
        if (height < 0) {
            height = m.rows;
            width = m.cols;
        } else if (m.rows != height || m.cols != width) {
            throw DatasetError(f, record,
                               "mask is " + std::to_string(m.rows) + "x" + std::to_string(m.cols) +
                                   " but the others are " + std::to_string(height) + "x" +
                                   std::to_string(width));
        }
        // Non-zero in any channel is inside (the original's astype(bool)).
        std::vector<cv::Mat> channels;
        cv::split(m, channels);
        std::vector<uint8_t> plane(static_cast<size_t>(height * width), 0);
        for (const auto& ch : channels) {
            cv::Mat nz = ch != 0;
            for (int r = 0; r < nz.rows; ++r) {
                const uint8_t* src = nz.ptr<uint8_t>(r);
                uint8_t* dst = plane.data() + static_cast<int64_t>(r) * width;
                for (int c = 0; c < nz.cols; ++c)
                    dst[c] |= src[c] ? 1 : 0;
            }
        }
        planes.push_back(std::move(plane));
    }
    return {stackMasks(planes, height, width),
            makeClassIds(std::vector<int32_t>(planes.size(), 1))};
}

}  // namespace mrcnn
