// Stage 7: masks — ground truth, the 28×28 class masks (soft and thresholded), the masks
// pasted into the image, and the display_instances overlay.

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
