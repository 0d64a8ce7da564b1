#include "render/mask_compositor.h"

#include <algorithm>

namespace mrcnn::render {

QImage compositeMasks(const QImage& image, const std::vector<MaskItem>& masks) {
    QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    bool anyFill =
        std::any_of(masks.begin(), masks.end(), [](const MaskItem& m) { return m.fill; });
    if (!anyFill)
        return rgb;
    const int w = rgb.width(), h = rgb.height();
    std::vector<float> acc(static_cast<size_t>(w) * h * 3);
    for (int y = 0; y < h; ++y) {
        const uchar* row = rgb.constScanLine(y);
        std::copy(row, row + 3 * w, acc.begin() + static_cast<size_t>(y) * w * 3);
    }
    for (const auto& m : masks) {
        if (!m.fill || m.mask.isNull())
            continue;
        const float a = static_cast<float>(m.alpha);
        const float c[3] = {static_cast<float>(m.color.redF() * 255.0),
                            static_cast<float>(m.color.greenF() * 255.0),
                            static_cast<float>(m.color.blueF() * 255.0)};
        QImage mk = m.mask.format() == QImage::Format_Grayscale8
                        ? m.mask
                        : m.mask.convertToFormat(QImage::Format_Grayscale8);
        for (int my = 0; my < mk.height(); ++my) {
            int y = my + m.origin.y();
            if (y < 0 || y >= h)
                continue;
            const uchar* mrow = mk.constScanLine(my);
            float* out = acc.data() + static_cast<size_t>(y) * w * 3;
            for (int mx = 0; mx < mk.width(); ++mx) {
                int x = mx + m.origin.x();
                if (x < 0 || x >= w || !mrow[mx])
                    continue;
                for (int k = 0; k < 3; ++k)
                    out[3 * x + k] = out[3 * x + k] * (1 - a) + a * c[k];
            }
        }
    }
    QImage result(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar* row = result.scanLine(y);
        const float* in = acc.data() + static_cast<size_t>(y) * w * 3;
        for (int i = 0; i < 3 * w; ++i)
            row[i] = static_cast<uchar>(std::clamp(in[i], 0.0f, 255.0f));
    }
    return result;
}

}  // namespace mrcnn::render
