#include "metrics/dataset_map.h"

#include <cmath>
#include <map>

#include "coco/coco_eval.h"
#include "metrics/matterport_ap.h"
#include "metrics/numpy_ops.h"
#include "metrics/rle_overlaps.h"

namespace mrcnn::metrics {

namespace {

// Every mask of an image must have the image's size.
void checkSizes(const std::vector<const coco::Rle*>& rles, int64_t h, int64_t w, int64_t imageId) {
    for (const coco::Rle* r : rles)
        if (r->height != h || r->width != w)
            throw coco::CocoError("image " + std::to_string(imageId) + ": a mask is " +
                                  std::to_string(r->height) + "x" + std::to_string(r->width) +
                                  ", the image " + std::to_string(h) + "x" + std::to_string(w));
}

double npMean(const std::vector<double>& v) {
    if (v.empty())
        return std::nan("");
    return detail::numpySum(v.data(), int64_t(v.size())) / double(v.size());
}

}  // namespace

DatasetMap matterportDatasetMap(const coco::CocoDataset& gt,
                                const std::vector<coco::CocoAnnotation>& results, double minScore,
                                const coco::MaskOverlaps* maskOverlaps) {
    const coco::MaskOverlaps* overlaps =
        maskOverlaps && maskOverlaps->covers(gt, results) ? maskOverlaps : nullptr;
    std::map<int64_t, std::vector<const coco::CocoAnnotation*>> gtBy, dtBy;
    for (const auto& a : gt.annotations)
        gtBy[a.imageId].push_back(&a);
    for (const auto& d : results)
        if (coco::scoreKept(d.score, minScore))
            dtBy[d.imageId].push_back(&d);
    DatasetMap out;
    for (int64_t imageId : gt.imageIds()) {
        const coco::CocoImage& im = *gt.findImage(imageId);
        std::vector<const coco::Rle*> gtRles;
        std::vector<const coco::CocoAnnotation*> gtAnns;
        std::vector<double> gtClasses;
        for (const auto* a : gtBy[imageId]) {
            if (!a->hasSegmentation)
                throw coco::CocoError("image " + std::to_string(imageId) + ": annotation " +
                                      std::to_string(a->id) + " has no segmentation");
            if (coco::area(a->segmentation) == 0)
                continue;
            // Its box (extract_bboxes) is never all zero: trim_zeros keeps every GT.
            gtRles.push_back(&a->segmentation);
            gtAnns.push_back(a);
            gtClasses.push_back(double(int32_t(a->iscrowd ? -a->categoryId : a->categoryId)));
        }
        if (gtRles.empty()) {
            out.skippedIds.push_back(imageId);
            continue;
        }
        std::vector<const coco::Rle*> dtRles;
        std::vector<const coco::CocoAnnotation*> dtAnns;
        std::vector<double> dtBoxes, dtScores;
        std::vector<int32_t> dtClasses;
        for (const auto* d : dtBy[imageId]) {
            dtRles.push_back(&d->segmentation);
            dtAnns.push_back(d);
            const auto& b = d->bbox;
            dtBoxes.insert(dtBoxes.end(), {b[1], b[0], b[1] + b[3], b[0] + b[2]});
            dtScores.push_back(d->score);
            dtClasses.push_back(int32_t(d->categoryId));
        }
        checkSizes(gtRles, im.height, im.width, imageId);
        checkSizes(dtRles, im.height, im.width, imageId);
        // compute_matches' trim_zeros: all-zero prediction boxes shorten the list, and the
        // scores, classes and masks are cut to that count from the front (as upstream does).
        size_t nP = 0;
        for (size_t k = 0; k < dtScores.size(); ++k)
            nP += !(dtBoxes[4 * k] == 0 && dtBoxes[4 * k + 1] == 0 && dtBoxes[4 * k + 2] == 0 &&
                    dtBoxes[4 * k + 3] == 0);
        dtScores.resize(nP);
        std::vector<int64_t> order = detail::argsortDescending(dtScores);
        std::vector<double> predClasses;
        std::vector<const coco::Rle*> sortedRles;
        std::vector<const coco::CocoAnnotation*> sortedAnns;
        for (int64_t k : order) {
            predClasses.push_back(double(dtClasses[size_t(k)]));
            sortedRles.push_back(dtRles[size_t(k)]);
            sortedAnns.push_back(dtAnns[size_t(k)]);
        }
        torch::Tensor overlapsOfImage = overlaps ? maskOverlapsCached(*overlaps, sortedAnns, gtAnns)
                                                 : maskOverlapsRle(sortedRles, gtRles);
        const PreparedImage prepared =
            prepareImage(std::move(order), std::move(gtClasses), std::move(predClasses),
                         std::move(overlapsOfImage));
        out.imageIds.push_back(imageId);
        out.ap50.push_back(computeAp(prepared, 0.5).ap);
        out.apRange.push_back(computeApRange(prepared).mean);
    }
    out.mAP50 = npMean(out.ap50);
    out.mAP50_95 = npMean(out.apRange);
    return out;
}

}  // namespace mrcnn::metrics
