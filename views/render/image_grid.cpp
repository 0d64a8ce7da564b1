#include "render/image_grid.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace mrcnn::render {

std::vector<QRectF> imageGridCells(const ImageGridData& d, const QRectF& target) {
    std::vector<QRectF> cells;
    const int n = static_cast<int>(d.images.size());
    if (n == 0)
        return cells;
    const int cols = std::max(1, std::min(d.cols, n));
    const int rows = (n + cols - 1) / cols;
    const double cw = target.width() / cols, ch = target.height() / rows;
    for (int i = 0; i < n; ++i)
        cells.emplace_back(target.left() + (i % cols) * cw, target.top() + (i / cols) * ch, cw, ch);
    return cells;
}

void paintImageGrid(QPainter& p, const ImageGridData& d, const QRectF& target) {
    p.save();
    QFont font = p.font();
    font.setPointSizeF(9);
    p.setFont(font);
    QFontMetricsF fm(font, p.device());
    const double band = d.titles.isEmpty() ? 2 : fm.height() + 4;
    auto cells = imageGridCells(d, target);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // interpolation="none"
    for (size_t i = 0; i < cells.size(); ++i) {
        const QImage& img = d.images[i];
        QRectF cell = cells[i].adjusted(2, 0, -2, -2);
        if (static_cast<int>(i) < d.titles.size()) {
            p.setPen(Qt::black);
            p.drawText(QRectF(cell.left(), cell.top(), cell.width(), band), Qt::AlignCenter,
                       d.titles[static_cast<int>(i)]);
        }
        QRectF area(cell.left(), cell.top() + band, cell.width(), cell.height() - band);
        if (img.isNull() || area.width() <= 0 || area.height() <= 0)
            continue;
        double s = std::min(area.width() / img.width(), area.height() / img.height());
        QSizeF size(img.width() * s, img.height() * s);
        QRectF placed(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2,
                      size.width(), size.height());
        p.drawImage(placed, img);
    }
    p.restore();
}

int imageGridHitTest(const ImageGridData& d, const QRectF& target, QPointF point) {
    auto cells = imageGridCells(d, target);
    for (size_t i = 0; i < cells.size(); ++i)
        if (cells[i].contains(point))
            return static_cast<int>(i);
    return -1;
}

}  // namespace mrcnn::render
