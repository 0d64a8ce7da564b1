#include "coco/tide_ap.h"

#include <algorithm>
#include <stdexcept>

namespace mrcnn::coco::tide {

ClassedAp::Entry& ClassedAp::entry(int64_t classId) {
    const auto [it, added] = m_index.try_emplace(classId, m_entries.size());
    if (added)
        m_entries.push_back({classId, {}, 0});
    return m_entries[it->second];
}

std::vector<std::pair<int64_t, int64_t>> ClassedAp::gtPositives() const {
    std::vector<std::pair<int64_t, int64_t>> out;
    for (const auto& e : m_entries)
        out.emplace_back(e.classId, e.gtPositives);
    return out;
}

const std::vector<DataPoint>& ClassedAp::points(int64_t classId) const {
    static const std::vector<DataPoint> none;
    const auto it = m_index.find(classId);
    return it == m_index.end() ? none : m_entries[it->second].points;
}

double ClassedAp::classAp(int64_t classId) const {
    const auto it = m_index.find(classId);
    return it == m_index.end() ? 0 : apOf(m_entries[it->second]);
}

double ClassedAp::apOf(const Entry& e) {
    if (e.gtPositives == 0)
        return 0;
    std::vector<DataPoint> sorted = e.points;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DataPoint& a, const DataPoint& b) { return a.score > b.score; });
    std::vector<double> precision, recall;
    int64_t tp = 0, fp = 0;
    for (const auto& p : sorted) {
        (p.truePositive ? tp : fp) += 1;
        precision.push_back(double(tp) / double(tp + fp));
        recall.push_back(double(tp) / double(e.gtPositives));
    }
    for (size_t i = precision.size(); i-- > 1;)
        precision[i - 1] = std::max(precision[i - 1], precision[i]);
    double sum = 0;  // Python's sum: left to right
    for (int i = 0; i <= 100; ++i) {
        const double x = double(i) / 100;
        const auto at = size_t(std::lower_bound(recall.begin(), recall.end(), x) - recall.begin());
        if (at < precision.size())
            sum += precision[at];
    }
    return sum / 101 * 100;
}

double ClassedAp::mAP() const {
    double sum = 0;
    int64_t n = 0;
    for (const auto& e : m_entries)
        if (!e.points.empty() || e.gtPositives != 0) {
            sum += apOf(e);
            ++n;
        }
    return n == 0 ? 0 : sum / double(n);
}

}  // namespace mrcnn::coco::tide
