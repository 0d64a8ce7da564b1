#include "utils/graph_softmax.h"

#include <gtest/gtest.h>

#include "proposals/box_graph.h"
#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

class GraphMathRun : public ::testing::TestWithParam<std::string> {};

int64_t mismatches(const torch::Tensor& a, const torch::Tensor& b) {
    return a.ne(b).sum().item<int64_t>();
}

}  // namespace

// Exact ties in the reference's probabilities (the tiny run has two among its top scores)
// must be exact ties here too, so the softmaxes are checked bit for bit from the reference's
// own logits: 2 classes (rpn_class), 4 (micro, tiny) and 81 (COCO) for mrcnn_class.
TEST_P(GraphMathRun, SoftmaxesReproduceTheReferenceBitForBit) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    EXPECT_EQ(mismatches(softmaxDivide(run.tensor("rpn_class_logits")), run.tensor("rpn_class")),
              0);
    EXPECT_EQ(
        mismatches(softmaxReciprocal(run.tensor("mrcnn_class_logits")), run.tensor("mrcnn_class")),
        0);
}

// apply_box_deltas_graph on the reference's pre-NMS anchors and deltas gives its refined
// anchors bit for bit (the exp matters: std::exp and numpy's exp differ by an ulp on a few
// percent of the values).
TEST_P(GraphMathRun, RefinedAnchorsReproduceTheReferenceBitForBit) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    const Config config = run.config();
    const torch::Tensor scores = run.tensor("rpn_class")[0].select(1, 1);
    const torch::Tensor pre = run.tensor("pre_nms_anchors")[0];
    const int64_t k = pre.size(0);
    const torch::Tensor order =
        std::get<1>(scores.sort(/*stable=*/true, 0, /*descending=*/true)).slice(0, 0, k);
    torch::Tensor std4 = torch::tensor({static_cast<float>(config.RPN_BBOX_STD_DEV[0]),
                                        static_cast<float>(config.RPN_BBOX_STD_DEV[1]),
                                        static_cast<float>(config.RPN_BBOX_STD_DEV[2]),
                                        static_cast<float>(config.RPN_BBOX_STD_DEV[3])});
    const torch::Tensor deltas = (run.tensor("rpn_bbox")[0] * std4).index_select(0, order);
    EXPECT_EQ(mismatches(applyBoxDeltasGraph(pre, deltas), run.tensor("refined_anchors")[0]), 0);
}

INSTANTIATE_TEST_SUITE_P(Runs, GraphMathRun, ::testing::Values("micro", "tiny", "coco"));

TEST(GraphSoftmax, RowSumOrder) {
    // Fewer than 8 values: four scalar accumulators, leftovers into the first.
    std::vector<float> v = {1e8f, 1.0f, -1e8f, 1.0f, 1.0f};
    // acc = {1e8 + 1 (the leftover, = 1e8), 1, -1e8, 1} -> ((1e8 + 1) + -1e8) + 1 = 1, where a
    // sequential sum gives 2.
    EXPECT_EQ(referenceRowSum(v.data(), 5), ((1e8f + 1.0f + 1.0f) + -1e8f) + 1.0f);
    std::vector<float> ones(81, 1.0f);
    EXPECT_EQ(referenceRowSum(ones.data(), 81), 81.0f);
    EXPECT_EQ(softmaxDivide(torch::zeros({3, 2})).eq(0.5f).all().item<bool>(), true);
    EXPECT_EQ(softmaxReciprocal(torch::zeros({0, 4})).size(0), 0);
    EXPECT_THROW(softmaxDivide(torch::zeros({2, 2}, torch::kFloat64)), std::invalid_argument);
}
