#pragma once
// Writes a Scene to PNG, JPEG, SVG or PDF (chosen by the file suffix). Boxes, text and
// contours are vectors in SVG/PDF; the image with its blended masks is embedded as a raster.

#include <QString>

#include "render/scene.h"

namespace mrcnn::render {

struct ExportResult {
    bool ok = false;
    QString error;  // for people, when !ok
};

// `longSide` is the pixel size of the longer side of the figure (PNG/JPEG) or of the page
// at 96 dpi (SVG/PDF). The title, when set, is drawn in a band above the image.
ExportResult exportScene(const Scene& scene, const RenderOptions& options, const QString& path,
                         int longSide = 1024);

QStringList exportFormats();  // "png", "jpg", "svg", "pdf"

}  // namespace mrcnn::render
