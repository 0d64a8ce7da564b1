#pragma once
// The detect command's overlay picture, drawn with OpenCV the way display_instances shows
// detections: each instance's mask blended at alpha 0.5 in its colour, its box, and a caption
// "name score" at (x1, y1 + 8). Colours are evenly spaced hues (random_colors before its
// shuffle, which is not reproducible anyway).

#include <string>

#include "config/config.h"
#include "inspection/inspection.h"

namespace mrcnn::cli {

// Writes the original image with the detections drawn on it (PNG/JPEG by extension).
void writeOverlay(const Inspection& inspection, const Config& config, const std::string& path);

}  // namespace mrcnn::cli
