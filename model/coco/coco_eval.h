#pragma once
// pycocotools COCOeval (evaluate + accumulate) for iouType "bbox" and "segm" (cocoapi 8c9bcc3;
// original-conventions §5.3, reference coco/).
//
// Per image and category: detections sorted by score (stable), cut to maxDets[-1]; IoU by
// bbIou ([x, y, w, h]) or RLE IoU, crowd GT using the detection area as union; greedy matching
// per IoU threshold with crowd/area "ignore" handling. accumulate() gives precision
// [T=10, R=101, K, A=4, M=3] (tp / (tp + fp + spacing(1)), 101-point interpolated) and recall
// [T, K, A, M]; -1 where a category/area has no GT. summarize() lives in coco_summary.h.

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "coco/coco_dataset.h"
#include "coco/mask_overlaps.h"

namespace mrcnn::coco {

enum class IouType { Bbox, Segm };

std::string iouTypeName(IouType type);  // "bbox" / "segm"

struct EvalParams {
    std::vector<int64_t> imgIds;  // empty: every GT image; evaluated sorted and unique
    std::vector<int64_t> catIds;  // empty: every GT category; sorted and unique
    std::vector<double> iouThrs;  // np.linspace(.5, .95, 10)
    std::vector<double> recThrs;  // np.linspace(0, 1, 101)
    std::vector<int64_t> maxDets{1, 10, 100};
    std::vector<std::array<double, 2>> areaRng{
        {0, 1e10}, {0, 32 * 32}, {32 * 32, 96 * 96}, {96 * 96, 1e10}};
    std::vector<std::string> areaRngLbl{"all", "small", "medium", "large"};
    // Not pycocotools': results scored below it are left out, as if filtered beforehand (the
    // window's live threshold evaluates one list at many scores without copying it).
    double minScore = -std::numeric_limits<double>::infinity();
    // Not pycocotools': the mask intersections of these very lists, computed once (used only
    // when it covers them; the values are the same either way).
    const MaskOverlaps* maskOverlaps = nullptr;
};

// Whether a result scored `score` is evaluated at `minScore` (-inf keeps every one, NaN too).
inline bool scoreKept(double score, double minScore) {
    return score >= minScore || minScore == -std::numeric_limits<double>::infinity();
}

// numpy's linspace(start, stop, num) bit for bit (step multiplied, last value = stop).
std::vector<double> numpyLinspace(double start, double stop, int64_t num);

struct EvalResult {
    IouType iouType = IouType::Bbox;
    EvalParams params;  // as used: ids resolved, thresholds filled in
    int64_t T = 0, R = 0, K = 0, A = 0, M = 0;
    std::vector<double> precision;  // [T, R, K, A, M] C order
    std::vector<double> recall;     // [T, K, A, M]
    std::vector<double> scores;     // [T, R, K, A, M]

    double precisionAt(int64_t t, int64_t r, int64_t k, int64_t a, int64_t m) const {
        return precision[size_t((((t * R + r) * K + k) * A + a) * M + m)];
    }
    double recallAt(int64_t t, int64_t k, int64_t a, int64_t m) const {
        return recall[size_t(((t * K + k) * A + a) * M + m)];
    }
};

// COCOeval(gt, dt, iouType): evaluate() then accumulate(). Throws CocoError when an
// annotation needed for segm has no segmentation.
EvalResult evaluate(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt, IouType type,
                    EvalParams params = {});

}  // namespace mrcnn::coco
