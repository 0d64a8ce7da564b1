#include "metrics/image_errors.h"

#include <set>

#include "metrics/instance_coco.h"

namespace mrcnn::metrics {

ImageErrors imageErrors(const torch::Tensor& gtMasks, const torch::Tensor& gtClassIds,
                        const Detections& detections, coco::IouType type,
                        const coco::TideParams& params) {
    constexpr int64_t kImage = 1;
    const int64_t gtCount = gtClassIds.defined() ? gtClassIds.size(0) : 0;
    // The image size, from whichever masks there are (the box polygons need it).
    // Ground truth of no instances may come with 0×0 masks: then the detections' size.
    const bool gtSized = gtMasks.defined() && gtMasks.dim() == 3 && gtMasks.size(0) > 0;
    const torch::Tensor& sized = gtSized ? gtMasks : detections.masks();
    const int64_t height = sized.defined() && sized.dim() == 3 ? sized.size(0) : 0;
    const int64_t width = sized.defined() && sized.dim() == 3 ? sized.size(1) : 0;
    // Class ids are the categories; TIDE compares them only for equality.
    const CategoryOf same = [](int64_t c) { return c; };
    coco::CocoDataset gt;
    gt.images.push_back({kImage, width, height, ""});
    gt.imageIndex.emplace(kImage, 0);
    appendGroundTruth(gt.annotations, kImage, gtMasks, gtClassIds, same);
    std::vector<coco::CocoAnnotation> results;
    appendDetections(results, kImage, height, width, detections, same);
    std::set<int64_t> categories;
    for (const auto* list : {&gt.annotations, &results})
        for (const auto& a : *list)
            categories.insert(a.categoryId);
    for (int64_t c : categories)
        gt.categories.push_back({c, "", ""});

    const coco::TideResult tide = coco::tideErrors(gt, results, type, params);
    ImageErrors out;
    out.detections.resize(size_t(detections.count()));
    out.groundTruth.resize(size_t(gtCount));
    for (size_t j = 0; j < out.groundTruth.size(); ++j)
        out.groundTruth[j].crowd = gt.annotations[j].iscrowd;
    // Annotation ids are 1-based positions (instance_coco.h).
    for (const coco::TideMatch& m : tide.truePositives) {
        DetectionVerdict& v = out.detections[size_t(m.detectionId - 1)];
        v.judged = v.truePositive = true;
        v.groundTruth = m.gtId - 1;
        v.iou = m.iou;
        out.groundTruth[size_t(m.gtId - 1)].matched = true;
        ++out.truePositives;
    }
    for (const coco::TideError& e : tide.errors) {
        out.counts[size_t(e.type)] += 1;
        if (e.type == coco::TideType::Miss) {
            out.groundTruth[size_t(e.gtId - 1)].missed = true;
            continue;
        }
        DetectionVerdict& v = out.detections[size_t(e.detectionId - 1)];
        v.judged = true;
        v.error = e.type;
        v.ignored = e.ignored;
        v.groundTruth = e.gtId > 0 ? e.gtId - 1 : -1;
        v.iou = e.iou;
    }
    return out;
}

}  // namespace mrcnn::metrics
