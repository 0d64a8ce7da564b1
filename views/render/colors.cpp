#include "render/colors.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace mrcnn::render {

namespace {
// colorsys.hsv_to_rgb with s = 1.
QColor hsvToRgb(double h, double s, double v) {
    int i = static_cast<int>(h * 6.0);
    double f = h * 6.0 - i;
    double p = v * (1.0 - s), q = v * (1.0 - s * f), t = v * (1.0 - s * (1.0 - f));
    switch (i % 6) {
        case 0:
            return QColor::fromRgbF(v, t, p);
        case 1:
            return QColor::fromRgbF(q, v, p);
        case 2:
            return QColor::fromRgbF(p, v, t);
        case 3:
            return QColor::fromRgbF(p, q, v);
        case 4:
            return QColor::fromRgbF(t, p, v);
        default:
            return QColor::fromRgbF(v, p, q);
    }
}
}  // namespace

std::vector<QColor> randomColors(int count, bool bright, uint64_t seed) {
    std::vector<QColor> colors;
    double v = bright ? 1.0 : 0.7;
    for (int i = 0; i < count; ++i)
        colors.push_back(hsvToRgb(double(i) / count, 1.0, v));
    std::mt19937_64 rng(seed);
    std::shuffle(colors.begin(), colors.end(), rng);
    return colors;
}

QColor identityColor(int64_t key, bool bright, uint64_t seed) {
    constexpr double kGoldenRatioConjugate = 0.6180339887498949;
    const double turn = static_cast<double>(seed % 1000) / 1000.0;
    double hue = std::fmod(static_cast<double>(key) * kGoldenRatioConjugate + turn, 1.0);
    if (hue < 0)
        hue += 1.0;
    return hsvToRgb(hue, 1.0, bright ? 1.0 : 0.7);
}

QColor errorTypeColor(int type) {
    // Far apart from each other and from the true positives' green.
    static const QColor kColors[] = {{255, 140, 0}, {235, 205, 0}, {170, 70, 220},
                                     {0, 180, 220}, {230, 30, 30}, {235, 0, 160}};
    return type >= 0 && type < 6 ? kColors[type] : faintColor();
}

}  // namespace mrcnn::render
