#include "utils/image_ops.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "io/npy.h"
#include "io/npy_torch.h"
#include "support/test_paths.h"

using namespace mrcnn;

TEST(SkimageMaskResize, SameSizeIsTheIdentity) {
    torch::Tensor m = torch::rand({5, 7});
    EXPECT_TRUE(torch::equal(skimageResize(m, 5, 7), m));
}

TEST(SkimageMaskResize, HalfPixelCentresAndZeroOutside) {
    // 2 -> 4 along x: output x reads (x + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25.
    torch::Tensor m = torch::tensor({0.2f, 1.0f}).reshape({1, 2});
    torch::Tensor r = skimageResize(m, 1, 4);
    // -0.25: 0.75 * 0.2 + 0.25 * 0 (outside) = 0.15, clipped up to the input minimum 0.2.
    EXPECT_FLOAT_EQ(r[0][0].item<float>(), 0.2f);
    EXPECT_FLOAT_EQ(r[0][1].item<float>(), 0.4f);
    EXPECT_FLOAT_EQ(r[0][2].item<float>(), 0.8f);
    // 1.25: 0.75 * 1.0 + 0.25 * 0 = 0.75 (inside the input range, not clipped).
    EXPECT_FLOAT_EQ(r[0][3].item<float>(), 0.75f);
}

TEST(SkimageMaskResize, ScaleOnePointSixAttenuatesTheBorder) {
    // 5 -> 8: the first output row reads -0.1875 -> weight 0.8125 on row 0.
    torch::Tensor m = torch::zeros({5, 1});
    m[0][0] = 1.0f;
    torch::Tensor r = skimageResize(m, 8, 1);
    EXPECT_FLOAT_EQ(r[0][0].item<float>(), 0.8125f);
}

TEST(SkimageMaskResize, PreservesExactZerosWhenZeroIsOutsideTheInputRange) {
    // Input in [0.5, 0.7]: samples that are exactly 0 would be clipped to 0.5, but skimage
    // keeps cval; here none is exactly 0, so all are clipped into the range.
    torch::Tensor m = torch::tensor({0.5f, 0.7f, 0.6f, 0.5f}).reshape({2, 2});
    torch::Tensor r = skimageResize(m, 6, 6);
    EXPECT_GE(r.min().item<float>(), 0.5f);
    EXPECT_LE(r.max().item<float>(), 0.7f);
}

TEST(SkimageMaskResize, DownscaleAndBadInputs) {
    torch::Tensor m = torch::arange(16, torch::kFloat32).reshape({4, 4});
    torch::Tensor r = skimageResize(m, 2, 2);
    // Output 0 reads (0 + 0.5) * 2 - 0.5 = 0.5 (rows/cols 0, 1), output 1 reads 2.5.
    EXPECT_FLOAT_EQ(r[0][0].item<float>(), 2.5f);
    EXPECT_FLOAT_EQ(r[1][1].item<float>(), 12.5f);
    EXPECT_THROW(skimageResize(m, 0, 2), std::invalid_argument);
    EXPECT_THROW(skimageResize(torch::zeros({0, 3}), 2, 2), std::invalid_argument);
}

TEST(SkimageMaskResize, ReproducesTheReferenceUnmoldMaskCases) {
    // reference/molding: utils.unmold_mask on 28x28 float32 masks (blobs, noise, a column
    // of exactly 0.5 next to 0.4999), resized to the box, >= 0.5, pasted.
    MRCNN_REQUIRE_SHARED();
    const auto ref = test::sharedDir() / "reference";
    std::ifstream file(ref / "molding/molding.json");
    const nlohmann::json cases = nlohmann::json::parse(file)["unmold_mask"];
    ASSERT_GE(cases.size(), 6u);
    for (const auto& c : cases) {
        torch::Tensor mask = npyToTensor(readNpyFile((ref / c["mask"].get<std::string>())));
        torch::Tensor want = npyToTensor(readNpyFile((ref / c["output"].get<std::string>())));
        const auto box = c["bbox"].get<std::vector<int64_t>>();
        torch::Tensor resized = skimageResize(mask, box[2] - box[0], box[3] - box[1]);
        torch::Tensor full = torch::zeros({want.size(0), want.size(1)}, torch::kBool);
        full.slice(0, box[0], box[2]).slice(1, box[1], box[3]).copy_(resized.ge(0.5f));
        EXPECT_TRUE(torch::equal(full, want)) << c["name"];
        EXPECT_EQ(full.sum().item<int64_t>(), c["output_true_count"].get<int64_t>());
    }
}
