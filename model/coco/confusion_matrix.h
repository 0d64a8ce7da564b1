#pragma once
// Class confusion of detections against ground truth at one IoU threshold (0.5 by default),
// with a background row and column. Not part of pycocotools; the rule is stated here.
//
// Per image: non-crowd GT of every category and all detections (score >= minScore) are
// matched greedily in descending score order (stable): each detection takes the unmatched GT
// with the highest IoU (first on ties) if that IoU >= threshold, whatever the classes.
// Matched: cell [GT class][predicted class]; unmatched detection: [background][predicted];
// unmatched GT: [GT class][background]. Detections whose best IoU is with a crowd region
// (crowd IoU >= threshold) are not counted. IoU is box or mask IoU as COCOeval computes it.

#include <cstdint>
#include <vector>

#include "coco/coco_eval.h"
#include "coco/mask_overlaps.h"

namespace mrcnn::coco {

// What one count of the matrix stands for, so that a viewer can list a cell's images.
struct ConfusionEntry {
    size_t gtRow = 0, predCol = 0;
    int64_t imageId = 0;
    int64_t detectionId = 0;  // 0 for a missed GT (predicted column 0)
    int64_t gtId = 0;         // 0 for a detection on background (GT row 0)
};

struct ConfusionMatrix {
    std::vector<int64_t> categoryIds;  // row/column i + 1 ↔ categoryIds[i]; index 0 = background
    std::vector<int64_t> counts;       // [(K+1) x (K+1)] row-major, rows = GT, columns = predicted
    std::vector<ConfusionEntry> entries;  // one per count, per image in GT image order

    int64_t at(size_t gtRow, size_t predCol) const {
        return counts[gtRow * (categoryIds.size() + 1) + predCol];
    }
};

ConfusionMatrix confusionMatrix(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt,
                                IouType type, double iouThreshold = 0.5, double minScore = 0.0,
                                const MaskOverlaps* maskOverlaps = nullptr);

}  // namespace mrcnn::coco
