#include "data/dataset_stats.h"

#include <cstdlib>

#include "utils/boxes.h"

namespace mrcnn {

ImageStats imageStats(const InstanceMasks& instances, const ImageInfo& info) {
    ImageStats s;
    s.height = info.height;
    s.width = info.width;
    const int64_t n = instances.count();
    if (instances.masks.defined() && instances.masks.dim() == 3) {
        s.height = instances.masks.size(0);
        s.width = instances.masks.size(1);
    }
    if (n == 0)
        return s;
    const auto boxes = extractBboxes(instances.masks).to(torch::kInt32).contiguous();
    const auto areas =
        instances.masks.sum(std::vector<int64_t>{0, 1}).to(torch::kInt64).contiguous();
    const auto ids = instances.classIds.to(torch::kInt32).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        const int32_t* b = boxes.data_ptr<int32_t>() + 4 * i;  // y1, x1, y2, x2
        ObjectStats o;
        o.classId = std::abs(ids.data_ptr<int32_t>()[i]);
        o.crowd = ids.data_ptr<int32_t>()[i] < 0;
        o.area = areas.data_ptr<int64_t>()[i];
        o.height = b[2] - b[0];
        o.width = b[3] - b[1];
        s.objects.push_back(o);
    }
    return s;
}

DatasetStats::DatasetStats(const Dataset& dataset)
    : m_classNames(dataset.classNames()),
      m_images(size_t(dataset.numImages())),
      m_readFlags(size_t(dataset.numImages()), 0) {
    for (int64_t i = 0; i < dataset.numImages(); ++i) {
        m_images[size_t(i)].height = dataset.imageInfo(i).height;
        m_images[size_t(i)].width = dataset.imageInfo(i).width;
    }
}

void DatasetStats::setImage(int64_t index, ImageStats stats) {
    if (index < 0 || index >= numImages())
        return;
    m_read += m_readFlags[size_t(index)] ? 0 : 1;
    m_readFlags[size_t(index)] = 1;
    m_images[size_t(index)] = std::move(stats);
}

std::vector<int64_t> DatasetStats::instancesPerClass() const {
    std::vector<int64_t> out(m_classNames.size(), 0);
    for (const ObjectStats* o : objects())
        if (size_t(o->classId) < out.size())
            ++out[size_t(o->classId)];
    return out;
}

std::vector<int64_t> DatasetStats::imagesPerClass() const {
    std::vector<int64_t> out(m_classNames.size(), 0);
    for (size_t i = 0; i < m_images.size(); ++i) {
        if (!m_readFlags[i])
            continue;
        std::vector<uint8_t> seen(out.size(), 0);
        for (const ObjectStats& o : m_images[i].objects)
            if (!o.crowd && size_t(o.classId) < out.size() && !seen[size_t(o.classId)]) {
                seen[size_t(o.classId)] = 1;
                ++out[size_t(o.classId)];
            }
    }
    return out;
}

std::vector<double> DatasetStats::instancesPerImage() const {
    std::vector<double> out;
    for (size_t i = 0; i < m_images.size(); ++i) {
        if (!m_readFlags[i])
            continue;
        int64_t n = 0;
        for (const ObjectStats& o : m_images[i].objects)
            n += o.crowd ? 0 : 1;
        out.push_back(double(n));
    }
    return out;
}

std::vector<const ObjectStats*> DatasetStats::objects() const {
    std::vector<const ObjectStats*> out;
    for (size_t i = 0; i < m_images.size(); ++i)
        if (m_readFlags[i])
            for (const ObjectStats& o : m_images[i].objects)
                if (!o.crowd)
                    out.push_back(&o);
    return out;
}

DatasetStats computeDatasetStats(const Dataset& dataset) {
    DatasetStats stats(dataset);
    for (int64_t i = 0; i < dataset.numImages(); ++i) {
        try {
            stats.setImage(i, imageStats(dataset.loadMask(i), dataset.imageInfo(i)));
        } catch (const std::exception&) {
            // Unreadable: left out of the statistics, as the dataset's problems report it.
        }
    }
    return stats;
}

}  // namespace mrcnn
