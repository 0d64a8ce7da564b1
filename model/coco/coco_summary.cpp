#include "coco/coco_summary.h"

#include <cstdio>

#include "metrics/numpy_ops.h"

namespace mrcnn::coco {

namespace {

// One _summarize call; k < 0 means every category.
double meanOf(const EvalResult& r, bool ap, const double* iouThr, size_t a, size_t m,
              int64_t onlyK = -1) {
    std::vector<double> vals;
    for (int64_t t = 0; t < r.T; ++t) {
        if (iouThr && r.params.iouThrs[size_t(t)] != *iouThr)
            continue;
        if (ap) {
            for (int64_t ri = 0; ri < r.R; ++ri)
                for (int64_t k = 0; k < r.K; ++k) {
                    if (onlyK >= 0 && k != onlyK)
                        continue;
                    const double v = r.precisionAt(t, ri, k, int64_t(a), int64_t(m));
                    if (v > -1)
                        vals.push_back(v);
                }
        } else {
            for (int64_t k = 0; k < r.K; ++k) {
                if (onlyK >= 0 && k != onlyK)
                    continue;
                const double v = r.recallAt(t, k, int64_t(a), int64_t(m));
                if (v > -1)
                    vals.push_back(v);
            }
        }
    }
    if (vals.empty())
        return -1;
    return metrics::detail::numpySum(vals.data(), int64_t(vals.size())) / double(vals.size());
}

size_t indexOf(const std::vector<std::string>& v, const std::string& x) {
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i] == x)
            return i;
    throw CocoError("COCOeval summarize: no area range \"" + x + "\"");
}

size_t indexOf(const std::vector<int64_t>& v, int64_t x) {
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i] == x)
            return i;
    throw CocoError("COCOeval summarize: maxDets has no " + std::to_string(x));
}

}  // namespace

Summary summarize(const EvalResult& r) {
    const auto& p = r.params;
    if (p.maxDets.size() < 3)
        throw CocoError("COCOeval summarize needs 3 maxDets");
    Summary s;
    struct Spec {
        bool ap;
        double iou;  // < 0: all thresholds
        const char* area;
        int64_t maxDets;
    };
    const Spec specs[12] = {
        {true, -1, "all", p.maxDets[2]},     {true, .5, "all", p.maxDets[2]},
        {true, .75, "all", p.maxDets[2]},    {true, -1, "small", p.maxDets[2]},
        {true, -1, "medium", p.maxDets[2]},  {true, -1, "large", p.maxDets[2]},
        {false, -1, "all", p.maxDets[0]},    {false, -1, "all", p.maxDets[1]},
        {false, -1, "all", p.maxDets[2]},    {false, -1, "small", p.maxDets[2]},
        {false, -1, "medium", p.maxDets[2]}, {false, -1, "large", p.maxDets[2]}};
    for (size_t i = 0; i < 12; ++i) {
        const Spec& sp = specs[i];
        const size_t a = indexOf(p.areaRngLbl, sp.area), m = indexOf(p.maxDets, sp.maxDets);
        s.stats[i] = meanOf(r, sp.ap, sp.iou >= 0 ? &sp.iou : nullptr, a, m);
        char iouStr[32];
        if (sp.iou >= 0)
            std::snprintf(iouStr, sizeof iouStr, "%0.2f", sp.iou);
        else
            std::snprintf(iouStr, sizeof iouStr, "%0.2f:%0.2f", p.iouThrs.front(),
                          p.iouThrs.back());
        char line[160];
        std::snprintf(line, sizeof line,
                      " %-18s %s @[ IoU=%-9s | area=%6s | maxDets=%3lld ] = %0.3f",
                      sp.ap ? "Average Precision" : "Average Recall", sp.ap ? "(AP)" : "(AR)",
                      iouStr, sp.area, static_cast<long long>(sp.maxDets), s.stats[i]);
        s.lines[i] = line;
    }
    return s;
}

std::string summaryText(const Summary& summary) {
    std::string out;
    for (const auto& l : summary.lines)
        out += l + "\n";
    return out;
}

std::vector<ClassAp> perClassAp(const EvalResult& r) {
    std::vector<ClassAp> out;
    const size_t a = indexOf(r.params.areaRngLbl, "all");
    const size_t m = r.params.maxDets.size() - 1;
    const double half = 0.5;
    for (int64_t k = 0; k < r.K; ++k) {
        ClassAp c;
        c.categoryId = r.params.catIds[size_t(k)];
        c.ap = meanOf(r, true, nullptr, a, m, k);
        c.ap50 = meanOf(r, true, &half, a, m, k);
        out.push_back(c);
    }
    return out;
}

}  // namespace mrcnn::coco
