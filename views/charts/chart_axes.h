#pragma once
// The axes every chart of the inspector uses: numeric ones with round ticks (niceAxis) and
// logarithmic ones from a power of ten to a power of ten.

#include <QLogValueAxis>
#include <QValueAxis>

namespace mrcnn::views {

// An axis over [lo, hi] widened to round ticks (1, 2, 2.5, 5 × 10^k).
// `maxTicks` intervals at most: value axes of charts that may be drawn small (in a dock) take 5.
QValueAxis* niceValueAxis(const QString& title, double lo, double hi, bool integers = false,
                          int maxTicks = 8);
// Ticks at multiples of `interval` from 0, labelled with just the digits they need.
void setTicks(QValueAxis* axis, double interval, int decimals);
// A base-10 axis over [lo, hi] (both > 0) widened to whole powers of ten.
QLogValueAxis* logAxis(const QString& title, double lo, double hi);

}  // namespace mrcnn::views
