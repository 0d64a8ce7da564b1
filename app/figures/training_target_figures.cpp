// Detection-side training targets (inspect_data's "ROIs" section): DetectionTargetLayer run on
// this run's proposals and the image's ground truth, as the trainer would compute them.

#include <QPainter>

#include <map>
#include <random>

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "render/colormaps.h"
#include "render/colors.h"
#include "training/detection_targets.h"
#include "utils/boxes.h"
#include "utils/image_ops.h"

namespace mrcnn::figures {

namespace {
constexpr int kMaxGridImages = 32;

struct RoiTargets {
    training::DetectionTargets targets;
    torch::Tensor roisPx;     // int32 [positives + negatives, 4] in the molded frame
    torch::Tensor refinedPx;  // int32 [positives, 4]: ROI + deltas · BBOX_STD_DEV
    int64_t proposals = 0;    // non-zero proposal rows
    int64_t gtInstances = 0;  // instances left after resizing
};

QString needsGroundTruthReason() {
    return Figures::tr(
        "Training targets need ground truth: open a dataset image or load an annotation "
        "for this image.");
}

// The GT as the trainer sees it: load_image_gt's molded frame (empty masks dropped, boxes
// from the masks), boxes normalised, masks minimised when USE_MINI_MASK. The seed is the
// figure seed, so both figures and repeated views show the same sample.
RoiTargets roiTargets(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    const Config& c = in.config;
    GroundTruth gt = moldedGroundTruth(in);
    auto kept = gt.masks.any(1).any(0).nonzero().select(1, 0);
    auto masks = gt.masks.index_select(2, kept).contiguous();
    auto classIds = gt.classIds.index_select(0, kept).to(torch::kInt32);
    auto boxes = extractBboxes(masks);
    if (c.USE_MINI_MASK)
        masks = minimizeMask(boxes, masks, {c.MINI_MASK_SHAPE[0], c.MINI_MASK_SHAPE[1]});
    auto proposals = insp.proposals.proposals.tensor();

    RoiTargets r;
    r.proposals = nonZeroRowIndices(proposals).size(0);
    r.gtInstances = classIds.size(0);
    std::mt19937_64 rng(in.options.seed);
    r.targets = training::detectionTargets(
        proposals, classIds, toNormalized(MoldedBoxes(boxes), insp.meta).tensor(), masks, c, rng);
    const int64_t p = r.targets.positives, used = p + r.targets.negatives;
    r.roisPx = toMolded(NormalizedBoxes(r.targets.rois).first(used), insp.meta).tensor();
    auto stdDev =
        torch::tensor({c.BBOX_STD_DEV[0], c.BBOX_STD_DEV[1], c.BBOX_STD_DEV[2], c.BBOX_STD_DEV[3]})
            .to(torch::kFloat32);
    auto refined =
        applyBoxDeltas(r.targets.rois.slice(0, 0, p), r.targets.deltas.slice(0, 0, p) * stdDev);
    r.refinedPx = toMolded(NormalizedBoxes(refined), insp.meta).tensor();
    return r;
}

int classOf(const RoiTargets& r, int64_t i) {
    return static_cast<int>(r.targets.classIds[i].item<int64_t>());
}

// "square: 3, circle: 1", classes in id order.
QString classCounts(const FigureInput& in, const RoiTargets& r) {
    std::map<int, int> counts;
    for (int64_t i = 0; i < r.targets.positives; ++i)
        ++counts[classOf(r, i)];
    QStringList parts;
    for (auto [cls, n] : counts)
        parts << QString("%1: %2").arg(groundTruthClassName(in, cls)).arg(n);
    return parts.isEmpty() ? Figures::tr("none") : parts.join(", ");
}

// A 0/1 mask target in Blues with fixed 0..1 scaling: imshow's min..max scaling would draw an
// all-ones target (an ROI inside its object) as empty.
QImage maskTargetImage(const torch::Tensor& mask) {
    auto m = mask.to(torch::kFloat32).contiguous();
    const int h = static_cast<int>(m.size(0)), w = static_cast<int>(m.size(1));
    QImage img(w, h, QImage::Format_RGB888);
    const float* v = m.data_ptr<float>();
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixelColor(x, y, render::blues(std::clamp(v[y * w + x], 0.0f, 1.0f)));
    return img;
}

// The ROI's crop of the molded image beside its mask target. The crop is stretched to the
// mask's square grid as crop_and_resize stretches it, so the two line up pixel for pixel.
QImage cropBesideMask(const QImage& image, const QRect& roi, const torch::Tensor& mask) {
    const int side = 3 * static_cast<int>(mask.size(0)), gap = 4;
    QImage cell(2 * side + gap, side, QImage::Format_RGB888);
    cell.fill(Qt::white);
    QPainter p(&cell);
    QRect crop = roi.intersected(image.rect());
    if (!crop.isEmpty())
        p.drawImage(
            QRect(0, 0, side, side),
            image.copy(crop).scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    // nearest neighbour: the notebook shows the 28×28 targets with interpolation="none"
    p.drawImage(QRect(side + gap, 0, side, side), maskTargetImage(mask).scaled(side, side));
    p.end();
    return cell;
}

QRect pixelRect(const torch::Tensor& box) {  // int32 (y1, x1, y2, x2), exclusive y2/x2
    auto b = box.to(torch::kInt64);
    const int y1 = static_cast<int>(b[0].item<int64_t>()),
              x1 = static_cast<int>(b[1].item<int64_t>());
    return QRect(x1, y1, static_cast<int>(b[3].item<int64_t>()) - x1,
                 static_cast<int>(b[2].item<int64_t>()) - y1);
}

std::optional<views::Figure> missingInputs(const FigureInput& in) {
    if (!in.groundTruth || in.groundTruth->count() == 0)
        return unavailable(noGroundTruthReason(in, needsGroundTruthReason()));
    if (in.inspection->proposals.proposals.count() == 0)
        return unavailable(Figures::tr("This run kept no proposals."));
    return std::nullopt;
}
}  // namespace

views::Figure detectionTargetsFigure(const FigureInput& in) {
    if (auto missing = missingInputs(in))
        return *missing;
    RoiTargets r = roiTargets(in);
    const auto& t = r.targets;
    views::Figure f;
    f.scene = moldedScene(in);
    // Negatives first, so the positives are drawn over them.
    auto grey = render::faintColor();
    auto rects = boxRects(r.roisPx);
    for (int64_t i = t.positives; i < t.positives + t.negatives; ++i) {
        render::BoxItem b;
        b.id = static_cast<int>(i);
        b.box = rects[i];
        b.color = grey;
        b.style = render::LineStyle::Dotted;
        b.alpha = 0.6;
        b.lineWidth = 1;
        b.tooltip = Figures::tr("negative ROI (row %1 of the targets)").arg(i);
        f.scene.boxes.push_back(b);
    }
    auto colors = render::randomColors(in.config.NUM_CLASSES, true, in.options.seed);
    auto refinedRects = boxRects(r.refinedPx);
    for (int64_t i = 0; i < t.positives; ++i) {
        const int cls = classOf(r, i);
        const QColor color = colors[static_cast<size_t>(cls) % colors.size()];
        render::BoxItem roi;
        roi.id = static_cast<int>(i);
        roi.box = rects[i];
        roi.color = color;
        roi.style = render::LineStyle::Solid;
        roi.alpha = 1.0;
        roi.caption = groundTruthClassName(in, cls);
        roi.captionStyle = render::CaptionStyle::Boxed;
        roi.tooltip = Figures::tr("positive ROI (row %1 of the targets)").arg(i);
        // The refinement the box head is trained to predict: dotted and fainter, joined to
        // the ROI at the top-left corners as draw_boxes joins them.
        render::BoxItem refined;
        refined.id = roi.id;
        refined.box = refinedRects[i];
        refined.color = color;
        refined.style = render::LineStyle::Dotted;
        refined.alpha = 0.6;
        refined.lineWidth = 1.5;
        refined.tooltip = Figures::tr("refinement target of ROI %1").arg(i);
        f.scene.lines.push_back(
            {roi.box.topLeft(), refined.box.topLeft(), color, render::LineStyle::Dotted, 1.0});
        f.scene.boxes.push_back(refined);
        f.scene.boxes.push_back(roi);
    }
    f.summary << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "%1 positive, %n negative ROI(s) of "
                                         "TRAIN_ROIS_PER_IMAGE = %2"),
                     t.negatives)
                     .arg(t.positives)
                     .arg(in.config.TRAIN_ROIS_PER_IMAGE)
              << Figures::tr("Positive ROIs per class: %1").arg(classCounts(in, r))
              << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "From %1 proposals and %n ground-truth "
                                         "instance(s); ROI_POSITIVE_RATIO %2"),
                     r.gtInstances)
                     .arg(r.proposals)
                     .arg(in.config.ROI_POSITIVE_RATIO)
              << QString() << logLine("rois", t.rois) << logLine("mrcnn_class_ids", t.classIds)
              << logLine("mrcnn_bbox", t.deltas) << logLine("mrcnn_mask", t.masks) << QString()
              << Figures::tr(
                     "Drawn: positive ROIs solid in their class colour, the refinement they are "
                     "trained towards dotted; negative ROIs grey dotted.")
              << Figures::tr(
                     "The sample comes from a generator seeded with %1; TensorFlow's "
                     "random_shuffle cannot be reproduced, so the original would pick others.")
                     .arg(in.options.seed);
    return f;
}

views::Figure maskTargetsFigure(const FigureInput& in) {
    if (auto missing = missingInputs(in))
        return *missing;
    RoiTargets r = roiTargets(in);
    const auto& t = r.targets;
    if (t.positives == 0)
        return unavailable(Figures::tr(
            "No positive ROIs: no proposal overlaps a ground-truth box with IoU >= 0.5, "
            "so there are no mask targets."));
    const QImage image = moldedScene(in).image;
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    const int n = static_cast<int>(std::min<int64_t>(t.positives, kMaxGridImages));
    for (int i = 0; i < n; ++i) {
        f.grid.images.push_back(cropBesideMask(image, pixelRect(r.roisPx[i]), t.masks[i]));
        f.grid.titles << groundTruthClassName(in, classOf(r, i));
    }
    f.grid.cols = 4;
    f.summary << logLine("mrcnn_mask", t.masks.slice(0, 0, t.positives))
              << Figures::tr("Positive ROIs per class: %1").arg(classCounts(in, r))
              << Figures::tr(
                     "Each cell: the ROI's crop of the molded image, stretched like "
                     "crop_and_resize, beside its %1 x %2 mask target")
                     .arg(in.config.MASK_SHAPE[0])
                     .arg(in.config.MASK_SHAPE[1]);
    if (t.positives > n)
        f.summary << trn(QT_TRANSLATE_N_NOOP("Figures",
                                             "Showing the first %1 of %n positive ROI(s)"),
                         t.positives)
                         .arg(n);
    return f;
}

}  // namespace mrcnn::figures
