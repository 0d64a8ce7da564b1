#include "utils/boxes.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "model/utils/utils_test_data.h"

using namespace mrcnn;
using test::loadNpyTensor;
using test::utilsDataDir;

namespace {

nlohmann::json boxesJson() {
    return test::loadJsonFile(utilsDataDir() / "boxes/boxes.json");
}

torch::Tensor ref(const nlohmann::json& entry, const char* key) {
    return loadNpyTensor(utilsDataDir() / entry[key].get<std::string>());
}

}  // namespace

TEST(UtilsBoxes, NormAndDenormMatchTheFormula) {
    auto px = torch::tensor({{0, 0, 128, 128}, {10, 20, 30, 41}}, torch::kInt32);
    auto n = normBoxes(px, 128, 128);
    EXPECT_EQ(n.scalar_type(), torch::kFloat32);
    EXPECT_FLOAT_EQ(n[0][2].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(n[1][3].item<float>(), float(40.0 / 127.0));
    auto back = denormBoxes(n, 128, 128);
    EXPECT_EQ(back.scalar_type(), torch::kInt32);
    EXPECT_TRUE(back.equal(px));
    // np.around is half-to-even: 0.5 -> 0, 1.5 -> 2, 2.5 -> 2 (scale H-1 = 1).
    auto half = torch::tensor({{0.5, 1.5, 2.5, -0.5}}, torch::kFloat64);
    auto r = denormBoxes(half, 2, 2);
    EXPECT_TRUE(r.equal(torch::tensor({{0, 2, 4, 0}}, torch::kInt32)));  // x2: -0.5 + 1 -> 0
    EXPECT_EQ(normBoxes(torch::zeros({0, 4}), 10, 10).size(0), 0);
    EXPECT_THROW(normBoxes(torch::zeros({3}), 10, 10), std::invalid_argument);
}

TEST(UtilsBoxes, ComputeOverlapsAllReferenceCases) {
    auto cases = boxesJson()["compute_overlaps"];
    ASSERT_EQ(cases.size(), 3u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto b1 = ref(c, "boxes1");
        auto b2 = ref(c, "boxes2");
        auto expected = ref(c, "result");
        auto got = computeOverlaps(b1, b2);
        EXPECT_EQ(got.scalar_type(), torch::kFloat64);
        EXPECT_EQ(got.sizes().vec(), c["result_shape"].get<std::vector<int64_t>>());
        EXPECT_EQ(test::nanCount(got), c["nan_count"].get<int64_t>());
        EXPECT_TRUE(test::sameWithNan(got, expected));
    }
}

TEST(UtilsBoxes, ComputeOverlapsEdgeCases) {
    auto a = torch::tensor({{0.0, 0.0, 10.0, 10.0}}, torch::kFloat64);
    EXPECT_EQ(computeOverlaps(a, torch::zeros({0, 4})).sizes(), (std::vector<int64_t>{1, 0}));
    EXPECT_EQ(computeOverlaps(torch::zeros({0, 4}), a).sizes(), (std::vector<int64_t>{0, 1}));
    // Touching boxes share no area (no +1 pixel term); half overlap is 1/3.
    auto b = torch::tensor({{0.0, 10.0, 10.0, 20.0}, {0.0, 5.0, 10.0, 15.0}}, torch::kFloat64);
    auto o = computeOverlaps(a, b);
    EXPECT_DOUBLE_EQ(o[0][0].item<double>(), 0.0);
    EXPECT_DOUBLE_EQ(o[0][1].item<double>(), 50.0 / 150.0);
    EXPECT_THROW(computeOverlaps(torch::zeros({2, 3}), a), std::invalid_argument);
}

TEST(UtilsBoxes, ComputeOverlapsMasksAllReferenceCases) {
    auto cases = boxesJson()["compute_overlaps_masks"];
    ASSERT_EQ(cases.size(), 4u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto expected = ref(c, "result");
        auto got = computeOverlapsMasks(ref(c, "masks1"), ref(c, "masks2"));
        EXPECT_EQ(got.scalar_type(),
                  c["result_dtype"] == "float32" ? torch::kFloat32 : torch::kFloat64);
        EXPECT_EQ(got.sizes().vec(), c["result_shape"].get<std::vector<int64_t>>());
        EXPECT_EQ(test::nanCount(got), c["nan_count"].get<int64_t>());
        EXPECT_TRUE(test::sameWithNan(got, expected));
    }
    EXPECT_THROW(computeOverlapsMasks(torch::zeros({4, 4}), torch::zeros({4, 4, 1})),
                 std::invalid_argument);
}

TEST(UtilsBoxes, NonMaxSuppressionAllReferenceCasesAndThresholds) {
    auto cases = boxesJson()["non_max_suppression"];
    ASSERT_EQ(cases.size(), 6u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto boxes = ref(c, "boxes");
        auto scores = ref(c, "scores");
        auto byThreshold = test::parsePythonRepr(c["kept_indices_by_threshold"]);
        ASSERT_EQ(byThreshold.size(), 6u);
        for (const auto& [key, kept] : byThreshold.items()) {
            SCOPED_TRACE("threshold " + key);
            auto got = nonMaxSuppression(boxes, scores, std::stod(key));
            EXPECT_EQ(got.scalar_type(), torch::kInt32);
            std::vector<int32_t> v(got.data_ptr<int32_t>(), got.data_ptr<int32_t>() + got.numel());
            EXPECT_EQ(v, kept.get<std::vector<int32_t>>());
        }
    }
}

TEST(UtilsBoxes, NonMaxSuppressionTiesAndEdges) {
    // Equal scores: the highest index is taken first (reversed stable argsort).
    auto boxes = torch::tensor({{0.f, 0.f, 10.f, 10.f}, {0.f, 0.f, 10.f, 10.f}});
    auto scores = torch::tensor({0.5f, 0.5f});
    auto got = nonMaxSuppression(boxes, scores, 0.5);
    ASSERT_EQ(got.numel(), 1);
    EXPECT_EQ(got[0].item<int32_t>(), 1);
    // Threshold 1.0 keeps identical boxes (IoU 1 is not > 1).
    EXPECT_EQ(nonMaxSuppression(boxes, scores, 1.0).numel(), 2);
    EXPECT_EQ(nonMaxSuppression(torch::zeros({0, 4}), torch::zeros({0}), 0.5).numel(), 0);
    EXPECT_THROW(nonMaxSuppression(boxes, torch::zeros({3}), 0.5), std::invalid_argument);
}

TEST(UtilsBoxes, ApplyBoxDeltasAllReferenceCases) {
    auto cases = boxesJson()["apply_box_deltas"];
    ASSERT_EQ(cases.size(), 3u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto got = applyBoxDeltas(ref(c, "boxes"), ref(c, "deltas"));
        auto expected = ref(c, "result");
        EXPECT_EQ(got.scalar_type(), torch::kFloat32);
        EXPECT_TRUE(got.equal(expected)) << (got - expected).abs().max();
    }
    // y2 comes from y1 + h: zero deltas return the boxes.
    auto b = torch::tensor({{1.f, 2.f, 5.f, 9.f}});
    EXPECT_TRUE(applyBoxDeltas(b, torch::zeros({1, 4})).equal(b));
    EXPECT_EQ(applyBoxDeltas(torch::zeros({0, 4}), torch::zeros({0, 4})).size(0), 0);
    EXPECT_THROW(applyBoxDeltas(b, torch::zeros({2, 4})), std::invalid_argument);
}

TEST(UtilsBoxes, BoxRefinementAllReferenceCases) {
    auto cases = boxesJson()["box_refinement"];
    ASSERT_EQ(cases.size(), 3u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto got = boxRefinement(ref(c, "box"), ref(c, "gt_box"));
        auto expected = ref(c, "result");
        EXPECT_EQ(got.scalar_type(), torch::kFloat32);
        EXPECT_EQ((~torch::isfinite(got)).sum().item<int64_t>(),
                  c["nonfinite_count"].get<int64_t>());
        EXPECT_TRUE(test::sameWithNan(got, expected));
    }
    // Inverse of applyBoxDeltas.
    auto b = torch::tensor({{10.f, 10.f, 30.f, 50.f}});
    auto g = torch::tensor({{12.f, 8.f, 36.f, 48.f}});
    auto back = applyBoxDeltas(b, boxRefinement(b, g));
    EXPECT_TRUE(torch::allclose(back, g, 0, 1e-4));
    EXPECT_EQ(boxRefinement(torch::zeros({0, 4}), torch::zeros({0, 4})).size(0), 0);
}

TEST(UtilsBoxes, ExtractBboxesAllReferenceCases) {
    auto cases = boxesJson()["extract_bboxes"];
    ASSERT_EQ(cases.size(), 2u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto got = extractBboxes(ref(c, "mask"));
        EXPECT_EQ(got.scalar_type(), torch::kInt32);
        EXPECT_TRUE(got.equal(ref(c, "result")));
        auto list = c["result_list"].get<std::vector<std::vector<int32_t>>>();
        ASSERT_EQ(got.size(0), static_cast<int64_t>(list.size()));
        for (size_t i = 0; i < list.size(); ++i) {
            for (int k = 0; k < 4; ++k)
                EXPECT_EQ(got[i][k].item<int32_t>(), list[i][k]);
        }
    }
    EXPECT_EQ(extractBboxes(torch::zeros({5, 5, 0}, torch::kBool)).sizes(),
              (std::vector<int64_t>{0, 4}));
    EXPECT_TRUE(extractBboxes(torch::zeros({0, 0, 2}, torch::kBool)).eq(0).all().item<bool>());
    EXPECT_THROW(extractBboxes(torch::zeros({5, 5})), std::invalid_argument);
}

TEST(UtilsBoxes, TrimZeros) {
    auto x = torch::tensor({{0, 0}, {1, 0}, {0, 0}, {0, 2}}, torch::kInt32);
    auto t = trimZeros(x);
    EXPECT_TRUE(t.equal(torch::tensor({{1, 0}, {0, 2}}, torch::kInt32)));
    EXPECT_TRUE(nonZeroRowIndices(x).equal(torch::tensor({1, 3}, torch::kInt64)));
    EXPECT_EQ(trimZeros(torch::zeros({3, 4})).size(0), 0);
    EXPECT_EQ(trimZeros(torch::zeros({0, 4})).size(0), 0);
    EXPECT_THROW(trimZeros(torch::zeros({3})), std::invalid_argument);
}
