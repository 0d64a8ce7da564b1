#pragma once
// Writes figures to PNG, JPEG, SVG or PDF (chosen by the file suffix). Everything painted
// through QPainter stays vector in SVG/PDF (boxes, text, contours, charts); images with
// blended masks are embedded as rasters.

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

#include "render/scene.h"

class QPainter;

namespace mrcnn::render {

struct ExportResult {
    bool ok = false;
    QString error;  // for people, when !ok
};

// Paints `paint(painter, size)` onto a white canvas of `size` device pixels (96 dpi for
// SVG/PDF) and writes it to `path`.
using PaintFunction = std::function<void(QPainter&, QSize)>;
ExportResult exportPainting(const QString& path, QSize size, const QString& title,
                            const PaintFunction& paint);

// A Scene, fitted into a figure whose longer side is `longSide` pixels; the title, when
// set, is drawn in a band above the image.
ExportResult exportScene(const Scene& scene, const RenderOptions& options, const QString& path,
                         int longSide = 1024);

QStringList exportFormats();  // "png", "jpg", "svg", "pdf"

}  // namespace mrcnn::render
