#include "data/polygon_raster.h"

#include <algorithm>
#include <cmath>

namespace mrcnn {
namespace {

constexpr int kOutside = 0, kInside = 1, kVertex = 2, kEdge = 3;
constexpr double kEps = 1e-12;

// Casting a huge double to an integer is undefined; clamp in double first.
int64_t clampIndex(double v, int64_t lo, int64_t hi) {
    return static_cast<int64_t>(std::clamp(v, static_cast<double>(lo), static_cast<double>(hi)));
}

// The edges and vertices of a ring that can affect points on row y; skimage's test run over
// them alone gives the same answer as over the whole ring (the others never count).
struct RowCandidates {
    std::vector<size_t> edges;     // index i of edge (i-1, i)
    std::vector<size_t> vertices;  // vertices on the row (within eps)
};

void collectRow(const Ring& ring, double y, RowCandidates& row) {
    row.edges.clear();
    row.vertices.clear();
    const size_t n = std::min(ring.xs.size(), ring.ys.size());
    if (n == 0)
        return;
    double y1 = ring.ys[n - 1] - y;
    for (size_t i = 0; i < n; ++i) {
        const double y0 = ring.ys[i] - y;
        if (-kEps < y0 && y0 < kEps)
            row.vertices.push_back(i);
        if (((y0 > 0) != (y1 > 0)) || ((y0 < 0) != (y1 < 0)))
            row.edges.push_back(i);
        y1 = y0;
    }
}

int classify(const Ring& ring, const RowCandidates& row, double x, double y) {
    const size_t n = std::min(ring.xs.size(), ring.ys.size());
    for (size_t i : row.vertices) {
        const double x0 = ring.xs[i] - x;
        if (-kEps < x0 && x0 < kEps)
            return kVertex;
    }
    unsigned rCross = 0, lCross = 0;
    for (size_t i : row.edges) {
        const size_t j = i == 0 ? n - 1 : i - 1;
        const double x0 = ring.xs[i] - x, y0 = ring.ys[i] - y;
        const double x1 = ring.xs[j] - x, y1 = ring.ys[j] - y;
        // The same expression as skimage, so values at the boundary round alike.
        if ((y0 > 0) != (y1 > 0) && (x0 * y1 - x1 * y0) / (y1 - y0) > 0)
            ++rCross;
        if ((y0 < 0) != (y1 < 0) && (x0 * y1 - x1 * y0) / (y1 - y0) < 0)
            ++lCross;
    }
    if ((rCross & 1U) != (lCross & 1U))
        return kEdge;
    return (rCross & 1U) ? kInside : kOutside;
}

// Calls fn(r, c, classification) for every pixel of the ring's bounding box inside the image.
template <typename Fn>
void scanRing(const Ring& ring, int64_t height, int64_t width, Fn&& fn) {
    const size_t n = std::min(ring.xs.size(), ring.ys.size());
    if (n == 0 || height <= 0 || width <= 0)
        return;
    const auto [minY, maxY] = std::minmax_element(ring.ys.begin(), ring.ys.begin() + n);
    const auto [minX, maxX] = std::minmax_element(ring.xs.begin(), ring.xs.begin() + n);
    if (*maxY < 0 || *maxX < 0 || *minY > static_cast<double>(height - 1) ||
        *minX > static_cast<double>(width - 1))
        return;
    // skimage's box: int(max(0, min)) .. ceil(max), limited to the image.
    const int64_t r0 = clampIndex(std::floor(*minY), 0, height - 1);
    const int64_t r1 = clampIndex(std::ceil(*maxY), 0, height - 1);
    const int64_t c0 = clampIndex(std::floor(*minX), 0, width - 1);
    const int64_t c1 = clampIndex(std::ceil(*maxX), 0, width - 1);
    RowCandidates row;
    for (int64_t r = r0; r <= r1; ++r) {
        const auto y = static_cast<double>(r);
        collectRow(ring, y, row);
        if (row.edges.empty() && row.vertices.empty())
            continue;
        for (int64_t c = c0; c <= c1; ++c)
            fn(r, c, classify(ring, row, static_cast<double>(c), y));
    }
}

}  // namespace

int pointInPolygon(const Ring& ring, double x, double y) {
    RowCandidates row;
    collectRow(ring, y, row);
    return classify(ring, row, x, y);
}

void fillPolygon(const Ring& ring, int64_t height, int64_t width, uint8_t* plane) {
    scanRing(ring, height, width, [&](int64_t r, int64_t c, int cls) {
        if (cls != kOutside)
            plane[r * width + c] = 1;
    });
}

void fillRings(const std::vector<Ring>& rings, int64_t height, int64_t width, uint8_t* plane) {
    if (rings.empty())
        return;
    if (rings.size() == 1) {
        fillPolygon(rings.front(), height, width, plane);
        return;
    }
    // Holes are cut from this polygon only, not from what other polygons already drew.
    std::vector<uint8_t> own(static_cast<size_t>(height * width), 0);
    fillPolygon(rings.front(), height, width, own.data());
    for (size_t h = 1; h < rings.size(); ++h)
        scanRing(rings[h], height, width, [&](int64_t r, int64_t c, int cls) {
            if (cls == kInside)
                own[static_cast<size_t>(r * width + c)] = 0;
        });
    for (size_t i = 0; i < own.size(); ++i)
        plane[i] |= own[i];
}

void fillEllipse(double cy, double cx, double ry, double rx, double theta, int64_t height,
                 int64_t width, uint8_t* plane) {
    if (!(ry > 0) || !(rx > 0) || height <= 0 || width <= 0)
        return;
    const double ct = std::cos(theta), st = std::sin(theta);
    // Bounding box of the rotated ellipse.
    const double hy = std::sqrt(ry * ry * ct * ct + rx * rx * st * st);
    const double hx = std::sqrt(rx * rx * ct * ct + ry * ry * st * st);
    if (!std::isfinite(cy + cx + hy + hx))
        return;
    const auto r0 = clampIndex(std::floor(cy - hy), 0, height - 1);
    const auto r1 = clampIndex(std::ceil(cy + hy), -1, height - 1);
    const auto c0 = clampIndex(std::floor(cx - hx), 0, width - 1);
    const auto c1 = clampIndex(std::ceil(cx + hx), -1, width - 1);
    for (int64_t r = r0; r <= r1; ++r) {
        for (int64_t c = c0; c <= c1; ++c) {
            const double dx = static_cast<double>(c) - cx, dy = static_cast<double>(r) - cy;
            const double u = dx * ct + dy * st;   // along the rotated x axis
            const double v = -dx * st + dy * ct;  // along the rotated y axis
            if ((u * u) / (rx * rx) + (v * v) / (ry * ry) < 1.0)
                plane[r * width + c] = 1;
        }
    }
}

}  // namespace mrcnn
