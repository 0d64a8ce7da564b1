// Stage 8: this image's detections and ground truth judged as the dataset evaluation's TIDE
// analysis judges them (metrics/image_errors.h): the true positives, the error type of each
// false positive and the missed instances, at the chosen IoU.

#include <array>

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "metrics/image_errors.h"
#include "render/colors.h"

namespace mrcnn::figures {

namespace {

using coco::TideType;

QString typeName(TideType type) {
    return QString::fromLatin1(coco::kTideTypeNames[size_t(type)]);
}

// What each of TIDE's types means, for the summary and the tooltips.
QString typeMeaning(TideType type) {
    switch (type) {
        case TideType::Cls:
            return Figures::tr("classification: on an instance of another class");
        case TideType::Loc:
            return Figures::tr("localisation: right class, overlap too small");
        case TideType::Both:
            return Figures::tr("both: wrong class and overlap too small");
        case TideType::Dupe:
            return Figures::tr("duplicate: its instance was already matched");
        case TideType::Bkg:
            return Figures::tr("background: on no instance");
        case TideType::Miss:
            return Figures::tr("missed: an instance nothing matched or aimed at");
    }
    return {};
}

}  // namespace

views::Figure errorTypesFigure(const FigureInput& in) {
    if (!in.groundTruth)
        return unavailable(noGroundTruthReason(
            in, Figures::tr("No ground truth for this image: open a dataset image or load an "
                            "annotation to see its error types.")));
    const GroundTruth& g = *in.groundTruth;
    const Detections& d = in.inspection->detections;
    // A model without masks is judged on boxes, as its COCO segm results are its boxes.
    const bool boxes = in.options.boxIou || !d.hasMasks();
    coco::TideParams params;
    params.foregroundIou = in.options.iouThreshold;
    const metrics::ImageErrors e = metrics::imageErrors(
        g.masks, g.classIds, d, boxes ? coco::IouType::Bbox : coco::IouType::Segm, params);

    views::Figure f;
    f.title = Figures::tr("Error types (TIDE) at %1 IoU %2")
                  .arg(boxes ? Figures::tr("box") : Figures::tr("mask"))
                  .arg(params.foregroundIou, 0, 'f', 2);
    f.scene = originalScene(in);

    const auto gtRects = g.count() > 0 ? boxRects(g.boxes) : std::vector<QRectF>{};
    const auto gtClasses = g.count() > 0 ? g.classIds.to(torch::kInt32).contiguous()
                                         : torch::zeros({0}, torch::kInt32);
    auto gtName = [&](int64_t j) {
        const int cls = gtClasses.data_ptr<int32_t>()[j];
        return Figures::tr("ground truth #%1 %2").arg(j).arg(groundTruthClassName(in, cls));
    };
    for (int64_t j = 0; j < g.count(); ++j) {
        const metrics::GroundTruthVerdict& v = e.groundTruth[size_t(j)];
        render::BoxItem b;
        b.id = 100000 + int(j);  // not a detection: a click selects nothing
        b.box = gtRects[size_t(j)];
        b.style = v.crowd ? render::LineStyle::Dotted : render::LineStyle::Dashed;
        if (v.crowd) {
            b.color = render::faintColor();
            b.tooltip =
                Figures::tr("%1 — a crowd region: detections inside it are ignored").arg(gtName(j));
        } else if (v.missed) {
            b.color = render::errorTypeColor(int(TideType::Miss));
            b.caption = typeName(TideType::Miss);
            b.captionStyle = render::CaptionStyle::Boxed;
            b.tooltip = Figures::tr("%1 — Miss, %2").arg(gtName(j), typeMeaning(TideType::Miss));
        } else if (v.matched) {
            b.color = render::groundTruthColor();
            b.tooltip = Figures::tr("%1 — matched").arg(gtName(j));
        } else {
            b.color = render::groundTruthColor();
            b.tooltip = Figures::tr(
                            "%1 — not matched; a Cls or Loc error aimed at it, so it "
                            "counts there, not as a Miss")
                            .arg(gtName(j));
        }
        f.scene.boxes.push_back(b);
        if (g.masks.defined() && g.masks.size(2) == g.count()) {
            render::MaskItem mk;
            mk.mask = maskImage(g.masks.select(2, j));
            mk.color = b.color;
            mk.fill = false;
            f.scene.masks.push_back(mk);
        }
    }

    const auto predRects = boxRects(d.rois());
    const auto scores = d.scores().to(torch::kFloat32).contiguous();
    const auto classes = d.classIds().to(torch::kInt32).contiguous();
    for (int64_t i = 0; i < d.count(); ++i) {
        const metrics::DetectionVerdict& v = e.detections[size_t(i)];
        const float score = scores.data_ptr<float>()[i];
        const QString name = Figures::tr("detection #%1 %2 %3")
                                 .arg(i)
                                 .arg(className(in, classes.data_ptr<int32_t>()[i]))
                                 .arg(score, 0, 'f', 3);
        render::BoxItem b;
        b.id = int(i);
        b.box = predRects[size_t(i)];
        b.style = render::LineStyle::Solid;
        b.captionStyle = render::CaptionStyle::Boxed;
        b.highlighted = i == in.options.selectedDetection;
        const QString iou = QString::number(v.iou, 'f', 2);
        if (!v.judged) {
            b.color = render::faintColor();
            b.caption = QString::number(score, 'f', 2);
            b.tooltip = Figures::tr(
                            "%1 — beyond the 100 highest-scoring detections of the "
                            "image: not judged")
                            .arg(name);
        } else if (v.truePositive) {
            b.color = render::truePositiveColor();
            b.caption = QStringLiteral("TP %1").arg(score, 0, 'f', 2);
            b.tooltip = Figures::tr("%1 — true positive: IoU %2 with %3")
                            .arg(name, iou, gtName(v.groundTruth));
        } else {
            b.color = v.ignored ? render::faintColor() : render::errorTypeColor(int(v.error));
            b.caption = QStringLiteral("%1 %2").arg(typeName(v.error)).arg(score, 0, 'f', 2);
            QString why =
                Figures::tr("%1 — %2, %3").arg(name, typeName(v.error), typeMeaning(v.error));
            why += v.groundTruth >= 0
                       ? Figures::tr(" (IoU %1 with %2)").arg(iou, gtName(v.groundTruth))
                       : Figures::tr(" (highest IoU with any instance %1)").arg(iou);
            if (v.ignored)
                why += Figures::tr("; inside a crowd region, so left out of the AP");
            b.tooltip = why;
        }
        f.scene.boxes.push_back(b);
        if (d.hasMasks()) {
            render::MaskItem mk;
            mk.id = int(i);
            mk.mask = maskImage(d.masks().select(2, i));
            mk.color = b.color;
            f.scene.masks.push_back(mk);
        }
    }

    f.summary << classMismatch(in.config, g.classNames);
    f.summary << Figures::tr(
                     "TIDE's rules on %1 IoU: a match at IoU >= %2, background at "
                     "IoU <= %3; the dataset evaluation finds the same errors in this "
                     "image for the same detections.")
                     .arg(boxes ? Figures::tr("box") : Figures::tr("mask"))
                     .arg(params.foregroundIou, 0, 'f', 2)
                     .arg(params.backgroundIou, 0, 'f', 2)
              << Figures::tr("True positives: %1").arg(e.truePositives);
    for (TideType t : {TideType::Cls, TideType::Loc, TideType::Both, TideType::Dupe, TideType::Bkg,
                       TideType::Miss})
        f.summary
            << Figures::tr("%1 (%2): %3").arg(typeName(t), typeMeaning(t)).arg(e.counts[size_t(t)]);
    if (d.count() > 0)
        f.summary << Figures::tr("Click a detection to see where it came from.");
    return f;
}

}  // namespace mrcnn::figures
