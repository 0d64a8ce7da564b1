#include "figure/grid_view.h"

#include <QFontMetrics>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

#include "figure/painted_widget.h"

namespace mrcnn::views {

namespace {
constexpr int kMargin = 8;  // PaintedWidget's margin on each side
}

GridView::GridView(QWidget* parent) : QScrollArea(parent) {
    m_canvas = new PaintedWidget(this);
    m_canvas->setPainter(
        [this](QPainter& p, const QRectF& r) { render::paintImageGrid(p, m_shown, r); });
    setWidget(m_canvas);
    setWidgetResizable(false);  // sized here: the viewport's width, the rows' height
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QWidget* GridView::canvas() const {
    return m_canvas;
}

void GridView::setGrid(const render::ImageGridData& grid) {
    m_grid = grid;
    setVerticalScrollBarPolicy(grid.minCellSize > 0 ? Qt::ScrollBarAsNeeded
                                                    : Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setValue(0);
    relayout();
}

void GridView::resizeEvent(QResizeEvent* event) {
    QScrollArea::resizeEvent(event);
    relayout();
}

void GridView::relayout() {
    m_shown = m_grid;
    const int n = static_cast<int>(m_grid.images.size());
    // The width without the scroll bar, whether it shows or not: a width that depended on the
    // bar would change the rows, and those decide whether it shows.
    const int bar = m_grid.minCellSize > 0
                        ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this)
                        : 0;
    const QSize view(std::max(1, width() - 2 * frameWidth() - bar),
                     std::max(1, height() - 2 * frameWidth()));
    int total = view.height();
    if (m_grid.minCellSize > 0 && n > 0) {
        const int inner = std::max(1, view.width() - 2 * kMargin);
        const int cols = std::clamp(inner / m_grid.minCellSize, 1, n);
        const int rows = (n + cols - 1) / cols;
        const QImage& first = m_grid.images.front();
        const double aspect =
            first.isNull() || first.width() == 0 ? 1.0 : double(first.height()) / first.width();
        QFont font = this->font();
        font.setPointSizeF(9);  // as paintImageGrid's titles
        const int band = m_grid.titles.isEmpty() ? 2 : QFontMetrics(font).height() + 4;
        const double cell = double(inner) / cols;
        m_shown.cols = cols;
        total = std::max(total, int(rows * (cell * aspect + band + 2)) + 2 * kMargin);
    }
    m_canvas->resize(view.width(), total);
    m_canvas->update();
}

}  // namespace mrcnn::views
