#pragma once
// COCOeval.summarize(): the 12 standard numbers and their printed lines, plus per-category AP
// (the same mean over precision > -1, restricted to one category).

#include <array>
#include <string>
#include <vector>

#include "coco/coco_eval.h"

namespace mrcnn::coco {

struct Summary {
    std::array<double, 12> stats{};  // AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs/m/l
    std::array<std::string, 12>
        lines;  // " Average Precision  (AP) @[ IoU=0.50:0.95 | ... ] = 0.xxx"
};

Summary summarize(const EvalResult& result);
std::string summaryText(const Summary& summary);  // the 12 lines, newline-terminated

struct ClassAp {
    int64_t categoryId = 0;
    double ap = -1;    // AP@[.5:.95], area all, maxDets 100; -1 without GT
    double ap50 = -1;  // AP@.5
};
std::vector<ClassAp> perClassAp(const EvalResult& result);

}  // namespace mrcnn::coco
