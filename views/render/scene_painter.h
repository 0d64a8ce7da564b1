#pragma once
// Paints a Scene into any QPainter (screen, PNG, SVG, PDF, golden-image tests). The painter's
// transform maps image pixel-centre coordinates to the device, as matplotlib's imshow does:
// pixel (x, y) covers [x−0.5, x+0.5] × [y−0.5, y+0.5] and boxes are drawn at their raw
// corner values. Pens are cosmetic and captions keep their point size at any zoom.

#include <QImage>
#include <QPainter>

#include "render/scene.h"

namespace mrcnn::render {

// The background image with the masks blended in (apply_mask); cache it between paints.
QImage composeBackground(const Scene& scene, const RenderOptions& options);

// `background` is composeBackground()'s result (or a cached copy).
void paintScene(QPainter& painter, const Scene& scene, const QImage& background,
                const RenderOptions& options);

// Transform that fits `scene.bounds()` into `target` keeping the aspect ratio, centred.
QTransform fitTransform(const Scene& scene, const QRectF& target);

// The box under a point (image coordinates), nearest edge first; -1 when none.
int hitTestBox(const Scene& scene, QPointF imagePoint, double tolerance);

}  // namespace mrcnn::render
