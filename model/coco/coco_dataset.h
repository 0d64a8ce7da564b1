#pragma once
// COCO "instances" ground truth and detection results, loaded the way pycocotools' COCO and
// COCO.loadRes see them (original-conventions §5.3, reference coco/).
//
// Segmentations are kept as RLE (pycocotools annToRLE): polygons are rasterised with the
// image's height/width and their parts merged; uncompressed RLE counts are taken as they are;
// compressed strings are decoded. bbox is [x, y, w, h] in pixels.

#include <array>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "coco/rle.h"

namespace mrcnn::coco {

class CocoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CocoImage {
    int64_t id = 0;
    int64_t width = 0;
    int64_t height = 0;
    std::string fileName;
};

struct CocoCategory {
    int64_t id = 0;
    std::string name;
    std::string supercategory;
};

struct CocoAnnotation {
    int64_t id = 0;
    int64_t imageId = 0;
    int64_t categoryId = 0;
    bool iscrowd = false;
    double area = 0;
    std::array<double, 4> bbox{};  // x, y, w, h
    bool hasSegmentation = false;
    Rle segmentation;  // valid when hasSegmentation
    double score = 1;  // results only
};

struct CocoDataset {
    std::vector<CocoImage> images;
    std::vector<CocoCategory> categories;
    std::vector<CocoAnnotation> annotations;
    std::map<int64_t, size_t> imageIndex;  // image id → index in images

    const CocoImage* findImage(int64_t id) const;
    std::vector<int64_t> imageIds() const;     // sorted
    std::vector<int64_t> categoryIds() const;  // sorted
};

// Ground truth from a COCO JSON text/file. `source` names the file in error messages.
// A missing `area` is taken from the segmentation, a missing `bbox` from its RLE.
CocoDataset parseGroundTruth(const std::string& jsonText, const std::string& source);
CocoDataset loadGroundTruth(const std::string& path);

// Results (a JSON list of {image_id, category_id, score, bbox and/or segmentation}) with
// COCO.loadRes semantics, decided by the first record as pycocotools does: with a bbox the
// area is w*h (a missing segmentation becomes the box polygon); segmentation-only results take
// area and bbox from the mask. Ids are 1..n, iscrowd 0. Every image id must be in `gt`.
std::vector<CocoAnnotation> parseResults(const std::string& jsonText, const CocoDataset& gt,
                                         const std::string& source);
std::vector<CocoAnnotation> loadResults(const std::string& path, const CocoDataset& gt);

}  // namespace mrcnn::coco
