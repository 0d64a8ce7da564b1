#pragma once
// A widget that paints with a function (the overlaps grid, image grids), so the same paint
// code serves the screen and the exporters.

#include <QWidget>

#include <functional>

namespace mrcnn::views {

class PaintedWidget : public QWidget {
    Q_OBJECT
public:
    using Painter = std::function<void(QPainter&, const QRectF&)>;
    explicit PaintedWidget(QWidget* parent = nullptr) : QWidget(parent) {}
    void setPainter(Painter painter) {
        m_painter = std::move(painter);
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    Painter m_painter;
};

}  // namespace mrcnn::views
