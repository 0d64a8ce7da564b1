// What the data generator makes of an image's ground truth (inspect_data): the mini masks
// the training stores (MINI_MASK_SHAPE) and how much of each mask survives the round trip,
// and the horizontal flip its augmentation applies. Both in the molded frame, as
// load_image_gt gives them.

#include <algorithm>

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "render/colors.h"
#include "utils/boxes.h"
#include "utils/image_ops.h"

namespace mrcnn::figures {

namespace {

constexpr int kMaxInstances = 7;  // inspect_data shows the first 7

std::optional<views::Figure> needsInstances(const FigureInput& in) {
    if (!in.groundTruth || in.groundTruth->count() == 0)
        return unavailable(noGroundTruthReason(in));
    return std::nullopt;
}

double maskIou(const torch::Tensor& a, const torch::Tensor& b) {
    const double inter = (a & b).sum().item<double>();
    const double uni = (a | b).sum().item<double>();
    return uni > 0 ? inter / uni : 0.0;
}

}  // namespace

views::Figure miniMasksFigure(const FigureInput& in) {
    if (auto missing = needsInstances(in))
        return *missing;
    const GroundTruth gt = moldedGroundTruth(in);
    const std::array<int64_t, 2> shape{in.config.MINI_MASK_SHAPE[0], in.config.MINI_MASK_SHAPE[1]};
    const int64_t h = gt.masks.size(0), w = gt.masks.size(1);
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    // Three rows: each mask in the molded image, its mini mask, the mini mask expanded back.
    std::vector<QImage> full, mini, expanded;
    QStringList fullTitles, miniTitles, expandedTitles;
    const int64_t n = std::min<int64_t>(gt.count(), kMaxInstances);
    for (int64_t i = 0; i < n; ++i) {
        const torch::Tensor mask = gt.masks.select(2, i);
        const torch::Tensor box = gt.boxes[i];
        const QString name = groundTruthClassName(in, gt.classIds[i].item<int32_t>());
        full.push_back(planeImage(mask, true));
        fullTitles << name;
        if ((box[2] - box[0]).item<int64_t>() <= 0 || (box[3] - box[1]).item<int64_t>() <= 0) {
            // Resizing emptied it: load_image_gt drops such an instance.
            mini.push_back(planeImage(torch::zeros({shape[0], shape[1]}), true));
            miniTitles << Figures::tr("dropped: empty after resizing");
            expanded.push_back(planeImage(torch::zeros({h, w}), true));
            expandedTitles << QStringLiteral("-");
            continue;
        }
        const torch::Tensor small = minimizeMask(box.unsqueeze(0), mask.unsqueeze(2), shape);
        const torch::Tensor back = expandMask(box.unsqueeze(0), small, h, w).select(2, 0);
        mini.push_back(planeImage(small.select(2, 0), true));
        miniTitles << QStringLiteral("%1×%2").arg(shape[0]).arg(shape[1]);
        expanded.push_back(planeImage(back, true));
        const double iou = maskIou(mask, back);
        expandedTitles << Figures::tr("expanded: IoU %1").arg(iou, 0, 'f', 3);
        f.summary << Figures::tr(
                         "%1 #%2: box %3×%4 pixels, %5 mask pixels; expanded back, IoU "
                         "%6 with the original")
                         .arg(name)
                         .arg(i)
                         .arg((box[2] - box[0]).item<int64_t>())
                         .arg((box[3] - box[1]).item<int64_t>())
                         .arg(mask.sum().item<int64_t>())
                         .arg(iou, 0, 'f', 3);
    }
    for (auto* row : {&full, &mini, &expanded})
        f.grid.images.insert(f.grid.images.end(), row->begin(), row->end());
    f.grid.titles << fullTitles << miniTitles << expandedTitles;
    f.grid.cols = int(n);
    f.summary.prepend(
        Figures::tr("Rows: each mask in the molded image; its mini mask (MINI_MASK_SHAPE %1×%2, "
                    "what training stores when USE_MINI_MASK is %3); the mini mask expanded "
                    "back into its box.")
            .arg(shape[0])
            .arg(shape[1])
            .arg(in.config.USE_MINI_MASK ? QStringLiteral("True") : QStringLiteral("False")));
    if (gt.count() > n)
        f.summary << Figures::tr("The first %1 of %2 instances.").arg(n).arg(gt.count());
    return f;
}

views::Figure flippedFigure(const FigureInput& in) {
    if (auto missing = needsInstances(in))
        return *missing;
    const GroundTruth gt = moldedGroundTruth(in);
    views::Figure f;
    f.scene = moldedScene(in);
    // augment: np.fliplr on the image and on the masks; the boxes come from the masks.
    f.scene.image = f.scene.image.mirrored(true, false);
    const torch::Tensor masks = gt.masks.flip({1});
    const torch::Tensor boxes = extractBboxes(masks);
    const auto rects = boxRects(boxes);
    const auto colors = render::randomColors(int(gt.count()), true, in.options.seed);
    for (int64_t i = 0; i < gt.count(); ++i) {
        render::BoxItem b;
        b.box = rects[size_t(i)];
        b.color = colors[size_t(i)];
        b.style = render::LineStyle::Dashed;
        b.caption = groundTruthClassName(in, gt.classIds[i].item<int32_t>());
        f.scene.boxes.push_back(b);
        render::MaskItem m;
        m.mask = maskImage(masks.select(2, i));
        m.color = b.color;
        f.scene.masks.push_back(m);
    }
    f.summary << Figures::tr(
        "The molded image and its ground truth flipped left to right, as "
        "the data generator's augmentation does with probability 0.5 "
        "(mrcnn train --flip h).");
    return f;
}

}  // namespace mrcnn::figures
