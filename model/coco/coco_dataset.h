#pragma once
// COCO "instances" ground truth and detection results, loaded the way pycocotools' COCO and
// COCO.loadRes see them (original-conventions §5.3, reference coco/). This is the one COCO JSON
// parser: COCO evaluation reads files with it, and the training dataset reader
// (data/coco_dataset) is built on it.
//
// Annotations keep the file's order. A segmentation is kept as written (polygons, boxes or an
// RLE) and, unless the caller defers it, as pycocotools' annToRLE gives it: polygons are
// rasterised with the image's height/width and their parts merged; a first part of exactly 4
// numbers makes the list [x, y, w, h] boxes (frPyObjects); an RLE keeps its own size, its counts
// a list or the compressed string. bbox is [x, y, w, h] in pixels. Ids may be written as
// integers, integral floats or numeric strings.
//
// Errors are DatasetError (data/dataset_error.h), the readers' one error: the file, the record
// ("images[3] (id 12)", "annotations[40] (id 7)", "detection 5") and the reason.

#include <array>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "coco/rle.h"
#include "data/dataset_error.h"

namespace mrcnn::coco {

// Errors of the evaluation itself (not of reading a file): inconsistent inputs, bad parameters.
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

// An annotation's segmentation as the file writes it.
struct CocoSegmentation {
    enum class Kind { None, Polygons, Boxes, Rle };
    Kind kind = Kind::None;
    std::vector<std::vector<double>> parts;  // Polygons: x, y, x, y, …; Boxes: x, y, w, h
    Rle rle;                                 // Kind::Rle, with the size the file gives
};

// pycocotools annToRLE: polygons and boxes rasterised at height × width and merged (no parts:
// an empty mask); an RLE as it is. Throws std::invalid_argument for Kind::None.
Rle toRle(const CocoSegmentation& segmentation, int64_t height, int64_t width);

struct CocoAnnotation {
    int64_t id = 0;
    int64_t imageId = 0;
    int64_t categoryId = 0;
    bool iscrowd = false;
    double area = 0;
    std::array<double, 4> bbox{};  // x, y, w, h
    bool hasSegmentation = false;
    Rle segmentation;            // annToRLE, when hasSegmentation and rasterised
    CocoSegmentation asWritten;  // what the file says (parsed files only)
    double score = 1;            // results only
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

struct ParseOptions {
    // annToRLE for every annotation while reading (COCOeval needs them all). Off, `segmentation`
    // stays empty and a missing area or bbox stays 0: the caller rasterises `asWritten` when it
    // needs a mask (the dataset reader, one image at a time).
    bool rasterise = true;
    // Require each image's "file_name" and each category's "name" (the dataset reader needs
    // them; pycocotools does not).
    bool requireNames = false;
    // Where duplicate image, category and annotation ids go. Null: a duplicate is an error
    // (pycocotools keeps the last silently, and its evaluation then counts that one twice).
    // Set: the first record with an id is kept, each later one skipped and listed here.
    std::vector<std::string>* problems = nullptr;
};

// "images[3] (id 12)": how errors name a record of a list.
std::string recordName(const std::string& list, size_t index, int64_t id);

// Ground truth from a COCO JSON document/text/file. `source` names the file in error messages.
// A missing `area` is taken from the segmentation, a missing `bbox` from its RLE. The lists
// "images", "annotations" and "categories" may be absent, as in pycocotools.
CocoDataset groundTruthFromJson(const nlohmann::ordered_json& doc, const std::string& source,
                                const ParseOptions& options = {});
CocoDataset parseGroundTruth(const std::string& jsonText, const std::string& source);
CocoDataset loadGroundTruth(const std::string& path);

// Results (a JSON list of {image_id, category_id, score, bbox and/or segmentation}) with
// COCO.loadRes semantics, decided by the first record as pycocotools does: with a bbox the
// area is w*h (a missing segmentation becomes the box polygon); segmentation-only results take
// area and bbox from the mask. Ids are 1..n, iscrowd 0. As in pycocotools, an image id not in
// `gt` (loadRes asserts) and a missing score (COCOeval sorts by it) refuse the file. Records
// COCOeval would only ignore — a category not in `gt`, a box of negative width or height — are
// skipped and counted in `problems` (one line per kind, naming the first); with no list given
// they refuse the file too. A non-finite number is refused.
std::vector<CocoAnnotation> parseResults(const std::string& jsonText, const CocoDataset& gt,
                                         const std::string& source,
                                         std::vector<std::string>* problems = nullptr);
std::vector<CocoAnnotation> loadResults(const std::string& path, const CocoDataset& gt,
                                        std::vector<std::string>* problems = nullptr);

}  // namespace mrcnn::coco
