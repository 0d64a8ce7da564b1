#pragma once
// Instance colours as visualize.random_colors makes them: HSV (i/N, 1, v) converted like
// colorsys.hsv_to_rgb, then shuffled — with a seeded generator so figures are reproducible.

#include <QColor>

#include <cstdint>
#include <vector>

namespace mrcnn::render {

std::vector<QColor> randomColors(int count, bool bright = true, uint64_t seed = 0);

// The colour of one thing that keeps its identity across runs (a detection's proposal row):
// the same key always gives the same colour, and neighbouring keys get hues far apart
// (golden-ratio steps around the HSV circle, the seed turning the whole circle).
QColor identityColor(int64_t key, bool bright = true, uint64_t seed = 0);

// The fixed colours of display_differences and draw_boxes.
inline QColor groundTruthColor() {
    return QColor::fromRgbF(0, 1, 0, 0.8f);
}
inline QColor predictionColor() {
    return QColor::fromRgbF(1, 0, 0, 1);
}
// The evaluation's verdicts: a true positive, and TIDE's error types by coco::TideType
// (Cls, Loc, Both, Dupe, Bkg, Miss), each its own colour.
inline QColor truePositiveColor() {
    return QColor::fromRgbF(0, 0.8f, 0, 1);
}
QColor errorTypeColor(int type);
inline QColor faintColor() {
    return QColor::fromRgbF(0.5f, 0.5f, 0.5f, 1);
}

}  // namespace mrcnn::render
