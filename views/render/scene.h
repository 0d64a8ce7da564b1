#pragma once
// Plain value types that describe one figure: the image, masks, boxes (with optional refined
// boxes), lines, points and captions, in image pixel coordinates (x right, y down; a box
// covers [x1, x2) × [y1, y2) as the original's exclusive y2/x2). Views and exporters draw a
// Scene with paintScene(); nothing here knows about LibTorch.

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace mrcnn::render {

enum class LineStyle { Solid, Dashed, Dotted };

// How a caption is drawn: display_instances puts white text on the image; draw_boxes puts
// white text on a half-transparent box of the instance colour.
enum class CaptionStyle { Plain, Boxed };

struct BoxItem {
    int id = -1;  // caller's index, used for hit testing and lineage
    QRectF box;   // x1, y1, x2, y2 as a rectangle
    QColor color;
    LineStyle style = LineStyle::Dashed;
    double alpha = 0.7;
    double lineWidth = 2.0;
    std::optional<QRectF> refined;  // drawn solid, joined to `box` at the top-left corners
    QString caption;
    CaptionStyle captionStyle = CaptionStyle::Plain;
    bool highlighted = false;  // drawn thicker (selection / lineage)
    QString tooltip;           // extra text for hover tooltips
};

struct MaskItem {
    int id = -1;
    QImage mask;    // Format_Grayscale8, non-zero = inside, image-sized or placed at `origin`
    QPoint origin;  // top-left of `mask` in the image
    QColor color;
    double alpha = 0.5;
    bool fill = true;  // apply_mask blending
    bool contour = true;
};

struct LineItem {
    QPointF from;
    QPointF to;
    QColor color;
    LineStyle style = LineStyle::Solid;
    double lineWidth = 1.0;
};

struct PointItem {
    QPointF at;
    QColor color;
    double radius = 2.0;
};

struct Scene {
    QImage image;  // RGB888 background; may be null for chart-like scenes
    QString title;
    double margin = 10;  // blank border around the image, in image pixels
    std::vector<MaskItem> masks;
    std::vector<BoxItem> boxes;
    std::vector<LineItem> lines;
    std::vector<PointItem> points;

    QRectF bounds() const;  // image rectangle grown by the margin
};

struct RenderOptions {
    bool showImage = true;
    bool showBoxes = true;
    bool showMasks = true;
    bool showContours = true;
    bool showCaptions = true;
    double captionPointSize = 11;  // the original's fontsize 11 at 16-inch figures
};

}  // namespace mrcnn::render
