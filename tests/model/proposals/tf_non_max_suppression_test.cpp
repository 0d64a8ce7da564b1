#include "proposals/tf_non_max_suppression.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace mrcnn;

namespace {

torch::Tensor boxes(const std::vector<float>& v) {
    return torch::tensor(v, torch::kFloat32).reshape({static_cast<int64_t>(v.size() / 4), 4});
}
torch::Tensor scores(const std::vector<float>& v) {
    return torch::tensor(v, torch::kFloat32);
}
std::vector<int64_t> vec(const torch::Tensor& t) {
    return std::vector<int64_t>(t.data_ptr<int64_t>(), t.data_ptr<int64_t>() + t.numel());
}

}  // namespace

TEST(TfNonMaxSuppression, IouFormula) {
    const float a[4] = {0, 0, 2, 2};
    const float b[4] = {1, 1, 3, 3};
    EXPECT_FLOAT_EQ(tfIou(a, b), 1.0f / 7.0f);
    // Corners in reverse order are normalised first.
    const float bFlipped[4] = {3, 3, 1, 1};
    EXPECT_FLOAT_EQ(tfIou(a, bFlipped), 1.0f / 7.0f);
    // A zero-area box has IoU 0 even with itself.
    const float z[4] = {1, 1, 1, 2};
    EXPECT_EQ(tfIou(z, z), 0.0f);
    const float far[4] = {5, 5, 6, 6};
    EXPECT_EQ(tfIou(a, far), 0.0f);
}

TEST(TfNonMaxSuppression, GreedyStrictThresholdAndTrace) {
    // 0 and 1 overlap with IoU 1/7; 2 duplicates 0; 3 is far away.
    auto b = boxes({0, 0, 2, 2, 1, 1, 3, 3, 0, 0, 2, 2, 5, 5, 6, 6});
    auto s = scores({0.9f, 0.8f, 0.7f, 0.6f});
    TfNmsResult r = tfNonMaxSuppression(b, s, 10, 0.5f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{0, 1, 3}));
    EXPECT_EQ(vec(r.suppressedBy), (std::vector<int64_t>{-1, -1, 0, -1}));
    // IoU exactly at the threshold is kept (the test is >).
    r = tfNonMaxSuppression(b, s, 10, 1.0f / 7.0f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{0, 1, 3}));
    r = tfNonMaxSuppression(b, s, 10, 0.1f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{0, 3}));
    EXPECT_EQ(vec(r.suppressedBy), (std::vector<int64_t>{-1, 0, 0, -1}));
}

TEST(TfNonMaxSuppression, ScoreOrderTiesAndMaxOutput) {
    auto b = boxes({0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5});
    // Unsorted input, 1 and 2 tie: descending, lower index first.
    TfNmsResult r = tfNonMaxSuppression(b, scores({0.1f, 0.5f, 0.5f}), 10, 0.5f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{1, 2, 0}));
    // maxOutput stops early; the unvisited box is not "suppressed".
    r = tfNonMaxSuppression(b, scores({0.1f, 0.5f, 0.5f}), 2, 0.5f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{1, 2}));
    EXPECT_EQ(vec(r.suppressedBy), (std::vector<int64_t>{-1, -1, -1}));
    r = tfNonMaxSuppression(b, scores({0.1f, 0.5f, 0.5f}), 0, 0.5f);
    EXPECT_EQ(r.selected.numel(), 0);
    // NaN scores are never candidates.
    r = tfNonMaxSuppression(b, scores({NAN, 0.2f, 0.3f}), 10, 0.5f);
    EXPECT_EQ(vec(r.selected), (std::vector<int64_t>{2, 1}));
}

TEST(TfNonMaxSuppression, EmptyAndBadInputs) {
    TfNmsResult r = tfNonMaxSuppression(torch::zeros({0, 4}), torch::zeros({0}), 5, 0.5f);
    EXPECT_EQ(r.selected.numel(), 0);
    EXPECT_EQ(r.suppressedBy.numel(), 0);
    EXPECT_THROW(tfNonMaxSuppression(torch::zeros({2, 4}), torch::zeros({3}), 5, 0.5f),
                 std::invalid_argument);
    EXPECT_THROW(tfNonMaxSuppression(torch::zeros({2, 3}), torch::zeros({2}), 5, 0.5f),
                 std::invalid_argument);
    EXPECT_THROW(tfNonMaxSuppression(torch::zeros({2, 4}), torch::zeros({2}), -1, 0.5f),
                 std::invalid_argument);
    for (float threshold : {-0.1f, 1.5f, std::nanf("")})
        EXPECT_THROW(tfNonMaxSuppression(torch::zeros({2, 4}), torch::zeros({2}), 5, threshold),
                     std::invalid_argument);
}

// The kernel compares a candidate with the selected boxes a block at a time; this checks it
// against the plain greedy loop on many boxes (far more than one block selected), zero-area
// boxes and flipped corners included, for the selection and the suppressed-by trace.
TEST(TfNonMaxSuppression, SameAsPlainGreedyLoopOnManyBoxes) {
    torch::manual_seed(11);
    const int64_t n = 3000;
    auto corner = torch::rand({n, 2});
    auto size = torch::rand({n, 2}) * 0.3;
    auto boxes = torch::cat({corner, corner + size}, 1);
    boxes.slice(0, 0, 100).slice(1, 2, 3).copy_(
        boxes.slice(0, 0, 100).slice(1, 0, 1));                   // zero height
    boxes.slice(0, 100, 200) = boxes.slice(0, 100, 200).flip(1);  // flipped
    auto scores = torch::rand({n}).round_(3);                     // many exact ties
    for (float threshold : {0.0f, 0.3f, 0.7f}) {
        const auto got = tfNonMaxSuppression(boxes, scores, 1000, threshold);

        std::vector<int64_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        const float* ps = scores.data_ptr<float>();
        std::stable_sort(order.begin(), order.end(),
                         [ps](int64_t a, int64_t b) { return ps[a] > ps[b]; });
        const float* pb = boxes.data_ptr<float>();
        std::vector<int64_t> selected, suppressedBy(n, -1);
        for (int64_t cand : order) {
            if (selected.size() >= 1000)
                break;
            int64_t by = -1;
            for (int64_t s : selected)
                if (tfIou(pb + 4 * cand, pb + 4 * s) > threshold) {
                    by = s;
                    break;
                }
            if (by < 0)
                selected.push_back(cand);
            else
                suppressedBy[cand] = by;
        }
        SCOPED_TRACE(threshold);
        EXPECT_GT(selected.size(), 16u);
        EXPECT_TRUE(torch::equal(got.selected, torch::tensor(selected, torch::kInt64)));
        EXPECT_TRUE(torch::equal(got.suppressedBy, torch::tensor(suppressedBy, torch::kInt64)));
    }
}
