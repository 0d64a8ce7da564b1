#pragma once
// The mask intersections of every detection with every ground truth of its image, computed once
// for an evaluation that is scored at many confidence thresholds: the overlaps do not depend on
// the score, so moving the threshold reuses them and walks no run again. Only pairs whose mask
// boxes meet are stored (their intersection may still be 0), so memory follows the overlapping
// pairs, not detections × ground truth.
//
// Lookups are by address: the cache answers for the very annotations it was made from (the
// evaluators check `covers` and compute the overlaps themselves otherwise).

#include <array>
#include <cstdint>
#include <vector>

#include "coco/coco_dataset.h"

namespace mrcnn::coco {

class MaskOverlaps {
public:
    // Both must outlive this object and stay where they are. Annotations without a
    // segmentation take part in nothing.
    MaskOverlaps(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt);

    // Whether these are the lists the cache was made from.
    bool covers(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt) const;

    // Pixels set in both masks of a detection and a GT annotation of the lists (any two; pairs
    // of different images give 0). -1 where the masks differ in size but their boxes meet,
    // pycocotools' rleIou value there.
    int64_t intersection(const CocoAnnotation& d, const CocoAnnotation& g) const;
    uint64_t area(const CocoAnnotation& a) const;  // pixels of its mask

    // maskUtils.iou(dt, gt, iscrowd) bit for bit (coco::iou without walking the runs):
    // [D, G] row-major.
    std::vector<double> iou(const std::vector<const CocoAnnotation*>& d,
                            const std::vector<const CocoAnnotation*>& g,
                            const std::vector<uint8_t>& iscrowd) const;

    size_t storedPairs() const { return m_pairs.size(); }

private:
    struct Pair {
        uint32_t gt;    // index in gt.annotations
        int64_t inter;  // see intersection()
    };
    size_t dtIndex(const CocoAnnotation& d) const;
    size_t gtIndex(const CocoAnnotation& g) const;

    const CocoAnnotation* m_gt = nullptr;
    size_t m_gtCount = 0;
    const CocoAnnotation* m_dt = nullptr;
    size_t m_dtCount = 0;
    std::vector<uint64_t> m_gtArea, m_dtArea;
    std::vector<size_t> m_start;  // detection i's pairs: [m_start[i], m_start[i + 1])
    std::vector<Pair> m_pairs;    // by detection, then GT index
};

}  // namespace mrcnn::coco
