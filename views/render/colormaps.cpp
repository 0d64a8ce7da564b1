#include "render/colormaps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace mrcnn::render {

namespace {
// matplotlib's Blues: the 9 ColorBrewer anchors, linearly interpolated.
constexpr std::array<QRgb, 9> kBlues = {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6,
                                        0x4292c6, 0x2171b5, 0x08519c, 0x08306b};
}  // namespace

QColor blues(double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (kBlues.size() - 1);
    size_t i = std::min(static_cast<size_t>(t), kBlues.size() - 2);
    double f = t - i;
    QColor a(kBlues[i]), b(kBlues[i + 1]);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f,
                            a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

QColor blues_r(double t) {
    return blues(1.0 - t);
}

QImage scalarImage(const float* values, int height, int width, bool bluesMap) {
    QImage img(width, height, bluesMap ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (height <= 0 || width <= 0)
        return img;
    float lo = values[0], hi = values[0];
    for (int i = 0; i < height * width; ++i) {
        if (!std::isfinite(values[i]))
            continue;
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
    }
    const float span = hi > lo ? hi - lo : 1.0f;
    for (int y = 0; y < height; ++y) {
        uchar* row = img.scanLine(y);
        for (int x = 0; x < width; ++x) {
            float v = values[y * width + x];
            double t = std::isfinite(v) ? (v - lo) / span : 0.0;
            if (bluesMap) {
                QColor c = blues(t);
                row[3 * x] = c.red();
                row[3 * x + 1] = c.green();
                row[3 * x + 2] = c.blue();
            } else {
                row[x] = static_cast<uchar>(std::lround(t * 255));
            }
        }
    }
    return img;
}

}  // namespace mrcnn::render
