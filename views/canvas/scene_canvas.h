#pragma once
// An image canvas for one Scene: zoom (wheel, keys), pan (drag), fit to window, hover
// tooltips (pixel coordinates plus the box under the cursor) and click selection of a box.

#include <QImage>
#include <QWidget>

#include "render/scene.h"

namespace mrcnn::views {

class SceneCanvas : public QWidget {
    Q_OBJECT
public:
    explicit SceneCanvas(QWidget* parent = nullptr);

    void setScene(const render::Scene& scene);
    const render::Scene& scene() const { return m_scene; }
    void setOptions(const render::RenderOptions& options);
    const render::RenderOptions& options() const { return m_options; }

    double zoom() const { return m_zoom; }  // device pixels per image pixel
    void setZoom(double zoom, QPointF anchorWidgetPos);
    bool fitsWindow() const { return m_fit; }
    QPointF widgetToImage(QPointF widgetPos) const;
    QPointF imageToWidget(QPointF imagePos) const;
    // The text the hover tooltip shows for a widget position.
    QString tooltipAt(QPointF widgetPos) const;

    QSize sizeHint() const override { return {640, 640}; }

public Q_SLOTS:
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void actualSize();

Q_SIGNALS:
    void boxClicked(int boxId);  // -1 when clicking empty space
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void keyPressEvent(QKeyEvent*) override;
    bool event(QEvent*) override;

private:
    QTransform viewTransform() const;
    void updateFit();

    render::Scene m_scene;
    render::RenderOptions m_options;
    QImage m_background;  // image with masks blended, recomposed on scene/options change
    double m_zoom = 1.0;
    QPointF m_offset;  // widget position of the scene bounds' top-left
    bool m_fit = true;
    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_dragStart;
    QPointF m_offsetAtDragStart;
};

}  // namespace mrcnn::views
