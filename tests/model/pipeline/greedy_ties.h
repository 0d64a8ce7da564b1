#pragma once
// The two greedy choices of the original's graph, checked against another run's values with
// their near ties allowed: an order by descending score (top_k, the order NMS visits its
// candidates in) and TF's greedy NMS.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "proposals/tf_non_max_suppression.h"

namespace mrcnn::test {

// `scores`: the deciding run's scores of the items in the order the checked run put them.
// That order must be descending up to near ties: no item outscores one placed before it by
// more than `tie`. Returns how many items outscore (by at most `tie`) one placed before them.
inline int64_t expectDescendingUpToTies(const std::vector<double>& scores, double tie) {
    double lowest = std::numeric_limits<double>::infinity();
    int64_t inverted = 0;
    for (size_t p = 0; p < scores.size(); ++p) {
        EXPECT_LE(scores[p] - lowest, tie)
            << "position " << p << " outscores an item placed before it";
        inverted += scores[p] > lowest;
        lowest = std::min(lowest, scores[p]);
    }
    return inverted;
}

// Greedy NMS over candidates 0..n-1 in that order (TF semantics: a candidate is dropped when
// its float32 IoU with a selected box exceeds `thr`), deciding with the boxes `deciding`.
// `want` holds the decisions to replay (1 = selected); a decision those boxes make otherwise
// counts as an IoU tie when the candidate's IoU with some selected box lies within `iouTie` of
// thr both in `deciding` and in `other`, on opposite sides; any other disagreement fails.
// Returns the number of IoU ties.
inline int64_t replayNms(const std::vector<const float*>& deciding,
                         const std::vector<const float*>& other, const std::vector<char>& want,
                         int64_t maxOutput, float thr, double iouTie, const char* what) {
    std::vector<int64_t> selected;
    int64_t ties = 0;
    for (size_t c = 0; c < deciding.size(); ++c) {
        if (static_cast<int64_t>(selected.size()) >= maxOutput) {
            EXPECT_FALSE(want[c]) << what << ": candidate " << c << " after the output limit";
            continue;
        }
        bool suppressed = false, nearTie = false;
        for (int64_t s : selected) {
            const float iou = tfIou(deciding[c], deciding[s]);
            const float iouOther = tfIou(other[c], other[s]);
            suppressed |= iou > thr;
            nearTie |= (iou > thr) != (iouOther > thr) && std::abs(iou - thr) <= iouTie &&
                       std::abs(iouOther - thr) <= iouTie;
        }
        if (suppressed == static_cast<bool>(want[c])) {
            ++ties;
            EXPECT_TRUE(nearTie) << what << ": candidate " << c << " decided otherwise";
        }
        if (want[c])
            selected.push_back(static_cast<int64_t>(c));
    }
    return ties;
}

}  // namespace mrcnn::test
