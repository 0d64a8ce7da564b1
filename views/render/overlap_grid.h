#pragma once
// visualize.plot_overlaps: a grid of IoUs between predictions (rows) and ground truth
// (columns) in the Blues colormap, each cell labelled "{iou:.3f}\n{match|wrong}".

#include <QPainter>
#include <QStringList>

#include <vector>

namespace mrcnn::render {

struct OverlapGridData {
    QStringList predLabels;  // "{class} ({score:.2f})", one per prediction (row)
    QStringList gtLabels;    // class names, one per GT (column)
    std::vector<int> predClassIds;
    std::vector<int> gtClassIds;
    std::vector<std::vector<double>> iou;  // [pred][gt]
    double threshold = 0.5;
};

// "match" when iou > threshold and the classes agree, "wrong" when they differ, else "".
QString overlapTag(const OverlapGridData& data, int pred, int gt);
// Paints the grid, its tick labels and axis titles into `target`.
void paintOverlapGrid(QPainter& painter, const OverlapGridData& data, const QRectF& target);

}  // namespace mrcnn::render
