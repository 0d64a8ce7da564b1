#include "canvas/scene_canvas.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

#include "render/scene_painter.h"

namespace mrcnn::views {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
constexpr double kStep = 1.25;
}  // namespace

SceneCanvas::SceneCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
}

void SceneCanvas::setScene(const render::Scene& scene) {
    bool sameSize = scene.bounds() == m_scene.bounds();
    m_scene = scene;
    m_background = render::composeBackground(m_scene, m_options);
    if (!sameSize || m_fit)
        updateFit();
    update();
}

void SceneCanvas::setOptions(const render::RenderOptions& options) {
    m_options = options;
    m_background = render::composeBackground(m_scene, m_options);
    update();
}

QTransform SceneCanvas::viewTransform() const {
    QRectF b = m_scene.bounds();
    QTransform t;
    t.translate(m_offset.x(), m_offset.y());
    t.scale(m_zoom, m_zoom);
    t.translate(-b.left(), -b.top());
    return t;
}

QPointF SceneCanvas::widgetToImage(QPointF p) const {
    return viewTransform().inverted().map(p);
}
QPointF SceneCanvas::imageToWidget(QPointF p) const {
    return viewTransform().map(p);
}

void SceneCanvas::updateFit() {
    if (!m_fit)
        return;
    QRectF b = m_scene.bounds();
    if (b.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_zoom = std::clamp(std::min(width() / b.width(), height() / b.height()), kMinZoom, kMaxZoom);
    m_offset = QPointF((width() - b.width() * m_zoom) / 2, (height() - b.height() * m_zoom) / 2);
    Q_EMIT zoomChanged(m_zoom);
}

void SceneCanvas::fitToWindow() {
    m_fit = true;
    updateFit();
    update();
}

void SceneCanvas::setZoom(double zoom, QPointF anchor) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    QPointF imagePoint = widgetToImage(anchor);
    m_zoom = zoom;
    m_fit = false;
    // keep the image point under the anchor where it was
    QPointF moved = imageToWidget(imagePoint);
    m_offset += anchor - moved;
    Q_EMIT zoomChanged(m_zoom);
    update();
}

void SceneCanvas::zoomIn() {
    setZoom(m_zoom * kStep, rect().center());
}
void SceneCanvas::zoomOut() {
    setZoom(m_zoom / kStep, rect().center());
}
void SceneCanvas::actualSize() {
    setZoom(1.0, rect().center());
}

void SceneCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setTransform(viewTransform());
    render::paintScene(p, m_scene, m_background, m_options);
}

void SceneCanvas::resizeEvent(QResizeEvent*) {
    updateFit();
}

void SceneCanvas::wheelEvent(QWheelEvent* e) {
    double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoom(m_zoom * std::pow(kStep, steps), e->position());
    e->accept();
}

void SceneCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_moved = false;
    m_dragStart = e->position();
    m_offsetAtDragStart = m_offset;
}

void SceneCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (!m_dragging)
        return;
    QPointF delta = e->position() - m_dragStart;
    if (delta.manhattanLength() > 3)
        m_moved = true;
    if (m_moved) {
        m_fit = false;
        m_offset = m_offsetAtDragStart + delta;
        update();
    }
}

void SceneCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    if (!m_moved) {
        double tolerance = 4.0 / std::max(m_zoom, 1e-6);
        Q_EMIT boxClicked(render::hitTestBox(m_scene, widgetToImage(e->position()), tolerance));
    }
}

void SceneCanvas::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            break;
        case Qt::Key_Minus:
            zoomOut();
            break;
        case Qt::Key_0:
            fitToWindow();
            break;
        case Qt::Key_1:
            actualSize();
            break;
        default:
            QWidget::keyPressEvent(e);
    }
}

QString SceneCanvas::tooltipAt(QPointF widgetPos) const {
    QPointF ip = widgetToImage(widgetPos);
    // pixel-centre coordinates: pixel (x, y) spans [x-0.5, x+0.5)
    int px = static_cast<int>(std::floor(ip.x() + 0.5));
    int py = static_cast<int>(std::floor(ip.y() + 0.5));
    QString text = tr("x %1, y %2").arg(px).arg(py);
    if (!m_scene.image.isNull() && px >= 0 && py >= 0 && px < m_scene.image.width() &&
        py < m_scene.image.height()) {
        QColor c = m_scene.image.pixelColor(px, py);
        text += tr("  RGB %1 %2 %3").arg(c.red()).arg(c.green()).arg(c.blue());
    }
    int id = render::hitTestBox(m_scene, ip, 4.0 / std::max(m_zoom, 1e-6));
    for (const auto& b : m_scene.boxes) {
        if (b.id != id || id < 0)
            continue;
        if (!b.caption.isEmpty())
            text += "\n" + b.caption;
        if (!b.tooltip.isEmpty())
            text += "\n" + b.tooltip;
        QRectF r = b.refined.value_or(b.box);
        text += "\n" + tr("box y1 %1, x1 %2, y2 %3, x2 %4")
                           .arg(r.top(), 0, 'f', 1)
                           .arg(r.left(), 0, 'f', 1)
                           .arg(r.bottom(), 0, 'f', 1)
                           .arg(r.right(), 0, 'f', 1);
        break;
    }
    return text;
}

bool SceneCanvas::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        QToolTip::showText(help->globalPos(), tooltipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(e);
}

}  // namespace mrcnn::views
