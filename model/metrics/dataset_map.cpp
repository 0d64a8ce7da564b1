#include "metrics/dataset_map.h"

#include <cmath>
#include <map>

#include "metrics/matterport_ap.h"
#include "metrics/numpy_ops.h"

namespace mrcnn::metrics {

namespace {

// Decoded masks [H, W, N] bool from RLEs that must all have the image's size.
torch::Tensor denseMasks(const std::vector<const coco::Rle*>& rles, int64_t h, int64_t w,
                         int64_t imageId) {
    torch::Tensor masks = torch::zeros({h, w, int64_t(rles.size())}, torch::kBool);
    auto* out = masks.data_ptr<bool>();
    const auto n = int64_t(rles.size());
    for (int64_t k = 0; k < n; ++k) {
        const coco::Rle& r = *rles[size_t(k)];
        if (r.height != h || r.width != w)
            throw coco::CocoError("image " + std::to_string(imageId) + ": a mask is " +
                                  std::to_string(r.height) + "x" + std::to_string(r.width) +
                                  ", the image " + std::to_string(h) + "x" + std::to_string(w));
        // Runs are column-major: pixel p of the RLE is (y = p % h, x = p / h).
        int64_t pos = 0;
        bool value = false;
        for (uint32_t c : r.counts) {
            if (value)
                for (int64_t p = pos; p < pos + c; ++p)
                    out[((p % h) * w + p / h) * n + k] = true;
            pos += c;
            value = !value;
        }
    }
    return masks;
}

double npMean(const std::vector<double>& v) {
    if (v.empty())
        return std::nan("");
    return detail::numpySum(v.data(), int64_t(v.size())) / double(v.size());
}

}  // namespace

DatasetMap matterportDatasetMap(const coco::CocoDataset& gt,
                                const std::vector<coco::CocoAnnotation>& results) {
    std::map<int64_t, std::vector<const coco::CocoAnnotation*>> gtBy, dtBy;
    for (const auto& a : gt.annotations)
        gtBy[a.imageId].push_back(&a);
    for (const auto& d : results)
        dtBy[d.imageId].push_back(&d);
    DatasetMap out;
    for (int64_t imageId : gt.imageIds()) {
        const coco::CocoImage& im = *gt.findImage(imageId);
        std::vector<const coco::Rle*> gtRles;
        std::vector<int32_t> gtBoxes, gtClasses;
        for (const auto* a : gtBy[imageId]) {
            if (!a->hasSegmentation)
                throw coco::CocoError("image " + std::to_string(imageId) + ": annotation " +
                                      std::to_string(a->id) + " has no segmentation");
            if (coco::area(a->segmentation) == 0)
                continue;
            const auto b = coco::toBbox(a->segmentation);
            gtRles.push_back(&a->segmentation);
            gtBoxes.insert(gtBoxes.end(), {int32_t(b[1]), int32_t(b[0]), int32_t(b[1] + b[3]),
                                           int32_t(b[0] + b[2])});
            gtClasses.push_back(int32_t(a->iscrowd ? -a->categoryId : a->categoryId));
        }
        if (gtRles.empty()) {
            out.skippedIds.push_back(imageId);
            continue;
        }
        std::vector<const coco::Rle*> dtRles;
        std::vector<double> dtBoxes, dtScores;
        std::vector<int32_t> dtClasses;
        for (const auto* d : dtBy[imageId]) {
            dtRles.push_back(&d->segmentation);
            const auto& b = d->bbox;
            dtBoxes.insert(dtBoxes.end(), {b[1], b[0], b[1] + b[3], b[0] + b[2]});
            dtScores.push_back(d->score);
            dtClasses.push_back(int32_t(d->categoryId));
        }
        const auto nG = int64_t(gtRles.size()), nP = int64_t(dtRles.size());
        GroundTruth g{torch::tensor(gtBoxes, torch::kInt32).reshape({nG, 4}),
                      torch::tensor(gtClasses, torch::kInt32),
                      denseMasks(gtRles, im.height, im.width, imageId)};
        Predictions p{torch::tensor(dtBoxes, torch::kFloat64).reshape({nP, 4}),
                      torch::tensor(dtClasses, torch::kInt32),
                      torch::tensor(dtScores, torch::kFloat64),
                      denseMasks(dtRles, im.height, im.width, imageId)};
        out.imageIds.push_back(imageId);
        out.ap50.push_back(computeAp(g, p, 0.5).ap);
        out.apRange.push_back(computeApRange(g, p).mean);
    }
    out.mAP50 = npMean(out.ap50);
    out.mAP50_95 = npMean(out.apRange);
    return out;
}

}  // namespace mrcnn::metrics
