#include "metrics/instance_coco.h"

#include <stdexcept>
#include <string>

#include "coco/rle.h"

namespace mrcnn::metrics {

namespace {

// Row-major 0/1 plane k of bool masks [H, W, N], as COCO RLE.
coco::Rle planeRle(const torch::Tensor& masks, int64_t k) {
    const torch::Tensor plane = masks.select(2, k).to(torch::kUInt8).contiguous();
    return coco::encode(plane.data_ptr<uint8_t>(), plane.size(0), plane.size(1));
}

}  // namespace

void appendGroundTruth(std::vector<coco::CocoAnnotation>& annotations, int64_t imageId,
                       const torch::Tensor& masks, const torch::Tensor& classIds,
                       const CategoryOf& categoryOf) {
    const int64_t count = classIds.defined() ? classIds.size(0) : 0;
    if (count == 0)
        return;
    const auto classes = classIds.to(torch::kInt64).contiguous();
    for (int64_t k = 0; k < count; ++k) {
        const int64_t cls = classes.data_ptr<int64_t>()[k];
        coco::CocoAnnotation a;
        a.id = int64_t(annotations.size()) + 1;
        a.imageId = imageId;
        a.categoryId = categoryOf(cls < 0 ? -cls : cls);
        a.iscrowd = cls < 0;
        a.segmentation = planeRle(masks, k);
        a.hasSegmentation = true;
        a.area = double(coco::area(a.segmentation));
        a.bbox = coco::toBbox(a.segmentation);
        annotations.push_back(std::move(a));
    }
}

bool appendDetections(std::vector<coco::CocoAnnotation>& results, int64_t imageId, int64_t height,
                      int64_t width, const Detections& detections, const CategoryOf& categoryOf) {
    const int64_t n = detections.count();
    const bool hasMasks = detections.masks().defined() && detections.masks().size(2) == n;
    if (n == 0)
        return true;
    if (hasMasks && (detections.masks().size(0) != height || detections.masks().size(1) != width))
        throw std::invalid_argument("image " + std::to_string(imageId) +
                                    ": detection masks do not have the image's size");
    const auto rois = detections.rois().tensor().to(torch::kInt64).contiguous();
    const auto classes = detections.classIds().to(torch::kInt64).contiguous();
    const auto scores = detections.scores().to(torch::kFloat32).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        const int64_t* r = rois.data_ptr<int64_t>() + 4 * i;  // y1, x1, y2, x2
        coco::CocoAnnotation d;
        d.id = int64_t(results.size()) + 1;
        d.imageId = imageId;
        d.categoryId = categoryOf(classes.data_ptr<int64_t>()[i]);
        d.score = double(scores.data_ptr<float>()[i]);
        d.bbox = {double(r[1]), double(r[0]), double(r[3] - r[1]), double(r[2] - r[0])};
        if (hasMasks) {
            d.segmentation = planeRle(detections.masks(), i);
        } else {
            // COCO.loadRes: a result without segmentation gets its box as a polygon (the same
            // polygon rleFrBbox draws).
            d.segmentation = coco::fromBbox(d.bbox, height, width);
        }
        d.hasSegmentation = true;
        d.area = d.bbox[2] * d.bbox[3];
        results.push_back(std::move(d));
    }
    return hasMasks;
}

}  // namespace mrcnn::metrics
