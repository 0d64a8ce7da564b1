#include "proposals/box_graph.h"

#include <gtest/gtest.h>

using namespace mrcnn;

TEST(BoxGraph, ApplyBoxDeltasGraphDerivesY2FromY1) {
    torch::Tensor b = torch::tensor({0.2f, 0.1f, 0.6f, 0.5f}, torch::kFloat32).reshape({1, 4});
    torch::Tensor d = torch::tensor({0.5f, -0.25f, std::log(2.0f), 0.0f}).reshape({1, 4});
    torch::Tensor r = applyBoxDeltasGraph(b, d);
    // h 0.4 -> 0.8, cy 0.4 + 0.2 = 0.6; w 0.4, cx 0.3 - 0.1 = 0.2.
    EXPECT_NEAR(r[0][0].item<float>(), 0.2f, 1e-6f);
    EXPECT_NEAR(r[0][1].item<float>(), 0.0f, 1e-6f);
    EXPECT_NEAR(r[0][2].item<float>(), 1.0f, 1e-6f);
    EXPECT_NEAR(r[0][3].item<float>(), 0.4f, 1e-6f);
    // y2 is y1 + h in float32, bit for bit (not cy + h/2).
    const float e = torch::exp(torch::tensor({std::log(2.0f)})).item<float>();
    const float h = (0.6f - 0.2f) * e;
    const float cy = (0.2f + 0.5f * (0.6f - 0.2f)) + 0.5f * (0.6f - 0.2f);
    const float y1 = cy - 0.5f * h;
    EXPECT_EQ(r[0][0].item<float>(), y1);
    EXPECT_EQ(r[0][2].item<float>(), y1 + h);
    EXPECT_EQ(applyBoxDeltasGraph(torch::zeros({0, 4}), torch::zeros({0, 4})).size(0), 0);
    EXPECT_THROW(applyBoxDeltasGraph(torch::zeros({2, 4}), torch::zeros({1, 4})),
                 std::invalid_argument);
}

TEST(BoxGraph, ClipBoxesGraph) {
    torch::Tensor b =
        torch::tensor({-0.5f, 0.2f, 1.5f, 0.9f, 0.3f, 1.2f, 0.4f, -2.0f}).reshape({2, 4});
    torch::Tensor c = clipBoxesGraph(b, {0.1f, 0.0f, 0.9f, 1.0f});
    std::vector<float> want = {0.1f, 0.2f, 0.9f, 0.9f, 0.3f, 1.0f, 0.4f, 0.0f};
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(c.view(-1)[i].item<float>(), want[i]) << i;
    EXPECT_EQ(clipBoxesGraph(torch::zeros({0, 4}), {0, 0, 1, 1}).size(0), 0);
}

TEST(BoxGraph, NormWindowGraph) {
    // The COCO run's window (112, 112, 912, 912) in 1024^2: (112/1023, ..., 911/1023).
    auto w = normWindowGraph({112, 112, 912, 912}, 1024, 1024);
    EXPECT_EQ(w[0], 112.0f / 1023.0f);
    EXPECT_EQ(w[2], 911.0f / 1023.0f);
    auto full = normWindowGraph({0, 0, 128, 128}, 128, 128);
    EXPECT_EQ(full[0], 0.0f);
    EXPECT_EQ(full[3], 1.0f);
    EXPECT_THROW(normWindowGraph({0, 0, 1, 1}, 1, 1), std::invalid_argument);
}
