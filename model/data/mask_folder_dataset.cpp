#include "data/mask_folder_dataset.h"

#include <algorithm>
#include <filesystem>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "utils/image_io.h"

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

// The size every mask must have. Masks that agree need no other reference; when they disagree
// the image decides, so the odd mask is the one blamed (not whichever came second).
cv::Size referenceSize(const std::vector<cv::Mat>& masks, const std::string& imagePath) {
    const cv::Size first = masks.front().size();
    if (std::all_of(masks.begin(), masks.end(),
                    [&](const cv::Mat& m) { return m.size() == first; }))
        return first;
    try {
        return decodeImageFile(imagePath).size();
    } catch (const ImageError&) {
        return first;  // the image's own problem is reported when it is loaded
    }
}

// What maskPlane fixed, summed over an image's masks so one image gives one line each.
struct MaskNotes {
    size_t nonBinary = 0, colour = 0;
    std::string nonBinaryExample, colourExample;

    void report(const std::string& record, size_t total, std::vector<std::string>& problems) const {
        const std::string of = " of " + std::to_string(total) + " masks";
        if (nonBinary > 0)
            problems.push_back(DatasetError::compose(
                nonBinaryExample, record,
                std::to_string(nonBinary) + of +
                    " have values other than 0 and the maximum (this file among them): "
                    "thresholded at > 0"));
        if (colour > 0)
            problems.push_back(DatasetError::compose(
                colourExample, record,
                std::to_string(colour) + of +
                    " are colour images with equal colour channels (this file among them): "
                    "read as grey, alpha ignored"));
    }
};

// One mask file as a 0/1 plane. Non-zero is inside (the original's astype(bool)); values other
// than 0 and the type's maximum are noted. A colour mask is read as grey only when its colour
// channels agree (alpha ignored): a mask whose channels differ has no one meaning, so it is
// refused.
std::vector<uint8_t> maskPlane(const cv::Mat& m, const std::string& file, const std::string& record,
                               MaskNotes& notes) {
    cv::Mat grey = m;
    if (m.channels() > 1) {
        std::vector<cv::Mat> channels;
        cv::split(m, channels);
        // Grey + alpha or colour + alpha: the last channel is alpha.
        const int colour = m.channels() % 2 == 0 ? m.channels() - 1 : m.channels();
        for (int c = 1; c < colour; ++c)
            if (cv::countNonZero(channels[size_t(c)] != channels[0]) > 0)
                throw DatasetError(file, record,
                                   "colour mask whose colour channels differ (" +
                                       std::to_string(m.channels()) +
                                       " channels): a mask must be one channel, 0 outside and "
                                       "non-zero inside");
        grey = channels[0];
        if (notes.colour++ == 0)
            notes.colourExample = file;
    }
    double maximum = 255;
    if (grey.depth() == CV_16U)
        maximum = 65535;
    else if (grey.depth() != CV_8U)
        maximum = 1;
    const cv::Mat inside = grey != 0;
    const cv::Mat odd = inside & (grey != maximum);
    if (cv::countNonZero(odd) > 0 && notes.nonBinary++ == 0)
        notes.nonBinaryExample = file;
    std::vector<uint8_t> plane(size_t(m.rows) * size_t(m.cols), 0);
    for (int r = 0; r < inside.rows; ++r) {
        const uint8_t* src = inside.ptr<uint8_t>(r);
        uint8_t* dst = plane.data() + size_t(r) * size_t(m.cols);
        for (int c = 0; c < inside.cols; ++c)
            dst[c] = src[c] ? 1 : 0;
    }
    return plane;
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
    std::vector<cv::Mat> decoded;
    decoded.reserve(files.size());
    for (const auto& f : files) {
        // Through the image loader's checks: a FIFO, a device or a decompression bomb given as
        // a mask is refused before decoding.
        try {
            decoded.push_back(decodeImageFile(f));
        } catch (const ImageError& e) {
            throw DatasetError(f, record, e.what());
        }
    }
    const cv::Size size = referenceSize(decoded, info.path);
    InstanceMasks out;
    std::vector<std::vector<uint8_t>> planes;
    MaskNotes notes;
    for (size_t i = 0; i < files.size(); ++i) {
        const cv::Mat& m = decoded[i];
        if (m.size() != size)
            throw DatasetError(files[i], record,
                               "mask is " + std::to_string(m.rows) + "x" + std::to_string(m.cols) +
                                   " but the image is " + std::to_string(size.height) + "x" +
                                   std::to_string(size.width));
        std::vector<uint8_t> plane = maskPlane(m, files[i], record, notes);
        if (std::none_of(plane.begin(), plane.end(), [](uint8_t v) { return v != 0; })) {
            out.problems.push_back(DatasetError::compose(
                files[i], record, "mask is empty (no non-zero pixel), skipped"));
            continue;
        }
        planes.push_back(std::move(plane));
    }
    notes.report(record, files.size(), out.problems);
    out.masks = stackMasks(planes, size.height, size.width);
    out.classIds = makeClassIds(std::vector<int32_t>(planes.size(), 1));
    return out;
}

}  // namespace mrcnn
