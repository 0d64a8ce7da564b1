#pragma once
// Opens any supported dataset by looking at the file or folder:
//   *.json with `_via_img_metadata` or VIA image records (filename + regions) → ViaDataset
//   *.json with images/annotations/categories                             → CocoDataset
//   *.json with features.xy + metadata (xView2 label)                      → XbdDataset
//   *.json with images[].bg_color (shapes_specs.json)                      → ShapesDataset
//   a folder of <id>/images/<id>.png + masks/                              → MaskFolderDataset
//   a folder holding via_region_data.json, annotations/instances_*.json or xBD labels (directly
//   or in labels/)                                                         → that format
//   the string shapes:COUNT[xSIZE][@SEED], e.g. shapes:200 or shapes:200x128@7
//                               → ShapesDataset(COUNT, SIZE, SIZE, SEED), SIZE 128 and SEED 1
//                                 by default (a generated set needs no files: evaluation and
//                                 training runs can name it like any other dataset path)
// Anything else, an empty folder or a missing path throws DatasetError. A names file
// `classes.txt` (class_names_file.h) beside the annotation file, or inside the folder opened,
// renames the classes.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "data/dataset.h"

namespace mrcnn {

struct OpenOptions {
    std::string imageDir;         // where the images are, when not the default place
    std::string classAttribute;   // VIA: region attribute naming classes ("" = detect)
    bool skipUnreadable = false;  // VIA: record unreadable images instead of throwing
};

struct ShapesSpec {
    int count = 0;
    int size = 128;
    uint64_t seed = 1;
};
// Parses "shapes:COUNT[xSIZE][@SEED]"; nullopt when `path` does not start with "shapes:",
// DatasetError for a malformed spec (count 0, not a number, SIZE < 80: shapes.py's rules need
// s in [20, size / 4]) or one out of bounds (COUNT over kMaxShapesImages, SIZE over 4096), before
// anything is allocated.
std::optional<ShapesSpec> parseShapesSpec(const std::string& path);

std::unique_ptr<Dataset> openDataset(const std::string& path, const OpenOptions& options = {});

}  // namespace mrcnn
