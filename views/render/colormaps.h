#pragma once
// matplotlib colormaps used by the original's figures (Blues for overlaps and masks, gray
// for feature maps), sampled at t in [0, 1].

#include <QColor>
#include <QImage>

namespace mrcnn::render {

QColor blues(double t);
QColor blues_r(double t);
// A float plane [h, w] (row-major) scaled min..max to an 8-bit grey or Blues image, as imshow
// auto-scales single-channel images.
QImage scalarImage(const float* values, int height, int width, bool bluesMap = false);

}  // namespace mrcnn::render
