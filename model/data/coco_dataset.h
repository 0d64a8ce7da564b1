#pragma once
// COCO "instances" datasets, as samples/coco/coco.py's CocoDataset
// (original-conventions §5.2): classes are the categories sorted by id
// (internal ids 1..K, mapped back with sourceClassId); images are those with at
// least one annotation of the chosen classes, sorted by id (the original's set
// order is arbitrary); loadMask decodes each annotation like annToMask —
// polygons (several parts unioned, pycocotools' rasteriser), uncompressed RLE
// (counts as a list) and compressed RLE (counts as a string) — skips empty
// masks, and gives crowds a negative class id and a full-image mask when the
// RLE's size differs from the image's.
//
// loadMask → bool [H, W, N] (H, W from the image record), int32 class ids [N];
// the original's empty result ([0, 0, 0], no ids) when nothing is left.

#include <string>
#include <vector>

#include "coco/rle.h"
#include "data/dataset.h"
#include "data/json_file.h"

namespace mrcnn {

struct CocoOptions {
    std::string source = "coco";
    // Default: <root>/<subset> for <root>/annotations/instances_<subset>.json
    // when that folder exists, else the JSON's folder.
    std::string imageDir;
    std::vector<int64_t> classIds;  // COCO category ids to load; empty = all
};

class CocoDataset : public Dataset {
public:
    CocoDataset(const std::string& jsonPath, const CocoOptions& options = {});
    CocoDataset(const nlohmann::ordered_json& root, const std::string& jsonPath,
                const CocoOptions& options = {});

    std::string format() const override { return "coco"; }
    // http://cocodataset.org/#explore?id={id}, as the original.
    std::string imageReference(int64_t imageId) const override;
    InstanceMasks loadMask(int64_t imageId) const override;

    struct Annotation {
        int64_t id = 0;
        int64_t categoryId = 0;
        bool crowd = false;
        enum class Kind { Polygons, Boxes, Rle } kind = Kind::Polygons;
        std::vector<std::vector<double>> parts;  // polygons or [x, y, w, h] boxes
        coco::Rle rle;                           // for Kind::Rle (with its own size)
    };
    const std::vector<Annotation>& annotations(int64_t imageId) const;

private:
    std::vector<std::vector<Annotation>> m_annotations;
};

// Decodes one annotation as annToMask: row-major 0/1 [rle height, rle width]
// (polygons and boxes use the image size).
std::vector<uint8_t> cocoAnnotationMask(const CocoDataset::Annotation& ann, int64_t height,
                                        int64_t width, int64_t& outHeight, int64_t& outWidth);

}  // namespace mrcnn
