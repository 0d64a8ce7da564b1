#pragma once
// Conversions from the model core's tensors to the renderer's Qt values.

#include <QImage>
#include <QRectF>
#include <QString>

#include <torch/types.h>

#include <vector>

#include "utils/box_frames.h"

namespace mrcnn::figures {

// uint8 [H, W, 3] → RGB888 image (deep copy).
QImage rgbImage(const torch::Tensor& rgb);
// bool/uint8 [H, W] → Grayscale8 (255 inside).
QImage maskImage(const torch::Tensor& mask);
// A float plane [H, W] colour-mapped min..max (grey or Blues).
QImage planeImage(const torch::Tensor& plane, bool blues = false);
// (y1, x1, y2, x2) → rectangle (x1, y1)–(x2, y2).
QRectF boxRect(double y1, double x1, double y2, double x2);
// Rows of an [N, 4] tensor (any dtype) as rectangles.
std::vector<QRectF> boxRects(const torch::Tensor& boxes);
// Pixel boxes of either frame (convert normalised ones with toMolded/toOriginal first).
std::vector<QRectF> boxRects(const MoldedBoxes& boxes);
std::vector<QRectF> boxRects(const OriginalBoxes& boxes);
// The molded image back in uint8 (input_image + MEAN_PIXEL, rounded and clipped).
torch::Tensor unmoldedInput(const torch::Tensor& inputImage, const std::array<double, 3>& mean);
// The log() line of the original: name, shape, min, max, dtype.
QString logLine(const QString& name, const torch::Tensor& t);

}  // namespace mrcnn::figures
