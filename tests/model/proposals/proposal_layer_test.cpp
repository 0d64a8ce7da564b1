#include "proposals/proposal_layer.h"

#include <gtest/gtest.h>

#include <chrono>

#include "io/npy.h"
#include "io/npy_torch.h"
#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

float maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.numel() == 0 && b.numel() == 0)
        return 0.0f;
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

class ProposalLayerRun : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ProposalLayerRun, MatchesEveryIntermediateOfTheReference) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    ProposalLayerInput in;
    in.rpnClass = run.tensor("rpn_class");
    in.rpnBbox = run.tensor("rpn_bbox");
    in.anchors = run.has("anchors") ? run.tensor("anchors")
                                    : npyToTensor(readNpyFile(info.anchorsNpy.string()));
    const Config config = run.config();
    const auto start = std::chrono::steady_clock::now();
    const ProposalLayerOutput out = proposalLayer(in, ProposalLayerParams::fromConfig(config));
    RecordProperty("stage_ms", std::to_string(std::chrono::duration<double, std::milli>(
                                                  std::chrono::steady_clock::now() - start)
                                                  .count()));

    const torch::Tensor pre = run.tensor("pre_nms_anchors")[0];
    ASSERT_EQ(out.preNmsAnchors.tensor().sizes(), pre.sizes());
    EXPECT_TRUE(torch::equal(out.preNmsAnchors.tensor(), pre)) << "top_k order differs";
    EXPECT_LE(maxAbsDiff(out.refinedAnchors.tensor(), run.tensor("refined_anchors")[0]), 1e-6f);
    EXPECT_LE(
        maxAbsDiff(out.refinedAnchorsClipped.tensor(), run.tensor("refined_anchors_clipped")[0]),
        1e-6f);
    const torch::Tensor ix = run.tensor("post_nms_anchor_ix");
    ASSERT_EQ(out.postNmsAnchorIx.sizes(), ix.sizes());
    EXPECT_TRUE(torch::equal(out.postNmsAnchorIx, ix.to(torch::kInt32)));
    const torch::Tensor proposals = run.tensor("proposals")[0];
    ASSERT_EQ(out.proposals.tensor().sizes(), proposals.sizes());
    EXPECT_LE(maxAbsDiff(out.proposals.tensor(), proposals), 1e-6f);
    // Padding rows are exactly zero.
    const int64_t m = ix.size(0);
    EXPECT_TRUE(out.proposals.tensor().slice(0, m).eq(0).all().item<bool>());
    // Every suppressed box names an earlier selected box that overlaps it.
    const torch::Tensor by = out.nmsSuppressedBy;
    ASSERT_EQ(by.size(0), out.preNmsAnchors.tensor().size(0));
    EXPECT_TRUE(by.lt(by.size(0)).all().item<bool>());
}

INSTANTIATE_TEST_SUITE_P(Runs, ProposalLayerRun, ::testing::Values("micro", "tiny", "coco"));

namespace {

ProposalLayerInput smallInput(const std::vector<float>& fg, const std::vector<float>& boxes) {
    const int64_t a = static_cast<int64_t>(fg.size());
    ProposalLayerInput in;
    torch::Tensor f = torch::tensor(fg, torch::kFloat32);
    in.rpnClass = torch::stack({1 - f, f}, 1).contiguous();
    in.rpnBbox = torch::zeros({a, 4}, torch::kFloat32);
    in.anchors = torch::tensor(boxes, torch::kFloat32).reshape({a, 4});
    return in;
}

}  // namespace

TEST(ProposalLayer, FewerAnchorsThanPreNmsLimitAndTiesToLowerIndex) {
    // Four disjoint anchors; anchors 1 and 2 tie at 0.5.
    ProposalLayerInput in =
        smallInput({0.2f, 0.5f, 0.5f, 0.9f}, {0.0f, 0.0f, 0.1f, 0.1f, 0.2f, 0.2f, 0.3f, 0.3f,  //
                                              0.4f, 0.4f, 0.5f, 0.5f, 0.6f, 0.6f, 0.7f, 0.7f});
    ProposalLayerParams p;
    p.preNmsLimit = 6000;
    p.proposalCount = 6;
    ProposalLayerOutput out = proposalLayer(in, p);
    EXPECT_EQ(out.preNmsIndices.size(0), 4);
    EXPECT_EQ(out.preNmsIndices[0].item<int64_t>(), 3);
    EXPECT_EQ(out.preNmsIndices[1].item<int64_t>(), 1);
    EXPECT_EQ(out.preNmsIndices[2].item<int64_t>(), 2);
    EXPECT_EQ(out.preNmsIndices[3].item<int64_t>(), 0);
    EXPECT_EQ(out.postNmsAnchorIx.size(0), 4);
    EXPECT_EQ(out.proposals.tensor().size(0), 6);
    EXPECT_FLOAT_EQ(out.proposals.tensor()[0][0].item<float>(), 0.6f);
    EXPECT_FLOAT_EQ(out.proposals.tensor()[1][0].item<float>(), 0.2f);
    EXPECT_TRUE(out.proposals.tensor().slice(0, 4).eq(0).all().item<bool>());
    // PRE_NMS_LIMIT below A keeps only the best.
    p.preNmsLimit = 2;
    out = proposalLayer(in, p);
    EXPECT_EQ(out.preNmsAnchors.tensor().size(0), 2);
    EXPECT_EQ(out.postNmsAnchorIx.size(0), 2);
}

TEST(ProposalLayer, DeltasClippingAndSuppression) {
    // Anchor 0 moved by dy = 1 (x 0.1 std-dev) and grown; anchor 1 duplicates anchor 2.
    ProposalLayerInput in =
        smallInput({0.9f, 0.8f, 0.7f}, {0.5f, 0.5f, 0.9f, 0.9f, 0.1f, 0.1f, 0.3f, 0.3f,  //
                                        0.1f, 0.1f, 0.3f, 0.3f});
    in.rpnBbox[0][0] = 10.0f;  // dy * 0.1 = 1 box height
    in.rpnBbox[0][2] = 0.0f;
    ProposalLayerParams p;
    p.proposalCount = 5;
    ProposalLayerOutput out = proposalLayer(in, p);
    EXPECT_NEAR(out.preNmsDeltas[0][0].item<float>(), 1.0f, 1e-6f);
    EXPECT_NEAR(out.refinedAnchors.tensor()[0][0].item<float>(), 0.9f, 1e-6f);
    EXPECT_NEAR(out.refinedAnchors.tensor()[0][2].item<float>(), 1.3f, 1e-6f);
    EXPECT_FLOAT_EQ(out.refinedAnchorsClipped.tensor()[0][2].item<float>(), 1.0f);
    ASSERT_EQ(out.postNmsAnchorIx.size(0), 2);
    EXPECT_EQ(out.postNmsAnchorIx[1].item<int32_t>(), 1);
    EXPECT_EQ(out.nmsSuppressedBy[2].item<int64_t>(), 1);
    EXPECT_EQ(out.nmsSuppressedBy[0].item<int64_t>(), -1);
    // A threshold of 1 keeps identical boxes (IoU 1 is not > 1).
    p.nmsThreshold = 1.0;
    EXPECT_EQ(proposalLayer(in, p).postNmsAnchorIx.size(0), 3);
}

TEST(ProposalLayer, EmptyInputsAndZeroProposals) {
    ProposalLayerInput in;
    in.rpnClass = torch::zeros({1, 0, 2});
    in.rpnBbox = torch::zeros({1, 0, 4});
    in.anchors = torch::zeros({1, 0, 4});
    ProposalLayerParams p;
    p.proposalCount = 3;
    ProposalLayerOutput out = proposalLayer(in, p);
    EXPECT_EQ(out.preNmsAnchors.tensor().size(0), 0);
    EXPECT_EQ(out.postNmsAnchorIx.size(0), 0);
    EXPECT_TRUE(torch::equal(out.proposals.tensor(), torch::zeros({3, 4})));
    // Zero-area anchors all survive NMS (IoU with an empty box is 0).
    ProposalLayerInput flat = smallInput({0.5f, 0.4f}, {0.2f, 0.2f, 0.2f, 0.2f,  //
                                                        0.2f, 0.2f, 0.2f, 0.2f});
    EXPECT_EQ(proposalLayer(flat, p).postNmsAnchorIx.size(0), 2);
    p.proposalCount = 0;
    out = proposalLayer(flat, p);
    EXPECT_EQ(out.proposals.tensor().size(0), 0);
    EXPECT_EQ(out.postNmsAnchorIx.size(0), 0);
}

TEST(ProposalLayer, BadInputsGiveClearMessages) {
    ProposalLayerInput in = smallInput({0.5f}, {0, 0, 1, 1});
    in.rpnBbox = torch::zeros({2, 4});
    EXPECT_THROW(
        {
            try {
                proposalLayer(in, {});
            } catch (const std::invalid_argument& e) {
                EXPECT_NE(std::string(e.what()).find("rpn_bbox"), std::string::npos);
                throw;
            }
        },
        std::invalid_argument);
    in = smallInput({0.5f}, {0, 0, 1, 1});
    in.anchors = in.anchors.to(torch::kFloat64);
    EXPECT_THROW(proposalLayer(in, {}), std::invalid_argument);
    in = smallInput({0.5f}, {0, 0, 1, 1});
    in.rpnClass = torch::Tensor();
    EXPECT_THROW(proposalLayer(in, {}), std::invalid_argument);
}
