#include "coco/coco_writer.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/atomic_file.h"

namespace mrcnn::coco {

namespace {

using Json = nlohmann::ordered_json;

// Whole numbers stay integers in the file (boxes come from integer pixel rows/columns).
Json number(double v) {
    if (v == std::floor(v) && std::abs(v) < 9.0e15)
        return int64_t(v);
    return v;
}

Json box(const std::array<double, 4>& b) {
    return {number(b[0]), number(b[1]), number(b[2]), number(b[3])};
}

Json rle(const Rle& r) {
    return {{"size", {r.height, r.width}}, {"counts", toString(r)}};
}

void writeText(const std::string& path, const std::string& text) {
    writeFileAtomically(path, text);
}

}  // namespace

std::string formatResults(const std::vector<CocoAnnotation>& results, bool withSegmentation) {
    Json list = Json::array();
    for (const CocoAnnotation& r : results) {
        Json d;
        d["image_id"] = r.imageId;
        d["category_id"] = r.categoryId;
        d["bbox"] = box(r.bbox);
        // The double holds the model's float exactly, and the JSON text round-trips it.
        d["score"] = r.score;
        if (withSegmentation)
            d["segmentation"] = rle(r.segmentation);
        list.push_back(std::move(d));
    }
    return list.dump() + "\n";
}

std::string formatGroundTruth(const CocoDataset& gt) {
    Json images = Json::array(), categories = Json::array(), annotations = Json::array();
    for (const CocoImage& im : gt.images)
        images.push_back({{"id", im.id},
                          {"width", im.width},
                          {"height", im.height},
                          {"file_name", im.fileName}});
    for (const CocoCategory& c : gt.categories)
        categories.push_back({{"id", c.id}, {"name", c.name}, {"supercategory", c.supercategory}});
    for (const CocoAnnotation& a : gt.annotations) {
        Json d;
        d["id"] = a.id;
        d["image_id"] = a.imageId;
        d["category_id"] = a.categoryId;
        d["iscrowd"] = a.iscrowd ? 1 : 0;
        d["area"] = number(a.area);
        d["bbox"] = box(a.bbox);
        if (a.hasSegmentation)
            d["segmentation"] = rle(a.segmentation);
        annotations.push_back(std::move(d));
    }
    Json doc;
    doc["images"] = std::move(images);
    doc["categories"] = std::move(categories);
    doc["annotations"] = std::move(annotations);
    return doc.dump() + "\n";
}

void writeResults(const std::string& path, const std::vector<CocoAnnotation>& results,
                  bool withSegmentation) {
    writeText(path, formatResults(results, withSegmentation));
}

void writeGroundTruth(const std::string& path, const CocoDataset& gt) {
    writeText(path, formatGroundTruth(gt));
}

}  // namespace mrcnn::coco
