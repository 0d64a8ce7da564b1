#include "eval_analysis.h"

#include <cstdio>
#include <ostream>
#include <set>

#include "coco/coco_summary.h"
#include "coco/confusion_matrix.h"
#include "coco/tide_errors.h"

namespace mrcnn::cli {

namespace {

constexpr coco::IouType kTypes[] = {coco::IouType::Bbox, coco::IouType::Segm};

// Category id → a distinct display name.
std::map<int64_t, std::string> classNames(const coco::CocoDataset& gt) {
    std::map<std::string, int> uses;
    for (const auto& c : gt.categories)
        uses[c.name] += 1;
    std::map<int64_t, std::string> out;
    for (const auto& c : gt.categories)
        out[c.id] = c.name.empty() || uses[c.name] > 1 || c.name == "background"
                        ? (c.name.empty() ? "" : c.name + " ") + "id " + std::to_string(c.id)
                        : c.name;
    return out;
}

size_t widest(const std::vector<std::string>& names, size_t least) {
    for (const auto& n : names)
        least = std::max(least, n.size());
    return least;
}

std::string fixed(double v, int decimals, int width) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%*.*f", width, decimals, v);
    return buf;
}

std::string padded(const std::string& s, size_t width) {
    return s + std::string(width > s.size() ? width - s.size() : 0, ' ');
}

void perClass(const std::map<int64_t, std::string>& names,
              const std::map<coco::IouType, coco::EvalResult>& evals, std::ostream& text,
              nlohmann::json& json) {
    std::map<coco::IouType, std::vector<coco::ClassAp>> per;
    for (auto type : kTypes)
        per[type] = coco::perClassAp(evals.at(type));
    std::vector<std::string> rowNames;
    for (const auto& c : per[coco::IouType::Bbox])
        rowNames.push_back(names.at(c.categoryId));
    const size_t w = widest(rowNames, 5);
    text << "\nPer-class AP@[.5:.95] (COCO, area all, maxDets 100; -1: no ground truth):\n"
         << padded("class", w) << "      bbox      segm\n";
    for (size_t k = 0; k < rowNames.size(); ++k)
        text << padded(rowNames[k], w) << fixed(per[coco::IouType::Bbox][k].ap, 4, 10)
             << fixed(per[coco::IouType::Segm][k].ap, 4, 10) << "\n";
    for (auto type : kTypes) {
        nlohmann::json byName = nlohmann::json::object();
        for (const auto& c : per[type])
            byName[names.at(c.categoryId)] = c.ap;
        json["per_class"][coco::iouTypeName(type)] = byName;
    }
}

void confusion(const coco::CocoDataset& gt, const std::vector<coco::CocoAnnotation>& dt,
               const std::map<int64_t, std::string>& names, std::ostream& text,
               nlohmann::json& json) {
    const double iou = 0.5;
    const auto cm = coco::confusionMatrix(gt, dt, coco::IouType::Segm, iou);
    std::vector<std::string> labels{"background"};
    for (int64_t id : cm.categoryIds)
        labels.push_back(names.at(id));
    const size_t n = labels.size(), w = widest(labels, 6);
    std::vector<std::vector<int64_t>> rows(n, std::vector<int64_t>(n));
    for (size_t r = 0; r < n; ++r)
        for (size_t c = 0; c < n; ++c)
            rows[r][c] = cm.at(r, c);
    text << "\nConfusion matrix (mask IoU >= 0.5; rows ground truth, columns predicted):\n"
         << padded("", w);
    for (const auto& l : labels)
        text << " " << std::string(w - l.size(), ' ') << l;
    text << "\n";
    for (size_t r = 0; r < n; ++r) {
        text << padded(labels[r], w);
        for (size_t c = 0; c < n; ++c) {
            const std::string v = std::to_string(rows[r][c]);
            text << " " << std::string(w > v.size() ? w - v.size() : 0, ' ') << v;
        }
        text << "\n";
    }
    json["confusion"] = {{"iou", iou}, {"type", "segm"}, {"classes", labels}, {"counts", rows}};
}

void errors(const coco::CocoDataset& gt, const std::vector<coco::CocoAnnotation>& dt,
            std::ostream& text, nlohmann::json& json) {
    for (auto type : kTypes) {
        const coco::TideResult r = coco::tideErrors(gt, dt, type);
        text << "\nTIDE errors, " << coco::iouTypeName(type)
             << " (foreground IoU 0.5, background 0.1; TIDE AP50 = " << fixed(r.ap, 2, 0)
             << "):\n       ";
        for (const std::string name : coco::kTideTypeNames)
            text << std::string(8 - name.size(), ' ') << name;
        text << "\n  dAP  ";
        nlohmann::json main, counts;
        for (size_t t = 0; t < r.mainDelta.size(); ++t) {
            text << fixed(r.mainDelta[t], 2, 8);
            main[coco::kTideTypeNames[t]] = r.mainDelta[t];
        }
        text << "\n  count";
        for (size_t t = 0; t < r.counts.size(); ++t) {
            text << std::string(8 - std::to_string(r.counts[t]).size(), ' ') << r.counts[t];
            counts[coco::kTideTypeNames[t]] = r.counts[t];
        }
        text << "\n  special dAP: FalsePos " << fixed(r.falsePos, 2, 0) << ", FalseNeg "
             << fixed(r.falseNeg, 2, 0) << "\n";
        json["errors"][coco::iouTypeName(type)] = {
            {"ap50", r.ap},
            {"main", main},
            {"special", {{"FalsePos", r.falsePos}, {"FalseNeg", r.falseNeg}}},
            {"counts", counts}};
    }
}

}  // namespace

void reportAnalysis(const coco::CocoDataset& gt, const std::vector<coco::CocoAnnotation>& dt,
                    const std::map<coco::IouType, coco::EvalResult>& evals,
                    const AnalysisOptions& options, std::ostream& text, nlohmann::json& json) {
    const auto names = classNames(gt);
    if (options.perClass)
        perClass(names, evals, text, json);
    if (options.confusion)
        confusion(gt, dt, names, text, json);
    if (options.errors)
        errors(gt, dt, text, json);
}

}  // namespace mrcnn::cli
