#pragma once
// The notebooks' dataset mAP: mean over images of the original's per-image compute_ap on
// masks (inspect_model.ipynb "Compute mAP @ IoU=50" and compute_ap_range), fed from COCO
// ground truth and results instead of load_image_gt / detect.
//
// Per image (GT image ids, ascending): GT masks from the annotations (as the COCO dataset's
// load_mask: crowd regions get the negated class id, so they count as GT but never match;
// empty masks are dropped as load_image_gt does), boxes = extract_bboxes(mask); predictions
// are the results of that image: bbox [x, y, w, h] → (y, x, y+h, x+w), mask from the
// segmentation, class = category_id. Images with no GT instance are skipped (upstream would
// give NaN there).

#include <cstdint>
#include <limits>
#include <vector>

#include "coco/coco_dataset.h"
#include "coco/mask_overlaps.h"

namespace mrcnn::metrics {

struct DatasetMap {
    std::vector<int64_t> imageIds;    // evaluated images
    std::vector<double> ap50;         // compute_ap at 0.5, per evaluated image
    std::vector<double> apRange;      // compute_ap_range mean, per evaluated image
    std::vector<int64_t> skippedIds;  // images without GT
    double mAP50 = 0;                 // np.mean(ap50); NaN when no image has GT
    double mAP50_95 = 0;              // np.mean(apRange)
};

// Results scored below minScore are left out, as if filtered beforehand.
DatasetMap matterportDatasetMap(const coco::CocoDataset& gt,
                                const std::vector<coco::CocoAnnotation>& results,
                                double minScore = -std::numeric_limits<double>::infinity(),
                                const coco::MaskOverlaps* maskOverlaps = nullptr);

}  // namespace mrcnn::metrics
