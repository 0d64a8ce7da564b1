#include "metrics/matterport_ap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "io/npy.h"
#include "io/npy_torch.h"
#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

using nlohmann::json;
using MaskLoader = std::function<torch::Tensor(const std::string& key)>;

torch::Tensor intTensor(const json& j, int64_t cols) {
    std::vector<int32_t> v;
    for (const auto& row : j) {
        if (row.is_array())
            for (const auto& x : row)
                v.push_back(x.get<int32_t>());
        else
            v.push_back(row.get<int32_t>());
    }
    auto t = torch::tensor(v, torch::kInt32);
    return cols > 0 ? t.reshape({-1, cols}) : t;
}

torch::Tensor doubleTensor(const json& j) {
    return torch::tensor(j.get<std::vector<double>>(), torch::kFloat64);
}

// JSON numbers, with null for NaN, to 1e-6 (NaN must match NaN).
void expectClose(double got, const json& want, const std::string& what) {
    if (want.is_null()) {
        EXPECT_TRUE(std::isnan(got)) << what << " = " << got << ", expected NaN";
    } else {
        EXPECT_NEAR(got, want.get<double>(), 1e-6) << what;
    }
}

void expectVector(const std::vector<double>& got, const json& want, const std::string& what) {
    ASSERT_EQ(got.size(), want.size()) << what;
    for (size_t i = 0; i < got.size(); ++i)
        expectClose(got[i], want[i], what + "[" + std::to_string(i) + "]");
}

int checkCases(const json& all, const MaskLoader& load) {
    int count = 0;
    for (const auto& c : all["cases"]) {
        const std::string name = c["name"];
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "case_%02d", c["index"].get<int>());
        SCOPED_TRACE(name);
        GroundTruth gt{intTensor(c["gt_boxes"], 4), intTensor(c["gt_class_ids"], 0),
                       load(std::string(prefix) + "_gt_masks")};
        Predictions pred{intTensor(c["pred_boxes"], 4), intTensor(c["pred_class_ids"], 0),
                         doubleTensor(c["pred_scores"]), load(std::string(prefix) + "_pred_masks")};

        const auto& m = c["compute_matches_iou0.5"];
        const Matches matches = computeMatches(gt, pred, 0.5);
        EXPECT_EQ(matches.sortedOrder, m["sorted_pred_order"].get<std::vector<int64_t>>());
        EXPECT_EQ(matches.gtMatch, m["gt_match"].get<std::vector<double>>());
        EXPECT_EQ(matches.predMatch, m["pred_match"].get<std::vector<double>>());
        const torch::Tensor ov = load(std::string(prefix) + "_overlaps");
        EXPECT_EQ(matches.overlaps.scalar_type(), ov.scalar_type());
        EXPECT_TRUE(torch::equal(matches.overlaps.isnan(), ov.isnan()));
        EXPECT_TRUE(torch::equal(matches.overlaps.nan_to_num(-7), ov.nan_to_num(-7)));

        const auto& a = c["compute_ap_iou0.5"];
        const ApResult ap = computeAp(gt, pred, 0.5);
        expectClose(ap.ap, a["ap"], "ap");
        expectVector(ap.precisions, a["precisions"], "precisions");
        expectVector(ap.recalls, a["recalls"], "recalls");

        const auto& r = c["compute_ap_range"];
        const ApRangeResult range = computeApRange(gt, pred);
        EXPECT_EQ(range.thresholds, r["thresholds"].get<std::vector<double>>());
        expectVector(range.apPerThreshold, r["ap_per_threshold"], "ap_per_threshold");
        expectClose(range.mean, r["mean"], "mean");

        for (const char* t : {"0.5", "0.7"}) {
            const auto& want = c["compute_recall"][t];
            if (want.contains("error")) {
                EXPECT_THROW(computeRecall(pred.boxes, gt.boxes, std::stod(t)),
                             std::invalid_argument);
                continue;
            }
            const RecallResult rec = computeRecall(pred.boxes, gt.boxes, std::stod(t));
            expectClose(rec.recall, want["recall"], std::string("recall@") + t);
            EXPECT_EQ(rec.positiveIds, want["positive_ids"].get<std::vector<int64_t>>());
        }
        ++count;
    }
    return count;
}

TEST(MatterportMetrics, ReferenceCasesFromTestData) {
    const auto dir = test::dataDir() / "metrics";
    std::ifstream in(dir / "metrics_cases.json");
    const json all = json::parse(in);
    const auto npz = readNpzMap((dir / "cases.npz").string());
    const int n = checkCases(all, [&](const std::string& key) { return npyToTensor(npz.at(key)); });
    EXPECT_EQ(n, int(all["cases"].size()));
    EXPECT_GE(n, 25);
}

TEST(MatterportMetrics, ReferenceCasesFromShared) {
    MRCNN_REQUIRE_SHARED();
    const auto dir = test::sharedDir() / "reference";
    std::ifstream in(dir / "metrics/metrics_cases.json");
    const json all = json::parse(in);
    const int n = checkCases(all, [&](const std::string& key) {
        return npyToTensor(readNpyFile((dir / "metrics" / (key + ".npy")).string()));
    });
    EXPECT_EQ(n, int(all["cases"].size()));
}

TEST(MatterportMetrics, ApRangeThresholdsKeepNumpyQuirks) {
    const auto t = defaultApRangeThresholds();
    ASSERT_EQ(t.size(), 10u);
    EXPECT_EQ(t[0], 0.5);
    EXPECT_EQ(t[2], 0.6000000000000001);
    EXPECT_EQ(t[4], 0.7000000000000002);
    EXPECT_EQ(t[6], 0.8000000000000003);
    EXPECT_EQ(t[9], 0.9500000000000004);
}

TEST(MatterportMetrics, EmptyInputs) {
    const auto noMasks = torch::zeros({8, 8, 0}, torch::kBool);
    GroundTruth gt{torch::zeros({0, 4}, torch::kInt32), torch::zeros({0}, torch::kInt32), noMasks};
    Predictions pred{torch::zeros({0, 4}, torch::kInt32), torch::zeros({0}, torch::kInt32),
                     torch::zeros({0}, torch::kFloat64), noMasks};
    const ApResult r = computeAp(gt, pred);
    EXPECT_EQ(r.ap, 0.0);
    EXPECT_EQ(r.precisions, (std::vector<double>{0, 0}));
    EXPECT_EQ(r.recalls, (std::vector<double>{0, 1}));
    EXPECT_EQ(r.matches.overlaps.sizes(), (std::vector<int64_t>{0, 0}));
    EXPECT_THROW(computeRecall(pred.boxes, gt.boxes, 0.5), std::invalid_argument);
    // GT without predictions: recall 0, AP 0.
    auto masks = torch::zeros({8, 8, 1}, torch::kBool);
    masks.index_put_({torch::indexing::Slice(1, 3), torch::indexing::Slice(1, 3), 0}, true);
    GroundTruth one{torch::tensor({1, 1, 3, 3}, torch::kInt32).reshape({1, 4}),
                    torch::tensor({1}, torch::kInt32), masks};
    EXPECT_EQ(computeAp(one, pred).ap, 0.0);
    EXPECT_EQ(computeRecall(pred.boxes, one.boxes, 0.5).recall, 0.0);
    // Bad shapes are reported, not crashed on.
    Predictions bad{torch::tensor({1, 1, 3, 3}, torch::kInt32).reshape({1, 4}),
                    torch::tensor({1}, torch::kInt32), torch::tensor({0.9}), noMasks};
    EXPECT_THROW(computeAp(one, bad), std::invalid_argument);
    Predictions badScores{bad.boxes, bad.classIds, torch::zeros({0}), masks};
    EXPECT_THROW(computeAp(one, badScores), std::invalid_argument);
}

TEST(MatterportMetrics, ZeroBoxesAreTrimmedLikeUpstream) {
    auto masks = torch::zeros({8, 8, 2}, torch::kBool);
    masks.index_put_({torch::indexing::Slice(1, 3), torch::indexing::Slice(1, 3), 0}, true);
    // The all-zero second GT box is dropped, and the masks are cut to the first one.
    GroundTruth gt{torch::tensor({1, 1, 3, 3, 0, 0, 0, 0}, torch::kInt32).reshape({2, 4}),
                   torch::tensor({1, 2}, torch::kInt32), masks};
    Predictions pred{torch::tensor({1, 1, 3, 3}, torch::kInt32).reshape({1, 4}),
                     torch::tensor({1}, torch::kInt32), torch::tensor({0.5}),
                     masks.narrow(2, 0, 1)};
    const Matches m = computeMatches(gt, pred);
    EXPECT_EQ(m.gtMatch, std::vector<double>{0});
    EXPECT_EQ(m.predMatch, std::vector<double>{0});
    EXPECT_DOUBLE_EQ(computeAp(gt, pred).ap, 1.0);
}

}  // namespace
}  // namespace mrcnn::metrics
