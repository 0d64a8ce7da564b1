#pragma once
// Mask outlines as display_instances draws them: skimage.measure.find_contours(padded, 0.5)
// on the mask padded by one pixel, shifted back by −1. For a binary mask the iso-line runs
// through the midpoints between inside and outside pixel centres (marching squares).
// Coordinates are pixel-centre coordinates (pixel (x, y) has its centre at (x, y)).

#include <QImage>
#include <QPainterPath>
#include <QPoint>

namespace mrcnn::render {

// `mask` is Format_Grayscale8 (non-zero inside); `origin` shifts the result into the image.
QPainterPath maskContour(const QImage& mask, QPoint origin = {});

}  // namespace mrcnn::render
