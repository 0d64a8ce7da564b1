#pragma once
// Filling shapes into row-major uint8 [H, W] planes (sets covered pixels to 1, leaves others).
// Pixel (r, c) is the point (x = c, y = r): pixel centres sit on integer coordinates, as in
// skimage.draw. fillPolygon() reproduces skimage.draw.polygon exactly: its point_in_polygon
// (O'Rourke's crossing test) counts inside, vertex (1e-12 tolerance) and edge points, in float64
// with the same expressions, so the VIA masks match the balloon sample's load_mask pixel for
// pixel. Parts outside the image are clipped (the original would index out of range instead).

#include <cstdint>
#include <vector>

namespace mrcnn {

struct Ring {
    std::vector<double> xs;
    std::vector<double> ys;
};

// One polygon: the outer ring (with its boundary, as skimage) minus the strict interior of each
// hole ring (a hole's boundary stays filled).
void fillRings(const std::vector<Ring>& rings, int64_t height, int64_t width, uint8_t* plane);
void fillPolygon(const Ring& ring, int64_t height, int64_t width, uint8_t* plane);
// skimage's point_in_polygon for one point: 0 outside, 1 inside, 2 vertex, 3 edge.
int pointInPolygon(const Ring& ring, double x, double y);
// skimage.draw.ellipse rule: ((r - cy)·cos t + … )² / ry² + (…)² / rx² < 1, theta in radians,
// rotating from the x axis towards y (clockwise on screen, as VIA draws it).
void fillEllipse(double cy, double cx, double ry, double rx, double theta, int64_t height,
                 int64_t width, uint8_t* plane);

}  // namespace mrcnn
