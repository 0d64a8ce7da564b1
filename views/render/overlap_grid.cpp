#include "render/overlap_grid.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

#include "render/colormaps.h"

namespace mrcnn::render {

QString overlapTag(const OverlapGridData& d, int pred, int gt) {
    double v = d.iou[pred][gt];
    if (v <= d.threshold)
        return {};
    return d.predClassIds[pred] == d.gtClassIds[gt] ? QStringLiteral("match")
                                                    : QStringLiteral("wrong");
}

void paintOverlapGrid(QPainter& p, const OverlapGridData& d, const QRectF& target) {
    const int rows = static_cast<int>(d.iou.size());
    const int cols = rows ? static_cast<int>(d.iou[0].size()) : 0;
    p.save();
    QFont font = p.font();
    font.setPointSizeF(9);
    p.setFont(font);
    QFontMetricsF fm(font, p.device());
    double leftBand = fm.height();
    for (const auto& s : d.predLabels)
        leftBand = std::max(leftBand, fm.horizontalAdvance(s));
    double bottomBand = fm.height();
    for (const auto& s : d.gtLabels)
        bottomBand = std::max(bottomBand, fm.horizontalAdvance(s));
    leftBand += 2 * fm.height() + 8;
    bottomBand += 2 * fm.height() + 8;
    QRectF grid(target.left() + leftBand, target.top() + 4, target.width() - leftBand - 4,
                target.height() - bottomBand - 4);
    p.setPen(Qt::black);
    if (rows == 0 || cols == 0) {
        p.drawText(target, Qt::AlignCenter,
                   QCoreApplication::translate("OverlapGrid", "No predictions or no ground truth"));
        p.restore();
        return;
    }
    double maxIou = 0;
    for (const auto& r : d.iou)
        for (double v : r)
            maxIou = std::max(maxIou, v);
    const double cw = grid.width() / cols, ch = grid.height() / rows;
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < cols; ++j) {
            double v = d.iou[i][j];
            QRectF cell(grid.left() + j * cw, grid.top() + i * ch, cw, ch);
            p.fillRect(cell, blues(maxIou > 0 ? v / maxIou : 0));
            QColor text = v > maxIou / 2 ? Qt::white : (v > 0 ? Qt::black : Qt::gray);
            p.setPen(text);
            p.drawText(cell, Qt::AlignCenter,
                       QString::number(v, 'f', 3) + "\n" + overlapTag(d, i, j));
        }
    }
    p.setPen(Qt::black);
    for (int i = 0; i < rows && i < d.predLabels.size(); ++i)
        p.drawText(QRectF(target.left(), grid.top() + i * ch, leftBand - 6, ch),
                   Qt::AlignRight | Qt::AlignVCenter, d.predLabels[i]);
    for (int j = 0; j < cols && j < d.gtLabels.size(); ++j) {
        // column labels rotated 90°, as plt.xticks(rotation=90)
        p.save();
        p.translate(grid.left() + (j + 0.5) * cw, grid.bottom() + 4);
        p.rotate(90);
        p.drawText(QRectF(0, -fm.height() / 2, bottomBand, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, d.gtLabels[j]);
        p.restore();
    }
    p.drawText(QRectF(grid.left(), target.bottom() - fm.height(), grid.width(), fm.height()),
               Qt::AlignCenter, QCoreApplication::translate("OverlapGrid", "Ground Truth"));
    p.save();
    p.translate(target.left() + fm.height(), grid.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-grid.height() / 2, -fm.height(), grid.height(), fm.height()),
               Qt::AlignCenter, QCoreApplication::translate("OverlapGrid", "Predictions"));
    p.restore();
    p.restore();
}

}  // namespace mrcnn::render
