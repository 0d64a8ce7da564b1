#pragma once
// What a dataset holds, as the nucleus notebook's "Dataset Stats" and inspect_data count it:
// per image its size and instances per class; per instance its class, mask area and the box
// extract_bboxes gives it (so object size and aspect ratio are those of the masks the model
// trains on). Filled one image at a time (the GUI's loader reads each image's masks once) and
// summarised for the figures.

#include <cstdint>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace mrcnn {

struct ObjectStats {
    int32_t classId = 0;  // positive; crowds have crowd set
    bool crowd = false;
    int64_t area = 0;               // mask pixels
    int32_t height = 0, width = 0;  // of its box (exclusive y2/x2)
};

struct ImageStats {
    int64_t height = 0, width = 0;  // 0 when unknown (no masks and no size in the reader)
    std::vector<ObjectStats> objects;
};

// One image's statistics from its masks; the size from the masks, else from `info`.
ImageStats imageStats(const InstanceMasks& instances, const ImageInfo& info);

class DatasetStats {
public:
    DatasetStats() = default;
    explicit DatasetStats(const Dataset& dataset);  // class names and image count, none read

    void setImage(int64_t index, ImageStats stats);
    int64_t imagesRead() const { return m_read; }
    int64_t numImages() const { return int64_t(m_images.size()); }
    const std::vector<std::string>& classNames() const { return m_classNames; }
    const std::vector<ImageStats>& images() const { return m_images; }
    bool isRead(int64_t index) const { return m_readFlags[size_t(index)] != 0; }

    // Over the images read: instances (crowds excluded) and images with at least one, per
    // class id ([0] unused).
    std::vector<int64_t> instancesPerClass() const;
    std::vector<int64_t> imagesPerClass() const;
    std::vector<double> instancesPerImage() const;    // non-crowd instances of each image read
    std::vector<const ObjectStats*> objects() const;  // non-crowd, every image read

private:
    std::vector<std::string> m_classNames;
    std::vector<ImageStats> m_images;
    std::vector<uint8_t> m_readFlags;
    int64_t m_read = 0;
};

// Every image's masks read once (dataset info and `mrcnn figure --dataset`); an image that
// cannot be read is left unread.
DatasetStats computeDatasetStats(const Dataset& dataset);

}  // namespace mrcnn
