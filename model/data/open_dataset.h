#pragma once
// Opens any supported dataset by looking at the file or folder:
//   *.json with `_via_img_metadata` or VIA image records (filename + regions) → ViaDataset
//   *.json with images/annotations/categories                             → CocoDataset
//   *.json with features.xy + metadata (xView2 label)                      → XbdDataset
//   *.json with images[].bg_color (shapes_specs.json)                      → ShapesDataset
//   a folder of <id>/images/<id>.png + masks/                              → MaskFolderDataset
//   a folder holding via_region_data.json, annotations/instances_*.json or xBD labels (directly
//   or in labels/)                                                         → that format
// Anything else, an empty folder or a missing path throws DatasetError.

#include <memory>
#include <string>

#include "data/dataset.h"

namespace mrcnn {

struct OpenOptions {
    std::string imageDir;         // where the images are, when not the default place
    std::string classAttribute;   // VIA: region attribute naming classes ("" = detect)
    bool skipUnreadable = false;  // VIA: record unreadable images instead of throwing
};

std::unique_ptr<Dataset> openDataset(const std::string& path, const OpenOptions& options = {});

}  // namespace mrcnn
