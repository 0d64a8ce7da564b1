#pragma once
// TIDE's own AP (tidecv 1.0.1 ap.py, ClassedAPDataObject), which its error ΔAPs are measured
// with; not COCOeval's. Per class: data points (detection id, score, true positive) kept in
// insertion order, and a count of GT positives. A class's AP: points stably sorted by
// descending score, precision tp / (tp + fp), recall tp / #GT, precision made non-increasing
// from the right, then 101 bars x = i / 100 each taking the precision at the first recall
// >= x (0 past the last point): AP = sum / 101 * 100, in AP points; 0 without GT. mAP: the
// mean over classes that have a point or a GT (a class with points but no GT counts as 0),
// summed in first-use order as TIDE does; 0 when there is no class (TIDE divides by zero).

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace mrcnn::coco::tide {

struct DataPoint {
    int64_t id = 0;
    double score = 0;
    bool truePositive = false;
};

class ClassedAp {
public:
    void push(int64_t classId, const DataPoint& point) { entry(classId).points.push_back(point); }
    void addGtPositives(int64_t classId, int64_t n) { entry(classId).gtPositives += n; }

    // Classes in first-use order with their GT positives.
    std::vector<std::pair<int64_t, int64_t>> gtPositives() const;
    const std::vector<DataPoint>& points(int64_t classId) const;
    double classAp(int64_t classId) const;
    double mAP() const;

private:
    struct Entry {
        int64_t classId = 0;
        std::vector<DataPoint> points;
        int64_t gtPositives = 0;
    };
    Entry& entry(int64_t classId);
    static double apOf(const Entry& e);

    std::vector<Entry> m_entries;
    std::map<int64_t, size_t> m_index;
};

}  // namespace mrcnn::coco::tide
