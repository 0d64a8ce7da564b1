#pragma once
// visualize.display_images: a grid of small images (masks, feature-map channels) with titles,
// `cols` per row. Single-channel images are expected already colour-mapped.

#include <QImage>
#include <QPainter>
#include <QStringList>

#include <vector>

namespace mrcnn::render {

struct ImageGridData {
    std::vector<QImage> images;
    QStringList titles;  // one per image, may be shorter
    int cols = 4;
    // On screen: cells at least this many pixels wide, as many columns as fit, the grid taller
    // than the view and scrolled (0: the whole grid fits the view). Files keep `cols`.
    int minCellSize = 0;
};

// Cell rectangles for `count` images in `target` (title band included in each cell).
std::vector<QRectF> imageGridCells(const ImageGridData& data, const QRectF& target);
void paintImageGrid(QPainter& painter, const ImageGridData& data, const QRectF& target);
// The cell index under a point, -1 when none.
int imageGridHitTest(const ImageGridData& data, const QRectF& target, QPointF point);

}  // namespace mrcnn::render
