#include "metrics/dataset_eval.h"

#include <filesystem>
#include <stdexcept>
#include <string>

#include "metrics/instance_coco.h"

namespace mrcnn::metrics {

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
    const CategoryOf category = [this](int64_t c) { return categoryId(c); };
    if (gt.count() > 0)
        appendGroundTruth(m_gt.annotations, id, gt.masks, gt.classIds, category);
    const bool hasMasks = appendDetections(m_results, id, height, width, detections, category);
    if (detections.count() > 0)
        m_resultsHaveMasks = m_resultsHaveMasks && hasMasks;
}

}  // namespace mrcnn::metrics
