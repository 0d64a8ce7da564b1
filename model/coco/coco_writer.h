#pragma once
// COCO files from in-memory records, the inverse of parseResults / parseGroundTruth:
// - results: a JSON list of {image_id, category_id, bbox [x, y, w, h], score, segmentation
//   {size, counts}} with pycocotools' compressed string counts, as the original's
//   build_coco_results writes them; parseResults gives back the same records (ids 1..n,
//   area w * h);
// - ground truth: {images, categories, annotations} with RLE segmentations and the records'
//   bbox, area and iscrowd; parseGroundTruth gives back the same records.

#include <string>
#include <vector>

#include "coco/coco_dataset.h"

namespace mrcnn::coco {

// withSegmentation = false leaves the masks out (a model without a mask head): loadRes then
// takes the box as the mask, as these records already hold.
std::string formatResults(const std::vector<CocoAnnotation>& results, bool withSegmentation);
std::string formatGroundTruth(const CocoDataset& gt);

// Throw CocoError naming the path when it cannot be written.
void writeResults(const std::string& path, const std::vector<CocoAnnotation>& results,
                  bool withSegmentation);
void writeGroundTruth(const std::string& path, const CocoDataset& gt);

}  // namespace mrcnn::coco
