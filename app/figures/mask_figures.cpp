// Stage 7: masks — ground truth, the 28×28 class masks (soft and thresholded), the masks
// pasted into the image, and the display_instances overlay.

#include <algorithm>
#include <vector>

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "inspection/tensor_names.h"
#include "render/colormaps.h"
#include "render/colors.h"
#include "render/mask_compositor.h"

namespace mrcnn::figures {

namespace {
constexpr int kMaxGridImages = 32;

QString detectionCaption(const FigureInput& in, int i) {
    const auto& d = in.inspection->detections;
    return QString("%1 %2")
        .arg(className(in, d.classIds()[i].item<int32_t>()))
        .arg(d.scores()[i].item<float>(), 0, 'f', 3);
}

views::Figure noMasks(const FigureInput& in) {
    if (!in.inspection->maskHeadRan)
        return unavailable(
            Figures::tr("This model has no mask head (its weights have no mrcnn_mask "
                        "layers), so it predicts boxes only."));
    return unavailable(Figures::tr("No detections."));
}
}  // namespace

// display_top_masks (inspect_data): the image, then for the four classes with the largest
// total mask area (ties in class id order) the union of their masks, each instance k
// (1-based, in the image's order) painted with value k in Blues_r; a missing class is "-".
views::Figure topMasksFigure(const FigureInput& in) {
    if (!in.groundTruth)
        return unavailable(noGroundTruthReason(in));
    const GroundTruth& gt = *in.groundTruth;
    const QImage image = rgbImage(in.inspection->tensor(names::kOriginalImage));
    const int64_t h = image.height(), w = image.width();
    if (gt.count() > 0 && (gt.masks.size(0) != h || gt.masks.size(1) != w))
        return unavailable(Figures::tr("The annotation's masks are %1×%2 pixels but the image is "
                                       "%3×%4.")
                               .arg(gt.masks.size(1))
                               .arg(gt.masks.size(0))
                               .arg(w)
                               .arg(h));
    constexpr int kLimit = 4;
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    f.grid.cols = kLimit + 1;
    f.grid.images.push_back(image);
    f.grid.titles << QStringLiteral("H x W=%1x%2").arg(h).arg(w);
    // np.unique(class_ids), the area of each class's masks, sorted by area (stable).
    const auto ids = gt.count() > 0 ? gt.classIds.to(torch::kInt32).contiguous()
                                    : torch::zeros({0}, torch::kInt32);
    std::vector<int32_t> unique(ids.data_ptr<int32_t>(), ids.data_ptr<int32_t>() + ids.numel());
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    std::vector<std::pair<int32_t, int64_t>> areas;
    for (int32_t c : unique) {
        const auto members = (gt.classIds == c).nonzero().reshape({-1});
        areas.push_back({c, gt.masks.index_select(2, members).sum().item<int64_t>()});
    }
    std::stable_sort(areas.begin(), areas.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::erase_if(areas, [](const auto& a) { return a.second <= 0; });
    for (int k = 0; k < kLimit; ++k) {
        if (k >= int(areas.size())) {
            // An all-zero plane: imshow maps it to the colormap's low end.
            QImage empty(int(w), int(h), QImage::Format_RGB888);
            empty.fill(render::blues_r(0));
            f.grid.images.push_back(empty);
            f.grid.titles << QStringLiteral("-");
            continue;
        }
        const int32_t c = areas[size_t(k)].first;
        const auto members = (gt.classIds == c).nonzero().reshape({-1});
        const auto weights = torch::arange(1, members.size(0) + 1, torch::kFloat32);
        const auto plane = (gt.masks.index_select(2, members).to(torch::kFloat32) * weights).sum(2);
        // Blues_r of the plane is Blues of its negation.
        f.grid.images.push_back(planeImage(-plane, true));
        const QString name = groundTruthClassName(in, c);
        f.grid.titles << (c < 0 ? Figures::tr("%1 (crowd)").arg(name) : name);
        f.summary << Figures::tr("%1: %2, mask area %3 pixels")
                         .arg(
                             f.grid.titles.back(),
                             trn(QT_TRANSLATE_N_NOOP("Figures", "%n instance(s)"), members.size(0)))
                         .arg(areas[size_t(k)].second);
    }
    if (areas.empty())  // the image and four blank panels, as the original draws them
        f.summary << QStringLiteral("*** No instances to display ***");
    if (areas.size() > size_t(kLimit))
        f.summary << Figures::tr("%1 more classes with a smaller area are not shown.")
                         .arg(areas.size() - kLimit);
    f.summary << classMismatch(in.config, gt.classNames);
    return f;
}

views::Figure gtMasksFigure(const FigureInput& in) {
    if (!in.groundTruth || in.groundTruth->count() == 0)
        return unavailable(noGroundTruthReason(in));
    const GroundTruth& gt = *in.groundTruth;
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    f.summary << classMismatch(in.config, gt.classNames);
    // Each instance over the image, as the original's per-instance views show it; a mask of
    // another size than the image (an annotation for another image of that name) alone.
    const QImage image = rgbImage(in.inspection->tensor(names::kOriginalImage));
    const bool overImage = gt.masks.size(0) == image.height() && gt.masks.size(1) == image.width();
    if (!overImage)
        f.summary << Figures::tr(
                         "The annotation's masks are %1×%2 pixels but the image is %3×%4: the "
                         "masks are shown alone.")
                         .arg(gt.masks.size(1))
                         .arg(gt.masks.size(0))
                         .arg(image.width())
                         .arg(image.height());
    const int n = static_cast<int>(std::min<int64_t>(gt.count(), kMaxGridImages));
    auto colors = render::randomColors(n, true, in.options.seed);
    for (int i = 0; i < n; ++i) {
        if (overImage) {
            render::MaskItem m;
            m.mask = maskImage(gt.masks.select(2, i));
            m.color = colors[size_t(i)];
            f.grid.images.push_back(render::compositeMasks(image, {m}));
        } else {
            f.grid.images.push_back(planeImage(gt.masks.select(2, i).to(torch::kFloat32), true));
        }
        int cls = gt.classIds[i].item<int32_t>();
        const QString name = groundTruthClassName(in, cls);
        f.grid.titles << (cls < 0 ? Figures::tr("%1 (crowd)").arg(name) : name);
    }
    f.grid.cols = 4;
    if (!gt.source.empty())
        f.summary << Figures::tr("Ground truth from %1, labelled with its class names")
                         .arg(QString::fromStdString(gt.source));
    f.summary << logLine("gt_class_id", gt.classIds) << logLine("gt_bbox", gt.boxes)
              << logLine("gt_mask", gt.masks);
    if (gt.count() > n)
        f.summary << trn(QT_TRANSLATE_N_NOOP("Figures", "Showing the first %1 of %n mask(s)"),
                         gt.count())
                         .arg(n);
    return f;
}

views::Figure maskGridFigure(const FigureInput& in, bool thresholded) {
    const Inspection& insp = *in.inspection;
    const auto& d = insp.detections;
    if (!insp.maskHeadRan || d.count() == 0 || !insp.mrcnnMask.defined())
        return noMasks(in);
    const auto& masks = insp.mrcnnMask;  // [D, 28, 28, C]
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    const int n = static_cast<int>(std::min<int64_t>(d.count(), kMaxGridImages));
    std::vector<torch::Tensor> specific;
    for (int i = 0; i < n; ++i) {
        const int64_t row = d.row(i);
        auto m = masks[row].select(2, d.classIds()[i].item<int32_t>());
        if (thresholded)
            m = m.ge(insp.options.maskThreshold).to(torch::kFloat32);
        specific.push_back(m);
        // imshow of the thresholded mask scales 0/1; an all-equal mask is drawn empty
        f.grid.images.push_back(planeImage(m, true));
        f.grid.titles << detectionCaption(in, i);
    }
    f.grid.cols = 4;
    auto stacked = torch::stack(specific);
    f.summary << logLine("det_mask_specific", stacked)
              << (thresholded ? Figures::tr("Thresholded at >= %1").arg(insp.options.maskThreshold)
                              : Figures::tr("Sigmoid outputs of the detection's class channel"));
    return f;
}

views::Figure masksPastedFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    const auto& d = insp.detections;
    if (!insp.maskHeadRan || d.count() == 0)
        return noMasks(in);
    views::Figure f;
    f.scene = originalScene(in);
    for (int64_t i = 0; i < d.count(); ++i) {
        render::MaskItem m;
        m.id = static_cast<int>(i);
        m.mask = maskImage(d.masks().select(2, i));
        m.color = detectionColor(in, i);
        m.contour = false;
        f.scene.masks.push_back(m);
    }
    f.summary << logLine("det_masks", d.masks());
    return f;
}

views::Figure instancesFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    const auto& d = insp.detections;
    views::Figure f;
    f.scene = originalScene(in);
    if (d.count() == 0) {
        f.summary << QStringLiteral("*** No instances to display ***");
        return f;
    }
    auto rects = boxRects(d.rois());
    for (int64_t i = 0; i < d.count(); ++i) {
        render::BoxItem b;
        b.id = static_cast<int>(i);
        b.box = rects[i];
        b.color = detectionColor(in, i);
        b.style = render::LineStyle::Dashed;  // display_instances: dashed, alpha 0.7
        b.alpha = 0.7;
        b.caption = detectionCaption(in, static_cast<int>(i));
        b.highlighted = i == in.options.selectedDetection;
        f.scene.boxes.push_back(b);
        if (insp.maskHeadRan && d.masks().defined() && d.masks().size(2) > i) {
            render::MaskItem m;
            m.id = static_cast<int>(i);
            m.mask = maskImage(d.masks().select(2, i));
            m.color = b.color;
            f.scene.masks.push_back(m);
        }
    }
    f.summary << logLine("rois", d.rois().tensor()) << logLine("class_ids", d.classIds())
              << logLine("scores", d.scores());
    if (d.masks().defined())
        f.summary << logLine("masks", d.masks());
    if (!insp.maskHeadRan)
        f.summary << Figures::tr("Detection-only model: no masks.");
    return f;
}

}  // namespace mrcnn::figures
