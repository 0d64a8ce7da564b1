#pragma once
// `mrcnn eval --per-class --confusion --errors`: the analyses beyond the summary numbers, as
// readable tables and under their JSON keys (issue 11 §4):
//   "per_class": {"bbox"|"segm": {NAME: AP@[.5:.95]}}  pycocotools' per-category mean of the
//       same accumulated precision as the COCO table (area all, maxDets 100; -1 without GT)
//   "confusion": {"iou": 0.5, "type": "segm", "classes": ["background", NAME…],
//       "counts": [[rows = ground truth, columns = predicted]]}  (coco/confusion_matrix.h)
//   "errors": {"bbox"|"segm": {"ap50", "main": {Cls, Loc, Both, Dupe, Bkg, Miss},
//       "special": {FalsePos, FalseNeg}, "counts": {type: n}}}  TIDE's ΔAP in AP points
//       (coco/tide_errors.h)
// Classes are named by the ground truth's category names ("id N" when a name is empty or
// repeated, so that every key is distinct).

#include <iosfwd>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "coco/coco_dataset.h"
#include "coco/coco_eval.h"

namespace mrcnn::cli {

struct AnalysisOptions {
    bool perClass = false;
    bool confusion = false;
    bool errors = false;
};

void reportAnalysis(const coco::CocoDataset& gt, const std::vector<coco::CocoAnnotation>& dt,
                    const std::map<coco::IouType, coco::EvalResult>& evals,
                    const AnalysisOptions& options, std::ostream& text, nlohmann::json& json);

}  // namespace mrcnn::cli
