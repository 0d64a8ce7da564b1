#include "charts/chart_axes.h"

#include <cmath>

#include "charts/chart_data.h"

namespace mrcnn::views {

void setTicks(QValueAxis* a, double interval, int decimals) {
    a->setTickType(QValueAxis::TicksDynamic);
    a->setTickAnchor(0);
    a->setTickInterval(interval);
    a->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

QValueAxis* niceValueAxis(const QString& title, double lo, double hi, bool integers, int maxTicks) {
    auto* a = new QValueAxis;
    a->setTitleText(title);
    const NiceAxis nice = niceAxis(lo, hi, maxTicks, integers);
    a->setRange(nice.min, nice.max);
    setTicks(a, nice.interval, nice.decimals);
    return a;
}

QLogValueAxis* logAxis(const QString& title, double lo, double hi) {
    auto* a = new QLogValueAxis;
    a->setTitleText(title);
    a->setBase(10);
    if (!(lo > 0) || !std::isfinite(lo))
        lo = 1;
    if (!(hi >= lo) || !std::isfinite(hi))
        hi = lo;
    double e0 = std::floor(std::log10(lo) + 1e-9);
    double e1 = std::ceil(std::log10(hi) - 1e-9);
    if (e1 <= e0)
        e1 = e0 + 1;
    a->setRange(std::pow(10.0, e0), std::pow(10.0, e1));
    a->setMinorTickCount(-1);  // 2…9 × 10^k between the decades
    a->setLabelFormat(QStringLiteral("%g"));
    return a;
}

}  // namespace mrcnn::views
