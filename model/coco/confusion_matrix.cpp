#include "coco/confusion_matrix.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace mrcnn::coco {

ConfusionMatrix confusionMatrix(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt,
                                IouType type, double iouThreshold, double minScore,
                                const MaskOverlaps* maskOverlaps) {
    const MaskOverlaps* overlaps =
        maskOverlaps && maskOverlaps->covers(gt, dt) ? maskOverlaps : nullptr;
    ConfusionMatrix cm;
    cm.categoryIds = gt.categoryIds();
    const size_t n = cm.categoryIds.size() + 1;
    cm.counts.assign(n * n, 0);
    std::map<int64_t, size_t> slot;
    for (size_t i = 0; i < cm.categoryIds.size(); ++i)
        slot[cm.categoryIds[i]] = i + 1;

    std::map<int64_t, std::vector<const CocoAnnotation*>> gts, dts;
    for (const auto& a : gt.annotations)
        if (slot.count(a.categoryId))
            gts[a.imageId].push_back(&a);
    for (const auto& d : dt)
        if (slot.count(d.categoryId) && d.score >= minScore)
            dts[d.imageId].push_back(&d);

    for (int64_t imageId : gt.imageIds()) {
        const auto& g = gts[imageId];
        auto d = dts[imageId];
        std::stable_sort(d.begin(), d.end(),
                         [](const auto* a, const auto* b) { return a->score > b->score; });
        std::vector<uint8_t> crowd;
        for (const auto* a : g)
            crowd.push_back(a->iscrowd ? 1 : 0);
        std::vector<double> ious;
        if (type == IouType::Bbox) {
            std::vector<std::array<double, 4>> db, gb;
            for (const auto* a : d)
                db.push_back(a->bbox);
            for (const auto* a : g)
                gb.push_back(a->bbox);
            ious = bboxIou(db, gb, crowd);
        } else {
            std::vector<const Rle*> dr, gr;
            for (const auto* a : d) {
                if (!a->hasSegmentation)
                    throw CocoError("confusion matrix: detection without mask");
                dr.push_back(&a->segmentation);
            }
            for (const auto* a : g) {
                if (!a->hasSegmentation)
                    throw CocoError("confusion matrix: GT annotation " + std::to_string(a->id) +
                                    " without segmentation");
                gr.push_back(&a->segmentation);
            }
            ious = overlaps ? overlaps->iou(d, g, crowd) : iou(dr, gr, crowd);
        }
        std::vector<uint8_t> used(g.size(), 0);
        for (size_t i = 0; i < d.size(); ++i) {
            int64_t best = -1;
            double bestIou = iouThreshold;
            bool onCrowd = false;
            for (size_t j = 0; j < g.size(); ++j) {
                const double v = ious[i * g.size() + j];
                if (crowd[j]) {
                    onCrowd = onCrowd || v >= iouThreshold;
                    continue;
                }
                if (used[j] || v < bestIou || (best >= 0 && v == bestIou))
                    continue;
                best = int64_t(j);
                bestIou = v;
            }
            const size_t col = slot[d[i]->categoryId];
            if (best >= 0) {
                used[size_t(best)] = 1;
                const size_t row = slot[g[size_t(best)]->categoryId];
                cm.counts[row * n + col] += 1;
                cm.entries.push_back({row, col, imageId, d[i]->id, g[size_t(best)]->id});
            } else if (!onCrowd) {
                cm.counts[col] += 1;
                cm.entries.push_back({0, col, imageId, d[i]->id, 0});
            }
        }
        for (size_t j = 0; j < g.size(); ++j)
            if (!crowd[j] && !used[j]) {
                const size_t row = slot[g[j]->categoryId];
                cm.counts[row * n] += 1;
                cm.entries.push_back({row, 0, imageId, 0, g[j]->id});
            }
    }
    return cm;
}

}  // namespace mrcnn::coco
