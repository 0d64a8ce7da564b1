// Stage 1 and 2: the molded input and the anchors (inspect_data's anchor cells).

#include <QColor>

#include <cmath>

#include "config/config.h"
#include "figures/figure_builders.h"
#include "figures/tensor_qt.h"
#include "inspection/tensor_names.h"
#include "render/colors.h"
#include "utils/anchors.h"

namespace mrcnn::figures {

namespace {
struct LevelSlice {
    int64_t start = 0, count = 0;
    std::array<int64_t, 2> featureShape{};
    int stride = 0;
};

std::vector<LevelSlice> levelSlices(const FigureInput& in) {
    const ImageMeta& meta = in.inspection->meta;
    auto shapes = computeBackboneShapes(in.config, meta.moldedHeight(), meta.moldedWidth());
    const int64_t perCell = in.config.anchorsPerLocation();
    const int64_t as = in.config.RPN_ANCHOR_STRIDE;
    std::vector<LevelSlice> out;
    int64_t start = 0;
    for (size_t l = 0; l < shapes.size(); ++l) {
        int64_t rows = (shapes[l][0] + as - 1) / as, cols = (shapes[l][1] + as - 1) / as;
        LevelSlice s{start, rows * cols * perCell, shapes[l], in.config.BACKBONE_STRIDES[l]};
        out.push_back(s);
        start += s.count;
    }
    return out;
}
}  // namespace

views::Figure inputFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    const ImageMeta& meta = insp.meta;
    views::Figure f;
    f.scene = moldedScene(in);
    render::BoxItem window;
    window.box = boxRect(meta.window[0], meta.window[1], meta.window[2], meta.window[3]);
    window.color = Qt::white;
    window.style = render::LineStyle::Dashed;
    window.caption = Figures::tr("window");
    window.captionStyle = render::CaptionStyle::Boxed;
    window.tooltip = Figures::tr("The image area inside the padding");
    f.scene.boxes.push_back(window);
    f.summary << logLine("original_image", insp.tensor(names::kOriginalImage))
              << logLine("molded_images", insp.tensor(names::kInputImage))
              << logLine("image_metas", insp.tensor(names::kImageMeta));
    if (insp.has(names::kAnchors))
        f.summary << logLine("anchors", insp.tensor(names::kAnchors));
    f.summary << QString()
              << Figures::tr("Original shape: %1 x %2")
                     .arg(meta.originalHeight())
                     .arg(meta.originalWidth())
              << Figures::tr("Molded shape: %1 x %2 (%3 mode)")
                     .arg(meta.moldedHeight())
                     .arg(meta.moldedWidth())
                     .arg(QString::fromStdString(in.config.IMAGE_RESIZE_MODE))
              << Figures::tr("Window (y1, x1, y2, x2): %1, %2, %3, %4")
                     .arg(meta.window[0])
                     .arg(meta.window[1])
                     .arg(meta.window[2])
                     .arg(meta.window[3])
              << Figures::tr("Scale: %1").arg(meta.scale, 0, 'g', 8)
              << Figures::tr("Padding: top %1, bottom %2, left %3, right %4")
                     .arg(meta.window[0])
                     .arg(meta.moldedHeight() - meta.window[2])
                     .arg(meta.window[1])
                     .arg(meta.moldedWidth() - meta.window[3]);
    f.summary << QString::fromStdString(displayConfig(in.config)).split('\n');
    return f;
}

views::Figure anchorsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    if (insp.anchors.pixels.count() == 0)
        return unavailable(Figures::tr("This run kept no anchors."));
    auto anchors = insp.anchors.pixels.tensor().to(torch::kFloat64).contiguous();
    auto levels = levelSlices(in);
    views::Figure f;
    f.scene = moldedScene(in);
    auto colors = render::randomColors(static_cast<int>(levels.size()), true, in.options.seed);
    const int64_t perCell = in.config.anchorsPerLocation();
    const int64_t as = in.config.RPN_ANCHOR_STRIDE;
    f.summary << Figures::tr("Count: %1").arg(anchors.size(0))
              << Figures::tr("Scales: %1").arg([&] {
                     QStringList s;
                     for (double v : in.config.RPN_ANCHOR_SCALES)
                         s << QString::number(v);
                     return s.join(", ");
                 }())
              << Figures::tr("Ratios: %1").arg([&] {
                     QStringList s;
                     for (double v : in.config.RPN_ANCHOR_RATIOS)
                         s << QString::number(v);
                     return s.join(", ");
                 }())
              << Figures::tr("Anchors per cell: %1").arg(perCell)
              << Figures::tr("Levels: %1").arg(levels.size());
    for (size_t l = 0; l < levels.size(); ++l) {
        const auto& lv = levels[l];
        int64_t cols = (lv.featureShape[1] + as - 1) / as;
        int64_t cy = lv.featureShape[0] / 2 / as, cx = lv.featureShape[1] / 2 / as;
        int64_t first = lv.start + (cy * cols + cx) * perCell;
        f.summary << Figures::tr("Level %1. Anchors: %2  Feature map shape: (%3, %4)")
                         .arg(l)
                         .arg(lv.count, 6)
                         .arg(lv.featureShape[0])
                         .arg(lv.featureShape[1]);
        for (int64_t i = 0; i < perCell && first + i < anchors.size(0); ++i) {
            auto a = anchors[first + i];
            render::BoxItem b;
            b.id = static_cast<int>(first + i);
            b.box = boxRect(a[0].item<double>(), a[1].item<double>(), a[2].item<double>(),
                            a[3].item<double>());
            QColor c = colors[l];
            double k = double(i + 1) / perCell;  // brightness rises with the ratio index
            b.color = QColor::fromRgbF(c.redF() * k, c.greenF() * k, c.blueF() * k);
            b.style = render::LineStyle::Solid;
            b.alpha = 1.0;
            b.tooltip =
                Figures::tr("level %1, ratio %2, anchor #%3")
                    .arg(l)
                    .arg(in.config.RPN_ANCHOR_RATIOS[i % in.config.RPN_ANCHOR_RATIOS.size()])
                    .arg(first + i);
            f.scene.boxes.push_back(b);
        }
    }
    return f;
}

views::Figure anchorsLevelFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    if (insp.anchors.pixels.count() == 0)
        return unavailable(Figures::tr("This run kept no anchors."));
    auto levels = levelSlices(in);
    int level = std::clamp(in.options.anchorLevel, 0, static_cast<int>(levels.size()) - 1);
    const auto& lv = levels[level];
    auto anchors = insp.anchors.pixels.tensor()
                       .slice(0, lv.start, lv.start + lv.count)
                       .to(torch::kFloat64)
                       .contiguous();
    // Drawing 200k rectangles helps nobody: an even subsample keeps the pattern visible.
    constexpr int64_t kMaxDrawn = 4000;
    int64_t step = std::max<int64_t>(1, (lv.count + kMaxDrawn - 1) / kMaxDrawn);
    views::Figure f;
    f.title = Figures::tr("All anchors of level %1 (P%2)").arg(level).arg(level + 2);
    f.scene = moldedScene(in);
    auto color = render::randomColors(1, true, in.options.seed + level)[0];
    auto rects = boxRects(anchors);
    for (int64_t i = 0; i < lv.count; i += step) {
        render::BoxItem b;
        b.id = static_cast<int>(lv.start + i);
        b.box = rects[i];
        b.color = color;
        b.style = render::LineStyle::Solid;
        b.alpha = 0.35;
        b.lineWidth = 1;
        f.scene.boxes.push_back(b);
    }
    f.summary << Figures::tr("Level %1 (P%2), stride %3, feature map %4 x %5")
                     .arg(level)
                     .arg(level + 2)
                     .arg(lv.stride)
                     .arg(lv.featureShape[0])
                     .arg(lv.featureShape[1])
              << Figures::tr("Anchors in level: %1").arg(lv.count)
              << (step > 1
                      ? trn(QT_TRANSLATE_N_NOOP("Figures", "Drawn: one anchor in %1 (%n box(es))"),
                            static_cast<int64_t>(f.scene.boxes.size()))
                            .arg(step)
                      : Figures::tr("Drawn: all %1").arg(f.scene.boxes.size()));
    return f;
}

}  // namespace mrcnn::figures
