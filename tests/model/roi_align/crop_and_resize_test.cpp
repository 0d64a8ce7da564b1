#include "roi_align/crop_and_resize.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mrcnn;

namespace {

// 3x3 single-channel image with value 10*y + x.
torch::Tensor grid3() {
    return torch::tensor({0.f, 1.f, 2.f, 10.f, 11.f, 12.f, 20.f, 21.f, 22.f}).reshape({3, 3, 1});
}
torch::Tensor box(float y1, float x1, float y2, float x2) {
    return torch::tensor({y1, x1, y2, x2}).reshape({1, 4});
}

}  // namespace

TEST(CropAndResize, WholeImageIsCornerAligned) {
    torch::Tensor out = cropAndResize(grid3(), box(0, 0, 1, 1), 3, 3);
    ASSERT_EQ(out.sizes(), (c10::IntArrayRef{1, 3, 3, 1}));
    EXPECT_TRUE(torch::equal(out[0], grid3()));
}

TEST(CropAndResize, InteriorSamplesAndSinglePixelCrop) {
    torch::Tensor out = cropAndResize(grid3(), box(0.25f, 0.25f, 0.75f, 0.75f), 2, 2);
    EXPECT_FLOAT_EQ(out[0][0][0][0].item<float>(), 5.5f);
    EXPECT_FLOAT_EQ(out[0][0][1][0].item<float>(), 6.5f);
    EXPECT_FLOAT_EQ(out[0][1][0][0].item<float>(), 15.5f);
    EXPECT_FLOAT_EQ(out[0][1][1][0].item<float>(), 16.5f);
    // P = 1 samples the box centre: (0.5 * (y1 + y2) * (H - 1)).
    out = cropAndResize(grid3(), box(0.0f, 0.0f, 0.5f, 1.0f), 1, 1);
    EXPECT_FLOAT_EQ(out[0][0][0][0].item<float>(), 6.0f);  // y 0.5, x 1
}

TEST(CropAndResize, SamplesOutsideAreTheExtrapolationValue) {
    // Rows at in_y = -1, 0, 1: the first is outside, the whole sample is 0.
    torch::Tensor out = cropAndResize(grid3(), box(-0.5f, 0.0f, 0.5f, 1.0f), 3, 3);
    for (int x = 0; x < 3; ++x)
        EXPECT_EQ(out[0][0][x][0].item<float>(), 0.0f);
    EXPECT_EQ(out[0][1][2][0].item<float>(), 2.0f);
    EXPECT_EQ(out[0][2][1][0].item<float>(), 11.0f);
    out = cropAndResize(grid3(), box(2, 2, 3, 3), 2, 2, -7.0f);
    EXPECT_TRUE(out.eq(-7.0f).all().item<bool>());
    // P = 2 over the whole image samples exactly the four corners.
    out = cropAndResize(grid3(), box(0.0f, 0.0f, 1.0f, 1.0f), 2, 2);
    EXPECT_EQ(out[0][1][1][0].item<float>(), 22.0f);
}

TEST(CropAndResize, MatchesABruteForceReference) {
    torch::manual_seed(7);
    const int64_t h = 9, w = 13, c = 5, p = 7;
    torch::Tensor img = torch::randn({h, w, c});
    torch::Tensor boxes = torch::rand({40, 4}) * 1.4f - 0.2f;  // some outside, some inverted
    torch::Tensor out = cropAndResize(img, boxes, p, p);
    auto a = img.accessor<float, 3>();
    auto b = boxes.accessor<float, 2>();
    for (int64_t n = 0; n < boxes.size(0); ++n) {
        for (int64_t i = 0; i < p; ++i) {
            const double iy =
                b[n][0] * (h - 1) + i * (double(b[n][2]) - b[n][0]) * (h - 1) / (p - 1);
            for (int64_t j = 0; j < p; ++j) {
                const double ix =
                    b[n][1] * (w - 1) + j * (double(b[n][3]) - b[n][1]) * (w - 1) / (p - 1);
                for (int64_t d = 0; d < c; ++d) {
                    double want = 0.0;
                    // Skip samples within rounding distance of the border decision.
                    if (std::abs(iy) < 1e-4 || std::abs(iy - (h - 1)) < 1e-4 ||
                        std::abs(ix) < 1e-4 || std::abs(ix - (w - 1)) < 1e-4)
                        continue;
                    if (iy >= 0 && iy <= h - 1 && ix >= 0 && ix <= w - 1) {
                        const int64_t y0 = int64_t(std::floor(iy)), x0 = int64_t(std::floor(ix));
                        const int64_t y1 = std::min(y0 + 1, h - 1), x1 = std::min(x0 + 1, w - 1);
                        const double fy = iy - y0, fx = ix - x0;
                        want = (1 - fy) * ((1 - fx) * a[y0][x0][d] + fx * a[y0][x1][d]) +
                               fy * ((1 - fx) * a[y1][x0][d] + fx * a[y1][x1][d]);
                    }
                    EXPECT_NEAR(out[n][i][j][d].item<float>(), want, 1e-4)
                        << "box " << n << " sample " << i << "," << j;
                }
            }
        }
    }
}

TEST(CropAndResize, EmptyAndBadInputs) {
    EXPECT_EQ(cropAndResize(grid3(), torch::zeros({0, 4}), 7, 7).sizes(),
              (c10::IntArrayRef{0, 7, 7, 1}));
    EXPECT_THROW(cropAndResize(grid3(), box(0, 0, 1, 1), 0, 7), std::invalid_argument);
    EXPECT_THROW(cropAndResize(torch::zeros({3, 3}), box(0, 0, 1, 1), 2, 2), std::invalid_argument);
    EXPECT_THROW(cropAndResize(grid3(), torch::zeros({2, 3}), 2, 2), std::invalid_argument);
}
