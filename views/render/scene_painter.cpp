#include "render/scene_painter.h"

#include <QFontMetricsF>
#include <QPen>

#include <cmath>
#include <limits>

#include "render/contours.h"
#include "render/mask_compositor.h"

namespace mrcnn::render {

QRectF Scene::bounds() const {
    QRectF r(-0.5, -0.5, image.isNull() ? 1 : image.width(), image.isNull() ? 1 : image.height());
    if (image.isNull()) {
        for (const auto& b : boxes)
            r = r.united(b.box);
        for (const auto& p : points)
            r = r.united(QRectF(p.at, QSizeF(0, 0)));
    }
    return r.adjusted(-margin, -margin, margin, margin);
}

namespace {

Qt::PenStyle penStyle(LineStyle s) {
    switch (s) {
        case LineStyle::Dashed:
            return Qt::DashLine;
        case LineStyle::Dotted:
            return Qt::DotLine;
        default:
            return Qt::SolidLine;
    }
}

QPen cosmeticPen(QColor color, double alpha, double width, LineStyle style) {
    color.setAlphaF(static_cast<float>(color.alphaF() * alpha));
    QPen pen(color);
    pen.setCosmetic(true);
    pen.setWidthF(width);
    pen.setStyle(penStyle(style));
    return pen;
}

// Moves `r` by the least amount that puts it inside `area` (its left/top edge wins when it
// is larger than `area`).
QRectF keepInside(QRectF r, const QRectF& area) {
    if (r.right() > area.right())
        r.moveRight(area.right());
    if (r.left() < area.left())
        r.moveLeft(area.left());
    if (r.bottom() > area.bottom())
        r.moveBottom(area.bottom());
    if (r.top() < area.top())
        r.moveTop(area.top());
    return r;
}

// `area` is the image as drawn, in device pixels: a caption near the right or bottom edge is
// moved inside it instead of running over the edge or out of the canvas.
void drawCaption(QPainter& p, const BoxItem& b, const RenderOptions& o, const QRectF& area) {
    if (b.caption.isEmpty())
        return;
    QPointF corner = b.refined ? b.refined->topLeft() : b.box.topLeft();
    QFont font = p.font();
    font.setPointSizeF(o.captionPointSize);
    QFontMetricsF fm(font, p.device());
    const double textWidth = fm.horizontalAdvance(b.caption);
    p.save();
    if (b.captionStyle == CaptionStyle::Plain) {
        // matplotlib text at (x1, y1 + 8) data units, baseline aligned
        QPointF at = p.transform().map(QPointF(corner.x(), corner.y() + 8));
        QRectF text(at.x(), at.y() - fm.ascent(), textWidth, fm.height());
        text = keepInside(text, area);
        p.resetTransform();
        p.setClipRect(area, Qt::IntersectClip);  // a caption wider than the image is cut
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QPointF(text.left(), text.top() + fm.ascent()), b.caption);
    } else {
        // draw_boxes: top-aligned white text on a half-transparent box of the colour, pad 2
        QPointF at = p.transform().map(corner);
        const double boxWidth = fm.boundingRect(b.caption).width() + 4;
        QRectF box = keepInside(QRectF(at.x(), at.y(), boxWidth, fm.height() + 4), area);
        p.resetTransform();
        p.setClipRect(area, Qt::IntersectClip);
        p.setFont(font);
        QColor fill = b.color;
        fill.setAlphaF(0.5f);
        p.fillRect(box, fill);
        p.setPen(Qt::white);
        p.drawText(QPointF(box.left() + 2, box.top() + 2 + fm.ascent()), b.caption);
    }
    p.restore();
}

}  // namespace

QImage composeBackground(const Scene& scene, const RenderOptions& options) {
    if (scene.image.isNull())
        return {};
    if (!options.showMasks)
        return scene.image.convertToFormat(QImage::Format_RGB888);
    return compositeMasks(scene.image, scene.masks);
}

void paintScene(QPainter& p, const Scene& scene, const QImage& background, const RenderOptions& o) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // imshow "nearest" look
    if (o.showImage && !background.isNull())
        p.drawImage(QRectF(-0.5, -0.5, background.width(), background.height()), background);
    if (o.showContours) {
        for (const auto& m : scene.masks) {
            if (!m.contour || m.mask.isNull())
                continue;
            p.setPen(cosmeticPen(m.color, 1.0, 1.0, LineStyle::Solid));
            p.setBrush(Qt::NoBrush);
            p.drawPath(maskContour(m.mask, m.origin));
        }
    }
    for (const auto& l : scene.lines) {
        p.setPen(cosmeticPen(l.color, 1.0, l.lineWidth, l.style));
        p.drawLine(l.from, l.to);
    }
    for (const auto& pt : scene.points) {
        p.setPen(Qt::NoPen);
        p.setBrush(pt.color);
        QPointF c = p.transform().map(pt.at);
        p.save();
        p.resetTransform();
        p.drawEllipse(c, pt.radius, pt.radius);
        p.restore();
    }
    if (o.showBoxes) {
        p.setBrush(Qt::NoBrush);
        for (const auto& b : scene.boxes) {
            double width = b.highlighted ? b.lineWidth + 2 : b.lineWidth;
            p.setPen(cosmeticPen(b.color, b.alpha, width, b.style));
            p.drawRect(b.box);
            if (b.refined) {
                p.setPen(cosmeticPen(b.color, 1.0, width, LineStyle::Solid));
                p.drawRect(*b.refined);
                p.setPen(cosmeticPen(b.color, 1.0, 1.0, LineStyle::Solid));
                p.drawLine(b.box.topLeft(), b.refined->topLeft());
            }
        }
    }
    if (o.showCaptions) {
        const QRectF shown = scene.image.isNull()
                                 ? scene.bounds()
                                 : QRectF(-0.5, -0.5, scene.image.width(), scene.image.height());
        const QRectF area = p.transform().mapRect(shown);
        for (const auto& b : scene.boxes)
            drawCaption(p, b, o, area);
    }
    p.restore();
}

QTransform fitTransform(const Scene& scene, const QRectF& target) {
    QRectF src = scene.bounds();
    double s = std::min(target.width() / src.width(), target.height() / src.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(s, s);
    t.translate(-src.center().x(), -src.center().y());
    return t;
}

int hitTestBox(const Scene& scene, QPointF pt, double tolerance) {
    int best = -1;
    double bestDist = std::numeric_limits<double>::max();
    for (const auto& b : scene.boxes) {
        for (const QRectF& r : {b.box, b.refined.value_or(QRectF())}) {
            if (r.isNull())
                continue;
            if (!r.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(pt))
                continue;
            double d = std::min({std::abs(pt.x() - r.left()), std::abs(pt.x() - r.right()),
                                 std::abs(pt.y() - r.top()), std::abs(pt.y() - r.bottom())});
            // Inside a box counts too, but edges win so nested boxes stay reachable.
            if (d < bestDist) {
                bestDist = d;
                best = b.id;
            }
        }
    }
    return best;
}

}  // namespace mrcnn::render
