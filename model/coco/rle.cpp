#include "coco/rle.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace mrcnn::coco {

namespace {

void checkSize(int64_t height, int64_t width, const char* what) {
    if (height < 0 || width < 0)
        throw std::invalid_argument(std::string(what) + ": negative mask size " +
                                    std::to_string(height) + "x" + std::to_string(width));
    if (height * width > int64_t(UINT32_MAX))
        throw std::invalid_argument(std::string(what) + ": mask " + std::to_string(height) + "x" +
                                    std::to_string(width) + " exceeds 2^32 pixels");
}

// pycocotools' bounding box of one RLE (rleToBbox): only whole (zero, one) run pairs count,
// and a run wrapping across a column makes the box span the full height.
std::array<double, 4> bboxOf(const Rle& rle) {
    const size_t m = (rle.counts.size() / 2) * 2;
    if (m == 0 || rle.height == 0)
        return {0, 0, 0, 0};
    const auto h = uint32_t(rle.height);
    uint32_t xs = uint32_t(rle.width), ys = h, xe = 0, ye = 0, xp = 0, cc = 0;
    // cc = q·h + r, kept up to date without a division per run (runs are mostly shorter
    // than a column); t = cc − (j mod 2) is then read off q and r.
    uint64_t q = 0, r = 0;
    for (size_t j = 0; j < m; ++j) {
        const uint32_t c = rle.counts[j];
        cc += c;
        r += c;
        if (r >= h) {
            if (r < 2 * uint64_t(h)) {
                r -= h;
                ++q;
            } else {
                q += r / h;
                r %= h;
            }
        }
        uint32_t x, y;
        if (j % 2 == 0) {
            x = uint32_t(q);
            y = uint32_t(r);
        } else if (cc == 0) {  // a zero-length start: t wraps as pycocotools' unsigned does
            const uint32_t t = cc - 1;
            y = t % h;
            x = (t - y) / h;
        } else if (r == 0) {
            x = uint32_t(q - 1);
            y = h - 1;
        } else {
            x = uint32_t(q);
            y = uint32_t(r - 1);
        }
        if (j % 2 == 0) {
            xp = x;
        } else if (xp < x) {
            ys = 0;
            ye = h - 1;
        }
        xs = std::min(xs, x);
        xe = std::max(xe, x);
        ys = std::min(ys, y);
        ye = std::max(ye, y);
    }
    return {double(xs), double(ys), double(xe - xs + 1), double(ye - ys + 1)};
}

}  // namespace

void validate(const Rle& rle) {
    checkSize(rle.height, rle.width, "RLE");
    uint64_t sum = 0;
    for (uint32_t c : rle.counts)
        sum += c;
    if (sum != uint64_t(rle.height * rle.width))
        throw std::invalid_argument("RLE runs add up to " + std::to_string(sum) +
                                    " pixels, but the mask is " + std::to_string(rle.height) + "x" +
                                    std::to_string(rle.width));
}

Rle encode(const uint8_t* mask, int64_t height, int64_t width) {
    checkSize(height, width, "encode");
    Rle rle{height, width, {}};
    uint32_t run = 0;
    bool value = false;
    // Column-major walk, as pycocotools sees a Fortran-ordered mask. Indexed, not a moving
    // pointer: a mask with no rows may be null, and null + x is undefined (found by fuzzing).
    for (int64_t x = 0; x < width; ++x) {
        for (int64_t y = 0; y < height; ++y) {
            const bool v = mask[y * width + x] != 0;
            if (v != value) {
                rle.counts.push_back(run);
                run = 0;
                value = v;
            }
            ++run;
        }
    }
    rle.counts.push_back(run);
    return rle;
}

std::vector<uint8_t> decode(const Rle& rle) {
    validate(rle);
    const int64_t h = rle.height, w = rle.width;
    std::vector<uint8_t> out(size_t(h * w), 0);
    int64_t pos = 0;
    uint8_t value = 0;
    for (uint32_t c : rle.counts) {
        if (value) {
            for (int64_t k = pos; k < pos + c; ++k)
                out[size_t((k % h) * w + k / h)] = 1;
        }
        pos += c;
        value ^= 1;
    }
    return out;
}

std::string toString(const Rle& rle) {
    std::string s;
    s.reserve(rle.counts.size() * 2);
    for (size_t i = 0; i < rle.counts.size(); ++i) {
        int64_t x = rle.counts[i];
        // The delta against the run two back starts at index 3 (pycocotools' "i > 2").
        if (i > 2)
            x -= int64_t(rle.counts[i - 2]);
        bool more = true;
        while (more) {
            char c = char(x & 0x1f);
            x >>= 5;
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            s.push_back(char(c + 48));
        }
    }
    return s;
}

Rle fromString(const std::string& counts, int64_t height, int64_t width) {
    checkSize(height, width, "RLE string");
    Rle rle{height, width, {}};
    size_t p = 0;
    while (p < counts.size()) {
        int64_t x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= counts.size())
                throw std::invalid_argument("RLE string ends inside a run (at character " +
                                            std::to_string(p) + ")");
            const int c = int(static_cast<unsigned char>(counts[p])) - 48;
            if (c < 0 || c > 63)
                throw std::invalid_argument("RLE string has invalid character '" +
                                            std::string(1, counts[p]) + "' at " +
                                            std::to_string(p));
            if (k > 6)
                throw std::invalid_argument("RLE string has an over-long run value");
            x |= int64_t(c & 0x1f) << (5 * k);
            more = (c & 0x20) != 0;
            ++p;
            ++k;
            if (!more && (c & 0x10))
                x |= int64_t(-1) * (int64_t(1) << (5 * k));
        }
        const size_t m = rle.counts.size();
        if (m > 2)
            x += int64_t(rle.counts[m - 2]);
        if (x < 0 || x > int64_t(UINT32_MAX))
            throw std::invalid_argument("RLE string decodes to run length " + std::to_string(x) +
                                        " (run " + std::to_string(m) + ")");
        rle.counts.push_back(uint32_t(x));
    }
    validate(rle);
    return rle;
}

uint64_t area(const Rle& rle) {
    uint64_t a = 0;
    for (size_t j = 1; j < rle.counts.size(); j += 2)
        a += rle.counts[j];
    return a;
}

std::array<double, 4> toBbox(const Rle& rle) {
    return bboxOf(rle);
}

// The edge walk below visits 5 points per pixel of edge length and casts to int: a vertex at
// 1e7 makes hundreds of MB of points, at 1e9 the cast overflows. A vertex more than a few
// image sizes outside cannot change the mask, so it is refused (the reader names the record).
void checkPolygonBounds(const std::vector<double>& xy, int64_t height, int64_t width) {
    const double limit = 4.0 * static_cast<double>(std::max<int64_t>({height, width, 64}));
    for (size_t j = 0; j + 1 < xy.size(); j += 2) {
        const double x = xy[j], y = xy[j + 1];
        if (!std::isfinite(x) || !std::isfinite(y) || std::fabs(x) > limit ||
            std::fabs(y) > limit) {
            std::ostringstream msg;
            msg << "polygon vertex " << j / 2 << " (x " << x << ", y " << y
                << ") lies too far outside the " << width << "x" << height
                << " image (coordinates must lie within +-" << limit << ")";
            throw std::invalid_argument(msg.str());
        }
    }
}

Rle fromPolygon(const std::vector<double>& xy, int64_t height, int64_t width) {
    checkSize(height, width, "polygon");
    if (xy.size() % 2 != 0)
        throw std::invalid_argument("polygon has an odd number of coordinates (" +
                                    std::to_string(xy.size()) + ")");
    const size_t k = xy.size() / 2;
    checkPolygonBounds(xy, height, width);
    const double scale = 5;
    // Upsample by 5 and walk every edge densely (C's (int) cast truncates toward zero).
    std::vector<int> x(k + 1), y(k + 1);
    for (size_t j = 0; j < k; ++j) {
        x[j] = int(scale * xy[2 * j] + .5);
        y[j] = int(scale * xy[2 * j + 1] + .5);
    }
    if (k == 0)
        return Rle{height, width, {uint32_t(height * width)}};
    x[k] = x[0];
    y[k] = y[0];
    std::vector<int> u, v;
    for (size_t j = 0; j < k; ++j) {
        int xs = x[j], xe = x[j + 1], ys = y[j], ye = y[j + 1];
        const int dx = std::abs(xe - xs), dy = std::abs(ys - ye);
        const bool flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
        if (flip) {
            std::swap(xs, xe);
            std::swap(ys, ye);
        }
        // A repeated vertex (dx = dy = 0) is 0/0 in pycocotools, and int(NaN) is undefined
        // (found by fuzzing real COCO polygons). Its one point is never kept: the points
        // either side share its x. So any finite slope gives pycocotools' mask.
        const double s = dx == 0 && dy == 0 ? 0.0
                         : dx >= dy         ? double(ye - ys) / dx
                                            : double(xe - xs) / dy;
        if (dx >= dy) {
            for (int d = 0; d <= dx; ++d) {
                const int t = flip ? dx - d : d;
                u.push_back(t + xs);
                v.push_back(int(ys + s * t + .5));
            }
        } else {
            for (int d = 0; d <= dy; ++d) {
                const int t = flip ? dy - d : d;
                v.push_back(t + ys);
                u.push_back(int(xs + s * t + .5));
            }
        }
    }
    // Keep the points where the upsampled x crosses a pixel centre, downsampled.
    std::vector<uint32_t> a;
    const auto h = double(height), wMax = double(width - 1);
    for (size_t j = 1; j < u.size(); ++j) {
        if (u[j] == u[j - 1])
            continue;
        double xd = double(u[j] < u[j - 1] ? u[j] : u[j] - 1);
        xd = (xd + .5) / scale - .5;
        if (std::floor(xd) != xd || xd < 0 || xd > wMax)
            continue;
        double yd = double(v[j] < v[j - 1] ? v[j] : v[j - 1]);
        yd = (yd + .5) / scale - .5;
        yd = std::ceil(yd < 0 ? 0 : (yd > h ? h : yd));
        a.push_back(uint32_t(int(xd) * int(height) + int(yd)));
    }
    a.push_back(uint32_t(height * width));
    std::sort(a.begin(), a.end());
    uint32_t prev = 0;
    for (auto& t : a) {
        const uint32_t cur = t;
        t -= prev;
        prev = cur;
    }
    // Zero-length runs fold the following run into the previous one.
    Rle rle{height, width, {}};
    size_t j = 0;
    rle.counts.push_back(a[j++]);
    while (j < a.size()) {
        if (a[j] > 0) {
            rle.counts.push_back(a[j++]);
        } else {
            ++j;
            if (j < a.size())
                rle.counts.back() += a[j++];
        }
    }
    return rle;
}

Rle fromBbox(const std::array<double, 4>& b, int64_t height, int64_t width) {
    const double xs = b[0], xe = b[0] + b[2], ys = b[1], ye = b[1] + b[3];
    return fromPolygon({xs, ys, xs, ye, xe, ye, xe, ys}, height, width);
}

Rle merge(const std::vector<Rle>& rles, bool intersect) {
    if (rles.empty())
        return Rle{};
    if (rles.size() == 1)
        return rles[0];
    const int64_t h = rles[0].height, w = rles[0].width;
    std::vector<uint32_t> cnts = rles[0].counts;
    for (size_t i = 1; i < rles.size(); ++i) {
        const Rle& b = rles[i];
        if (b.height != h || b.width != w)
            throw std::invalid_argument("merge: RLE " + std::to_string(i) + " is " +
                                        std::to_string(b.height) + "x" + std::to_string(b.width) +
                                        ", the first is " + std::to_string(h) + "x" +
                                        std::to_string(w));
        if (cnts.empty() || b.counts.empty())
            throw std::invalid_argument("merge: empty RLE counts");
        const std::vector<uint32_t> a = std::move(cnts);
        cnts.clear();
        uint32_t ca = a[0], cb = b.counts[0], cc = 0, ct = 1;
        bool v = false, va = false, vb = false;
        size_t ia = 1, ib = 1;
        while (ct > 0) {
            const uint32_t c = std::min(ca, cb);
            cc += c;
            ct = 0;
            ca -= c;
            if (!ca && ia < a.size()) {
                ca = a[ia++];
                va = !va;
            }
            ct += ca;
            cb -= c;
            if (!cb && ib < b.counts.size()) {
                cb = b.counts[ib++];
                vb = !vb;
            }
            ct += cb;
            const bool vp = v;
            v = intersect ? (va && vb) : (va || vb);
            if (v != vp || ct == 0) {
                cnts.push_back(cc);
                cc = 0;
            }
        }
    }
    return Rle{h, w, std::move(cnts)};
}

std::vector<double> bboxIou(const std::vector<std::array<double, 4>>& dt,
                            const std::vector<std::array<double, 4>>& gt,
                            const std::vector<uint8_t>& iscrowd) {
    if (!iscrowd.empty() && iscrowd.size() != gt.size())
        throw std::invalid_argument("bboxIou: iscrowd has " + std::to_string(iscrowd.size()) +
                                    " entries for " + std::to_string(gt.size()) + " GT boxes");
    const size_t m = dt.size(), n = gt.size();
    std::vector<double> o(m * n, 0.0);
    for (size_t g = 0; g < n; ++g) {
        const auto& G = gt[g];
        const double ga = G[2] * G[3];
        const bool crowd = !iscrowd.empty() && iscrowd[g];
        for (size_t d = 0; d < m; ++d) {
            const auto& D = dt[d];
            const double da = D[2] * D[3];
            const double w = std::fmin(D[2] + D[0], G[2] + G[0]) - std::fmax(D[0], G[0]);
            if (w <= 0)
                continue;
            const double h = std::fmin(D[3] + D[1], G[3] + G[1]) - std::fmax(D[1], G[1]);
            if (h <= 0)
                continue;
            const double i = w * h;
            o[d * n + g] = i / (crowd ? da : da + ga - i);
        }
    }
    return o;
}

uint64_t intersectionArea(const Rle& a, const Rle& b) {
    // Merge the two sorted lists of foreground runs (odd counts); [s, s + count) each.
    const auto& ca = a.counts;
    const auto& cb = b.counts;
    size_t i = 1, j = 1;
    uint64_t sa = ca.empty() ? 0 : ca[0], sb = cb.empty() ? 0 : cb[0], inter = 0;
    while (i < ca.size() && j < cb.size()) {
        const uint64_t ea = sa + ca[i], eb = sb + cb[j];
        const uint64_t lo = std::max(sa, sb), hi = std::min(ea, eb);
        if (hi > lo)
            inter += hi - lo;
        if (ea <= eb) {  // run i ends first: move on to A's next foreground run
            sa = ea + (i + 1 < ca.size() ? ca[i + 1] : 0);
            i += 2;
        } else {
            sb = eb + (j + 1 < cb.size() ? cb[j + 1] : 0);
            j += 2;
        }
    }
    return inter;
}

std::vector<double> iou(const std::vector<Rle>& dt, const std::vector<Rle>& gt,
                        const std::vector<uint8_t>& iscrowd) {
    std::vector<const Rle*> d, g;
    for (const auto& r : dt)
        d.push_back(&r);
    for (const auto& r : gt)
        g.push_back(&r);
    return iou(d, g, iscrowd);
}

std::vector<double> iou(const std::vector<const Rle*>& dt, const std::vector<const Rle*>& gt,
                        const std::vector<uint8_t>& iscrowd) {
    std::vector<std::array<double, 4>> db, gb;
    db.reserve(dt.size());
    gb.reserve(gt.size());
    for (const Rle* r : dt)
        db.push_back(bboxOf(*r));
    for (const Rle* r : gt)
        gb.push_back(bboxOf(*r));
    // Boxes first: only pairs whose boxes overlap are walked run by run.
    std::vector<double> o = bboxIou(db, gb, iscrowd);
    const size_t m = dt.size(), n = gt.size();
    std::vector<uint64_t> dtArea, gtArea;
    dtArea.reserve(dt.size());
    gtArea.reserve(gt.size());
    for (const Rle* r : dt)
        dtArea.push_back(area(*r));
    for (const Rle* r : gt)
        gtArea.push_back(area(*r));
    for (size_t g = 0; g < n; ++g) {
        const bool crowd = !iscrowd.empty() && iscrowd[g];
        for (size_t d = 0; d < m; ++d) {
            double& out = o[d * n + g];
            if (!(out > 0))
                continue;
            const Rle& A = *dt[d];
            const Rle& B = *gt[g];
            if (A.height != B.height || A.width != B.width) {
                out = -1;
                continue;
            }
            const uint64_t inter = intersectionArea(A, B);
            // pycocotools: no overlap gives 0; a crowd's union is the detection's area.
            const uint64_t uni = inter == 0 ? 1 : crowd ? dtArea[d] : dtArea[d] + gtArea[g] - inter;
            out = double(inter) / double(uni);
        }
    }
    return o;
}

}  // namespace mrcnn::coco
