#pragma once
// COCO "instances" datasets, as samples/coco/coco.py's CocoDataset
// (original-conventions §5.2), read with the one COCO parser (coco/coco_dataset.h,
// the pycocotools semantics COCO evaluation uses) and its errors. Classes are the
// categories sorted by id (internal ids 1..K, mapped back with sourceClassId);
// images are those with at least one annotation of the chosen classes, sorted by
// id (the original's set order is arbitrary); loadMask decodes each annotation
// like annToMask — polygons (several parts unioned, pycocotools' rasteriser),
// [x, y, w, h] boxes, uncompressed RLE (counts as a list) and compressed RLE
// (counts as a string) — skips empty masks (an empty segmentation list among
// them, counted in problems()), and gives crowds a negative class id and a
// full-image mask when the RLE's size differs from the image's. The reader needs
// more than pycocotools does: the three lists, image file names, category names,
// a plausible image size and a segmentation per annotation of the chosen classes. A duplicate
// image, category or annotation id keeps the first record; later ones are skipped and reported.
//
// loadMask → bool [H, W, N] (H, W from the image record), int32 class ids [N];
// the original's empty result ([0, 0, 0], no ids) when nothing is left.

#include <string>
#include <vector>

#include "coco/coco_dataset.h"
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

    // The image's annotations of the chosen classes in file order, as the parser read
    // them; the masks are rasterised from `asWritten` by loadMask, one image at a time.
    const std::vector<coco::CocoAnnotation>& annotations(int64_t imageId) const;

private:
    std::string m_path;
    std::vector<std::vector<coco::CocoAnnotation>> m_annotations;
};

}  // namespace mrcnn
