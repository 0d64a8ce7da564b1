#include "coco/mask_overlaps.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "coco/rle.h"

namespace mrcnn::coco {

namespace {

// bbIou's test that two [x, y, w, h] boxes share area: w > 0 and h > 0 of their intersection.
bool boxesMeet(const std::array<double, 4>& a, const std::array<double, 4>& b) {
    return std::fmin(a[2] + a[0], b[2] + b[0]) - std::fmax(a[0], b[0]) > 0 &&
           std::fmin(a[3] + a[1], b[3] + b[1]) - std::fmax(a[1], b[1]) > 0;
}

}  // namespace

MaskOverlaps::MaskOverlaps(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt)
    : m_gt(gt.annotations.data()),
      m_gtCount(gt.annotations.size()),
      m_dt(dt.data()),
      m_dtCount(dt.size()) {
    std::vector<std::array<double, 4>> gtBox(m_gtCount);
    std::unordered_map<int64_t, std::vector<uint32_t>> gtOfImage;
    m_gtArea.assign(m_gtCount, 0);
    for (size_t j = 0; j < m_gtCount; ++j) {
        const CocoAnnotation& g = gt.annotations[j];
        if (!g.hasSegmentation)
            continue;
        gtBox[j] = toBbox(g.segmentation);
        m_gtArea[j] = coco::area(g.segmentation);
        gtOfImage[g.imageId].push_back(uint32_t(j));
    }
    m_dtArea.assign(m_dtCount, 0);
    m_start.assign(m_dtCount + 1, 0);
    for (size_t i = 0; i < m_dtCount; ++i) {
        m_start[i] = m_pairs.size();
        const CocoAnnotation& d = dt[i];
        if (!d.hasSegmentation)
            continue;
        m_dtArea[i] = coco::area(d.segmentation);
        const auto it = gtOfImage.find(d.imageId);
        if (it == gtOfImage.end())
            continue;
        const std::array<double, 4> box = toBbox(d.segmentation);
        for (uint32_t j : it->second) {
            if (!boxesMeet(box, gtBox[j]))
                continue;  // no shared pixel, and pycocotools never compares the sizes
            const Rle& a = d.segmentation;
            const Rle& b = gt.annotations[j].segmentation;
            const bool sameSize = a.height == b.height && a.width == b.width;
            m_pairs.push_back({j, sameSize ? int64_t(intersectionArea(a, b)) : -1});
        }
    }
    m_start[m_dtCount] = m_pairs.size();
}

bool MaskOverlaps::covers(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt) const {
    return gt.annotations.data() == m_gt && gt.annotations.size() == m_gtCount &&
           dt.data() == m_dt && dt.size() == m_dtCount;
}

size_t MaskOverlaps::dtIndex(const CocoAnnotation& d) const {
    const auto i = size_t(&d - m_dt);
    if (&d < m_dt || i >= m_dtCount)
        throw std::invalid_argument("MaskOverlaps: a detection it was not made from");
    return i;
}

size_t MaskOverlaps::gtIndex(const CocoAnnotation& g) const {
    const auto j = size_t(&g - m_gt);
    if (&g < m_gt || j >= m_gtCount)
        throw std::invalid_argument("MaskOverlaps: a ground truth it was not made from");
    return j;
}

int64_t MaskOverlaps::intersection(const CocoAnnotation& d, const CocoAnnotation& g) const {
    const size_t i = dtIndex(d), j = gtIndex(g);
    const auto first = m_pairs.begin() + std::ptrdiff_t(m_start[i]);
    const auto last = m_pairs.begin() + std::ptrdiff_t(m_start[i + 1]);
    const auto it =
        std::lower_bound(first, last, j, [](const Pair& p, size_t v) { return p.gt < v; });
    return it != last && it->gt == j ? it->inter : 0;
}

uint64_t MaskOverlaps::area(const CocoAnnotation& a) const {
    if (&a >= m_dt && size_t(&a - m_dt) < m_dtCount)
        return m_dtArea[size_t(&a - m_dt)];
    return m_gtArea[gtIndex(a)];
}

std::vector<double> MaskOverlaps::iou(const std::vector<const CocoAnnotation*>& d,
                                      const std::vector<const CocoAnnotation*>& g,
                                      const std::vector<uint8_t>& iscrowd) const {
    const size_t m = d.size(), n = g.size();
    if (!iscrowd.empty() && iscrowd.size() != n)
        throw std::invalid_argument("iou: iscrowd has " + std::to_string(iscrowd.size()) +
                                    " entries for " + std::to_string(n) + " GT masks");
    std::vector<double> o(m * n, 0.0);
    if (m == 0 || n == 0)
        return o;
    // Columns by GT index, so each stored pair finds its column by a binary search.
    std::vector<std::pair<uint32_t, uint32_t>> column(n);
    for (size_t c = 0; c < n; ++c)
        column[c] = {uint32_t(gtIndex(*g[c])), uint32_t(c)};
    std::sort(column.begin(), column.end());
    for (size_t r = 0; r < m; ++r) {
        const size_t i = dtIndex(*d[r]);
        for (size_t p = m_start[i]; p < m_start[i + 1]; ++p) {
            const Pair& pair = m_pairs[p];
            auto it = std::lower_bound(column.begin(), column.end(),
                                       std::pair<uint32_t, uint32_t>{pair.gt, 0});
            for (; it != column.end() && it->first == pair.gt; ++it) {
                const size_t c = it->second;
                double& out = o[r * n + c];
                if (pair.inter < 0) {
                    out = -1;
                    continue;
                }
                const auto inter = uint64_t(pair.inter);
                const bool crowd = !iscrowd.empty() && iscrowd[c];
                // As coco::iou: no overlap gives 0; a crowd's union is the detection's area.
                const uint64_t uni = inter == 0 ? 1
                                     : crowd    ? m_dtArea[i]
                                                : m_dtArea[i] + m_gtArea[pair.gt] - inter;
                out = double(inter) / double(uni);
            }
        }
    }
    return o;
}

}  // namespace mrcnn::coco
