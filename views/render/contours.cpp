#include "render/contours.h"

namespace mrcnn::render {

QPainterPath maskContour(const QImage& mask, QPoint origin) {
    QPainterPath path;
    if (mask.isNull())
        return path;
    QImage m = mask.format() == QImage::Format_Grayscale8
                   ? mask
                   : mask.convertToFormat(QImage::Format_Grayscale8);
    const int w = m.width(), h = m.height();
    // Inside test on the padded grid: (x, y) in [-1, w] × [-1, h].
    auto in = [&](int x, int y) -> bool {
        if (x < 0 || y < 0 || x >= w || y >= h)
            return false;
        return m.constScanLine(y)[x] != 0;
    };
    const double ox = origin.x(), oy = origin.y();
    auto seg = [&](double x1, double y1, double x2, double y2) {
        path.moveTo(ox + x1, oy + y1);
        path.lineTo(ox + x2, oy + y2);
    };
    // Each cell spans pixel centres (x, y) .. (x+1, y+1); edge midpoints carry the 0.5 level.
    for (int y = -1; y < h; ++y) {
        for (int x = -1; x < w; ++x) {
            int code = (in(x, y) ? 1 : 0) | (in(x + 1, y) ? 2 : 0) | (in(x + 1, y + 1) ? 4 : 0) |
                       (in(x, y + 1) ? 8 : 0);
            if (code == 0 || code == 15)
                continue;
            const double top[2] = {x + 0.5, double(y)}, right[2] = {x + 1.0, y + 0.5};
            const double bottom[2] = {x + 0.5, y + 1.0}, left[2] = {double(x), y + 0.5};
            auto s = [&](const double* a, const double* b) { seg(a[0], a[1], b[0], b[1]); };
            switch (code) {
                case 1:
                case 14:
                    s(left, top);
                    break;
                case 2:
                case 13:
                    s(top, right);
                    break;
                case 3:
                case 12:
                    s(left, right);
                    break;
                case 4:
                case 11:
                    s(right, bottom);
                    break;
                case 6:
                case 9:
                    s(top, bottom);
                    break;
                case 7:
                case 8:
                    s(left, bottom);
                    break;
                case 5:
                    s(left, top);
                    s(right, bottom);
                    break;  // saddle: keep diagonals apart
                case 10:
                    s(top, right);
                    s(left, bottom);
                    break;
            }
        }
    }
    return path;
}

}  // namespace mrcnn::render
