#pragma once
// TIDE error analysis (Bolya et al., "TIDE: A General Toolbox for Identifying Object Detection
// Errors", ECCV 2020), following the rules of its toolbox (tidecv 1.0.1) for COCO files:
//
// Matching, per image (GT images in file order): non-crowd GT are the positives, crowd GT are
// ignore regions. Detections are sorted by descending score (stable) and cut to maxDets (100)
// per image, all classes together. IoU is box IoU on [x, y, w, h] or mask IoU on the RLEs.
// Each detection in turn takes the GT of its own class with the highest IoU (first on ties)
// among those not yet taken, if that IoU >= t_f (0.5): a true positive. An unmatched detection
// whose crowd IoU (intersection / detection area) with a crowd region of its class is > t_f
// is ignored: left out of the AP, but still given an error type below.
//
// Error of each unmatched (or ignored) detection, first rule that applies, IoUs over all
// non-crowd GT of the image, taken or not:
//   no non-crowd GT in the image                            → Bkg
//   Loc:  max IoU with a GT of its class in [t_b, t_f]       (t_b = 0.1; both ends included)
//   Cls:  max IoU with a GT of another class >= t_f
//   Dupe: max IoU with a taken GT of its class >= t_f
//   Bkg:  max IoU with any GT <= t_b
//   Both: otherwise (TIDE's "Other" error, shown as "Both")
// Miss: a non-crowd GT that nothing matched and that no Cls or Loc error claimed while it was
// free (an image without detections: every GT is a Miss).
//
// ΔAP of a type = max(0, mAP with every error of that type fixed − mAP), in AP points, where
// the mAP is TIDE's own AP at t_f (coco/tide_ap.h). Fixes: Cls and Loc become a true positive
// of the GT's class with the detection's score, but only the highest-scoring such error
// (first on ties) of each GT that was free, the others are dropped, as is one aimed at a
// taken GT; Dupe, Bkg and Both are dropped; Miss removes its GT from the count. The rebuilt
// AP data lists the errors' points first and the true positives after them, as TIDE's does
// (which matters only for score ties). Special: FalsePos = mAP with true positives scored 1
// and false positives 0, minus the mAP; FalseNeg = mAP with every unmatched GT removed from
// the counts, minus the mAP (neither clamped).

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "coco/coco_eval.h"

namespace mrcnn::coco {

enum class TideType { Cls, Loc, Both, Dupe, Bkg, Miss };
inline constexpr std::array<const char*, 6> kTideTypeNames{"Cls",  "Loc", "Both",
                                                           "Dupe", "Bkg", "Miss"};

struct TideParams {
    double foregroundIou = 0.5;  // t_f
    double backgroundIou = 0.1;  // t_b
    size_t maxDets = 100;        // per image, all classes
    // Not TIDE's: detections scored below it are left out, as if filtered beforehand.
    double minScore = -std::numeric_limits<double>::infinity();
    // Not TIDE's: the mask intersections of these very lists, computed once (used only when it
    // covers them; the values are the same either way).
    const MaskOverlaps* maskOverlaps = nullptr;
};

struct TideError {
    TideType type = TideType::Bkg;
    int64_t imageId = 0;
    int64_t detectionId = 0;  // the results annotation id; 0 for Miss
    int64_t gtId = 0;         // Cls/Loc: the GT it would hit; Dupe: the taken GT; Miss: the GT
    double iou = 0;           // with gtId; Both/Bkg: the highest IoU with any GT of the image
    bool ignored = false;     // inside a crowd region of its class: left out of the AP
};

// A detection that matched a ground-truth instance (a true positive at t_f).
struct TideMatch {
    int64_t imageId = 0;
    int64_t detectionId = 0;
    int64_t gtId = 0;
    double iou = 0;
};

struct TideResult {
    double ap = 0;                         // TIDE's mAP at t_f, AP points
    std::array<double, 6> mainDelta{};     // by TideType
    double falsePos = 0, falseNeg = 0;     // special ΔAP
    std::array<int64_t, 6> counts{};       // errors by TideType
    std::vector<TideError> errors;         // in TIDE's order: per image, by score, then misses
    std::vector<TideMatch> truePositives;  // per image, by score
};

TideResult tideErrors(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt, IouType type,
                      const TideParams& params = {});

}  // namespace mrcnn::coco
