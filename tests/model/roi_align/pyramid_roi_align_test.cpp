#include "roi_align/pyramid_roi_align.h"

#include <gtest/gtest.h>

#include "roi_align/crop_and_resize.h"
#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

// Bilinear sample of an NHWC map in double, TF's corner-aligned coordinates.
double sample(const torch::TensorAccessor<float, 3>& a, int64_t h, int64_t w, double iy, double ix,
              int64_t d) {
    if (iy < 0 || iy > h - 1 || ix < 0 || ix > w - 1)
        return 0.0;
    const int64_t y0 = int64_t(std::floor(iy)), x0 = int64_t(std::floor(ix));
    const int64_t y1 = int64_t(std::ceil(iy)), x1 = int64_t(std::ceil(ix));
    const double fy = iy - y0, fx = ix - x0;
    return (1 - fy) * ((1 - fx) * a[y0][x0][d] + fx * a[y0][x1][d]) +
           fy * ((1 - fx) * a[y1][x0][d] + fx * a[y1][x1][d]);
}

}  // namespace

TEST(PyramidRoiAlign, MicroRunPoolsEachBoxFromItsLevel) {
    test::RunNpz run(test::referenceRun("micro").npz);
    PyramidRoiAlignInput in;
    in.boxes = run.tensor("proposals")[0];
    for (int l = 2; l <= 5; ++l)
        in.featureMaps.push_back(run.tensor("fpn_p" + std::to_string(l)));
    in.layout = FeatureLayout::Nhwc;
    in.imageHeight = 128;
    in.imageWidth = 128;
    PyramidRoiAlignOutput out = pyramidRoiAlign(in, 7);
    const int64_t channels = in.featureMaps[0].size(3);
    ASSERT_EQ(out.pooled.sizes(), (c10::IntArrayRef{1000, channels, 7, 7}));
    EXPECT_TRUE(torch::equal(out.levels, run.tensor("proposal_roi_levels")[0].to(torch::kInt32)));

    // Brute force over a spread of boxes (every 37th, all levels present) in double.
    auto boxes = in.boxes.accessor<float, 2>();
    int checked = 0;
    for (int64_t n = 0; n < 1000; n += 37) {
        const int level = out.levels[n].item<int32_t>();
        torch::Tensor map = in.featureMaps[level - 2][0].contiguous();
        auto a = map.accessor<float, 3>();
        const int64_t h = map.size(0), w = map.size(1);
        for (int64_t i = 0; i < 7; ++i)
            for (int64_t j = 0; j < 7; ++j) {
                const double iy =
                    boxes[n][0] * (h - 1) + i * (double(boxes[n][2]) - boxes[n][0]) * (h - 1) / 6;
                const double ix =
                    boxes[n][1] * (w - 1) + j * (double(boxes[n][3]) - boxes[n][1]) * (w - 1) / 6;
                for (int64_t d = 0; d < channels; d += 5) {
                    EXPECT_NEAR(out.pooled[n][d][i][j].item<float>(), sample(a, h, w, iy, ix, d),
                                1e-4);
                    ++checked;
                }
            }
    }
    EXPECT_GT(checked, 1000);

    // NCHW input gives the identical result; the mask pool size works the same way.
    PyramidRoiAlignInput nchw = in;
    for (auto& m : nchw.featureMaps)
        m = m.permute({0, 3, 1, 2}).contiguous();
    nchw.layout = FeatureLayout::Nchw;
    EXPECT_TRUE(torch::equal(pyramidRoiAlign(nchw, 7).pooled, out.pooled));
    in.boxes = run.tensor("detections")[0].slice(1, 0, 4).contiguous();
    PyramidRoiAlignOutput mask = pyramidRoiAlign(in, 14);
    EXPECT_EQ(mask.pooled.sizes(), (c10::IntArrayRef{100, channels, 14, 14}));
    EXPECT_TRUE(torch::equal(mask.levels, run.tensor("detection_roi_levels")[0].to(torch::kInt32)));
    // Each pooled box equals crop_and_resize on its own level.
    torch::Tensor one = cropAndResize(in.featureMaps[mask.levels[3].item<int32_t>() - 2][0],
                                      in.boxes.slice(0, 3, 4), 14, 14);
    EXPECT_TRUE(torch::equal(one[0].permute({2, 0, 1}), mask.pooled[3]));
}

TEST(PyramidRoiAlign, EmptyBoxesAndBadInputs) {
    PyramidRoiAlignInput in;
    for (int64_t s : {16, 8, 4, 2})
        in.featureMaps.push_back(torch::ones({1, 3, s, s}));
    in.boxes = torch::zeros({0, 4});
    in.imageHeight = in.imageWidth = 64;
    PyramidRoiAlignOutput out = pyramidRoiAlign(in, 7);
    EXPECT_EQ(out.pooled.sizes(), (c10::IntArrayRef{0, 3, 7, 7}));
    EXPECT_EQ(out.levels.numel(), 0);
    // A zero padding row is pooled from P2 at pixel (0, 0).
    in.boxes = torch::zeros({1, 4});
    out = pyramidRoiAlign(in, 2);
    EXPECT_EQ(out.levels[0].item<int32_t>(), 2);
    EXPECT_TRUE(out.pooled.eq(1.0f).all().item<bool>());
    in.featureMaps.pop_back();
    EXPECT_THROW(pyramidRoiAlign(in, 7), std::invalid_argument);
    in.featureMaps.push_back(torch::ones({1, 4, 2, 2}));  // channel mismatch
    EXPECT_THROW(pyramidRoiAlign(in, 7), std::invalid_argument);
}
