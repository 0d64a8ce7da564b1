#include "metrics/dataset_eval.h"

#include <filesystem>
#include <stdexcept>
#include <string>

#include "coco/rle.h"

namespace mrcnn::metrics {

namespace {

// Row-major 0/1 plane k of bool masks [H, W, N], as COCO RLE.
coco::Rle planeRle(const torch::Tensor& masks, int64_t k) {
    const torch::Tensor plane = masks.select(2, k).to(torch::kUInt8).contiguous();
    return coco::encode(plane.data_ptr<uint8_t>(), plane.size(0), plane.size(1));
}

}  // namespace

DatasetEvalBuilder::DatasetEvalBuilder(const Dataset& dataset)
    : m_dataset(dataset), m_sourceIds(dataset.format() == "coco") {
    const auto& names = dataset.classNames();
    for (int64_t c = 1; c < dataset.numClasses(); ++c)
        m_gt.categories.push_back({categoryId(c), names[size_t(c)], ""});
}

int64_t DatasetEvalBuilder::imageId(int64_t index) const {
    if (!m_sourceIds)
        return index + 1;
    const std::string& id = m_dataset.imageInfo(index).sourceId;
    try {
        size_t used = 0;
        const int64_t value = std::stoll(id, &used);
        if (used == id.size())
            return value;
    } catch (const std::logic_error&) {
    }
    throw DatasetError(m_dataset.imageInfo(index).path, "image " + std::to_string(index),
                       "COCO image id \"" + id + "\" is not an integer");
}

int64_t DatasetEvalBuilder::categoryId(int64_t classId) const {
    if (classId <= 0 || classId >= m_dataset.numClasses())
        throw std::invalid_argument("class id " + std::to_string(classId) +
                                    " is not a class of the dataset (classes 1.." +
                                    std::to_string(m_dataset.numClasses() - 1) + ")");
    if (!m_sourceIds)
        return classId;
    return m_dataset.classInfo()[size_t(classId)].id;
}

void DatasetEvalBuilder::addImage(int64_t index, int64_t height, int64_t width,
                                  const Detections& detections) {
    const int64_t id = imageId(index);
    if (m_gt.findImage(id))
        throw std::invalid_argument("image " + std::to_string(index) + " added twice");
    const ImageInfo& info = m_dataset.imageInfo(index);
    const std::string fileName =
        info.path.empty() ? info.sourceId : std::filesystem::path(info.path).filename().string();
    m_gt.imageIndex.emplace(id, m_gt.images.size());
    m_gt.images.push_back({id, width, height, fileName});

    const InstanceMasks gt = m_dataset.loadMask(index);
    if (gt.count() > 0 && (gt.masks.size(0) != height || gt.masks.size(1) != width))
        throw DatasetError(info.path, "image " + std::to_string(index),
                           "the masks are " + std::to_string(gt.masks.size(0)) + "x" +
                               std::to_string(gt.masks.size(1)) + ", the image " +
                               std::to_string(height) + "x" + std::to_string(width));
    const auto gtClasses = gt.count() > 0 ? gt.classIds.to(torch::kInt64).contiguous()
                                          : torch::zeros({0}, torch::kInt64);
    for (int64_t k = 0; k < gt.count(); ++k) {
        const int64_t cls = gtClasses.data_ptr<int64_t>()[k];
        coco::CocoAnnotation a;
        a.id = int64_t(m_gt.annotations.size()) + 1;
        a.imageId = id;
        a.categoryId = categoryId(cls < 0 ? -cls : cls);
        a.iscrowd = cls < 0;
        a.segmentation = planeRle(gt.masks, k);
        a.hasSegmentation = true;
        a.area = double(coco::area(a.segmentation));
        a.bbox = coco::toBbox(a.segmentation);
        m_gt.annotations.push_back(std::move(a));
    }

    const int64_t n = detections.count();
    if (n == 0)
        return;
    const bool hasMasks = detections.masks().defined() && detections.masks().size(2) == n;
    if (hasMasks && (detections.masks().size(0) != height || detections.masks().size(1) != width))
        throw std::invalid_argument("image " + std::to_string(index) +
                                    ": detection masks do not have the image's size");
    m_resultsHaveMasks = m_resultsHaveMasks && hasMasks;
    const auto rois = detections.rois().tensor().to(torch::kInt64).contiguous();
    const auto classes = detections.classIds().to(torch::kInt64).contiguous();
    const auto scores = detections.scores().to(torch::kFloat32).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        const int64_t* r = rois.data_ptr<int64_t>() + 4 * i;  // y1, x1, y2, x2
        coco::CocoAnnotation d;
        d.id = int64_t(m_results.size()) + 1;
        d.imageId = id;
        d.categoryId = categoryId(classes.data_ptr<int64_t>()[i]);
        d.score = double(scores.data_ptr<float>()[i]);
        d.bbox = {double(r[1]), double(r[0]), double(r[3] - r[1]), double(r[2] - r[0])};
        if (hasMasks) {
            d.segmentation = planeRle(detections.masks(), i);
        } else {
            // COCO.loadRes: a result without segmentation gets its box as a polygon (the same
            // polygon rleFrBbox draws).
            d.segmentation = coco::fromBbox(d.bbox, height, width);
        }
        d.hasSegmentation = true;
        d.area = d.bbox[2] * d.bbox[3];
        m_results.push_back(std::move(d));
    }
}

}  // namespace mrcnn::metrics
