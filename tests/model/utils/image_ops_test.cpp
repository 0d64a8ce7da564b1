#include "utils/image_ops.h"

#include <gtest/gtest.h>

#include <ctime>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "model/utils/utils_test_data.h"

using namespace mrcnn;
using test::loadNpyTensor;
using test::utilsDataDir;

namespace {

nlohmann::json moldingJson() {
    return test::loadJsonFile(utilsDataDir() / "molding/molding.json");
}

// A PNG as stored (grey stays one channel), uint8 [H, W, C] in RGB order.
torch::Tensor readPngRaw(const std::filesystem::path& path) {
    cv::Mat m = cv::imread(path.string(), cv::IMREAD_UNCHANGED);
    if (m.empty())
        throw std::runtime_error("cannot read " + path.string());
    if (m.channels() == 3)
        cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
    auto t = torch::from_blob(m.data, {m.rows, m.cols, m.channels()}, torch::kUInt8);
    return t.clone();
}

std::array<int64_t, 4> box4(const nlohmann::json& j) {
    return j.get<std::array<int64_t, 4>>();
}

}  // namespace

TEST(UtilsImageOps, SkimageResizeBorderAttenuationAndClip) {
    // 5 -> 8 rows (scale 1.6): row 0 reads coordinate -0.1875, i.e. 0.8125 * row 0 + 0.1875 * 0.
    auto img = torch::tensor({200.0, 160.0, 120.0, 80.0, 0.0}).reshape({5, 1}).repeat({1, 3});
    auto out = skimageResize(img.to(torch::kFloat64), 8, 3);
    EXPECT_DOUBLE_EQ(out[0][1].item<double>(), 0.8125 * 200);
    // Values never leave [min, max] of the input; uint8 is truncated.
    auto u8 = torch::tensor({{10, 250}, {250, 10}}, torch::kUInt8);
    auto r = skimageResize(u8, 3, 3);
    EXPECT_EQ(r.scalar_type(), torch::kUInt8);
    EXPECT_GE(r.min().item<uint8_t>(), 10);
    EXPECT_EQ(r[1][1].item<uint8_t>(), 130);  // centre: mean of the four
    EXPECT_EQ(skimageResize(torch::ones({3, 3}, torch::kBool), 5, 5).scalar_type(),
              torch::kFloat64);
    EXPECT_TRUE(skimageResize(torch::ones({3, 3}, torch::kBool), 5, 5).eq(1).all().item<bool>());
    auto f = skimageResize(torch::rand({4, 4}), 7, 9);
    EXPECT_EQ(f.scalar_type(), torch::kFloat32);
    EXPECT_THROW(skimageResize(torch::zeros({0, 4}), 3, 3), std::invalid_argument);
    EXPECT_THROW(skimageResize(torch::zeros({4, 4}), 0, 3), std::invalid_argument);
    EXPECT_THROW(skimageResize(torch::zeros({4}), 3, 3), std::invalid_argument);
}

TEST(UtilsImageOps, ResizeImageGeometryWithoutPixels) {
    // The worked example of the conventions: 480x640 in square 800/1024.
    auto r = resizeImage(torch::zeros({480, 640, 3}, torch::kUInt8), 800, 1024, 0, "square");
    EXPECT_EQ(r.image.sizes(), (std::vector<int64_t>{1024, 1024, 3}));
    EXPECT_EQ(r.window, (std::array<int64_t, 4>{128, 0, 896, 1024}));
    EXPECT_DOUBLE_EQ(r.scale, 1.6);
    EXPECT_EQ(r.padding[0], (std::array<int64_t, 2>{128, 128}));
    EXPECT_EQ(r.image.scalar_type(), torch::kUInt8);
    // The anchors reference's pad64 source: 480x640, min_dim 256 -> 512x640, window 16..496.
    auto p = resizeImage(torch::zeros({480, 640, 3}, torch::kUInt8), 256, 1024, 0, "pad64");
    EXPECT_EQ(p.image.sizes(), (std::vector<int64_t>{512, 640, 3}));
    EXPECT_EQ(p.window, (std::array<int64_t, 4>{16, 0, 496, 640}));
    EXPECT_EQ(p.padding[0], (std::array<int64_t, 2>{16, 16}));
    // 199 * 1.5 = 298.5 rounds half to even: 298 (then padded to 320).
    auto m = resizeImage(torch::zeros({100, 199, 3}, torch::kUInt8), 64, 0, 1.5, "pad64");
    EXPECT_EQ(m.window, (std::array<int64_t, 4>{21, 11, 171, 309}));
    EXPECT_EQ(m.image.sizes(), (std::vector<int64_t>{192, 320, 3}));
    // Crop: seeded offsets stay inside, the recorded offsets are used as given.
    auto c =
        resizeImage(torch::zeros({300, 400, 3}, torch::kUInt8), 256, 0, 0, "crop", std::nullopt, 7);
    ASSERT_TRUE(c.crop.has_value());
    EXPECT_LE((*c.crop)[0], 300 - 256);
    EXPECT_EQ(c.window, (std::array<int64_t, 4>{0, 0, 256, 256}));
    auto n = resizeImage(torch::zeros({30, 40, 3}, torch::kUInt8), 800, 1024, 0, "none");
    EXPECT_EQ(n.image.sizes(), (std::vector<int64_t>{30, 40, 3}));
    EXPECT_THROW(resizeImage(torch::zeros({30, 40, 3}), 800, 1024, 0, "bogus"),
                 std::invalid_argument);
    EXPECT_THROW(resizeImage(torch::zeros({30, 40, 3}), 100, 0, 0, "pad64"), std::invalid_argument);
    EXPECT_THROW(
        resizeImage(torch::zeros({30, 40, 3}), 256, 0, 0, "crop", std::array<int64_t, 2>{300, 0}),
        std::invalid_argument);
}

TEST(UtilsImageOps, ResizeImageAllReferenceCases) {
    MRCNN_REQUIRE_SHARED();  // the input and output PNGs are large: read from ../shared
    const auto root = test::sharedReferenceDir();
    auto cases = test::loadJsonFile(root / "molding/molding.json")["resize_image"];
    ASSERT_GE(cases.size(), 15u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["input"].get<std::string>() + " " + c["mode_name"].get<std::string>());
        auto input = readPngRaw(root / c["input"].get<std::string>());
        ASSERT_EQ(input.sizes().vec(), c["input_shape"].get<std::vector<int64_t>>());
        const auto& kw = c["kwargs"];
        std::optional<std::array<int64_t, 2>> cropYX;
        if (!c["crop"].is_null())
            cropYX = std::array<int64_t, 2>{c["crop"][0], c["crop"][1]};
        auto r = resizeImage(input, kw.value("min_dim", 0), kw.value("max_dim", 0),
                             kw.value("min_scale", 0.0), kw["mode"].get<std::string>(), cropYX);
        EXPECT_EQ(r.image.sizes().vec(), c["output_shape"].get<std::vector<int64_t>>());
        EXPECT_EQ(r.image.scalar_type(), torch::kUInt8);
        EXPECT_EQ(r.window, box4(c["window"]));
        EXPECT_EQ(r.scale, c["scale"].get<double>());
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(r.padding[i], (c["padding"][i].get<std::array<int64_t, 2>>()));
        }
        EXPECT_EQ(r.crop.has_value(), !c["crop"].is_null());
        if (r.crop) {
            EXPECT_EQ(*r.crop, box4(c["crop"]));
        }
        auto expected = readPngRaw(root / c["output_png"].get<std::string>());
        ASSERT_EQ(expected.sizes(), r.image.sizes());
        auto diff = (r.image.to(torch::kInt32) - expected.to(torch::kInt32)).abs();
        // Truncation of values within rounding error of an integer: at most 1, rarely.
        EXPECT_LE(diff.max().item<int32_t>(), 1);
        EXPECT_LT(diff.gt(0).sum().item<int64_t>(), expected.numel() / 500 + 1);
        if (c.value("output_identical_to_input", false)) {
            EXPECT_TRUE(r.image.equal(input));
        }
    }
}

TEST(UtilsImageOps, ResizeMaskAllReferenceCases) {
    auto mask = loadNpyTensor(utilsDataDir() / "molding/resize_mask_input.npy");
    auto cases = moldingJson()["resize_mask"];
    ASSERT_EQ(cases.size(), 4u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        std::array<std::array<int64_t, 2>, 3> padding{};
        if (!c["padding"].is_null()) {
            for (int i = 0; i < 3; ++i)
                padding[i] = c["padding"][i].get<std::array<int64_t, 2>>();
        }
        std::optional<std::array<int64_t, 4>> crop;
        if (!c["crop"].is_null())
            crop = box4(c["crop"]);
        auto got = resizeMask(mask, c["scale"].get<double>(), padding, crop);
        auto expected = loadNpyTensor(utilsDataDir() / c["output"].get<std::string>());
        EXPECT_EQ(got.sizes().vec(), c["output_shape"].get<std::vector<int64_t>>());
        EXPECT_EQ(got.scalar_type(), torch::kBool);
        EXPECT_TRUE(got.equal(expected));
    }
    EXPECT_EQ(resizeMask(torch::zeros({4, 4, 0}, torch::kBool), 2.0, {}).sizes(),
              (std::vector<int64_t>{8, 8, 0}));
    EXPECT_THROW(resizeMask(torch::zeros({4, 4}, torch::kBool), 2.0, {}), std::invalid_argument);
    EXPECT_THROW(resizeMask(mask, 0.0, {}), std::invalid_argument);
}

TEST(UtilsImageOps, MinimizeAndExpandMaskReference) {
    auto j = moldingJson();
    const auto& me = j["minimize_expand"];
    auto mask = loadNpyTensor(utilsDataDir() / me["mask"].get<std::string>());
    auto boxes = me["bbox"].get<std::vector<std::array<int32_t, 4>>>();
    auto bboxT =
        torch::from_blob(boxes.data(), {static_cast<int64_t>(boxes.size()), 4}, torch::kInt32)
            .clone();
    auto mini = minimizeMask(bboxT, mask, {56, 56});
    auto expectedMini = loadNpyTensor(utilsDataDir() / me["minimized"].get<std::string>());
    EXPECT_EQ(mini.scalar_type(), torch::kBool);
    EXPECT_TRUE(mini.equal(expectedMini));
    auto expanded = expandMask(bboxT, mini, 128, 128);
    EXPECT_TRUE(expanded.equal(loadNpyTensor(utilsDataDir() / me["expanded"].get<std::string>())));

    const auto& ex = j["expand_mask"];
    auto boxes2 = ex["bbox"].get<std::vector<std::array<int32_t, 4>>>();
    auto bbox2 =
        torch::from_blob(boxes2.data(), {static_cast<int64_t>(boxes2.size()), 4}, torch::kInt32)
            .clone();
    auto mini2 = loadNpyTensor(utilsDataDir() / ex["mini_mask"].get<std::string>());
    auto out2 = expandMask(bbox2, mini2, ex["image_shape"][0], ex["image_shape"][1]);
    EXPECT_TRUE(out2.equal(loadNpyTensor(utilsDataDir() / ex["output"].get<std::string>())));

    auto zeroBox = torch::tensor({{5, 5, 5, 9}}, torch::kInt32);
    EXPECT_THROW(minimizeMask(zeroBox, torch::ones({10, 10, 1}, torch::kBool), {56, 56}),
                 std::invalid_argument);
    EXPECT_THROW(expandMask(zeroBox, torch::ones({56, 56, 1}, torch::kBool), 10, 10),
                 std::invalid_argument);
    EXPECT_EQ(minimizeMask(torch::zeros({0, 4}, torch::kInt32),
                           torch::zeros({10, 10, 0}, torch::kBool), {56, 56})
                  .sizes(),
              (std::vector<int64_t>{56, 56, 0}));
    // An all-ones crop stays all ones (clip to the crop's own range).
    auto full = minimizeMask(torch::tensor({{0, 0, 3, 7}}, torch::kInt32),
                             torch::ones({10, 10, 1}, torch::kBool), {56, 56});
    EXPECT_TRUE(full.all().item<bool>());
}

TEST(UtilsImageOps, UnmoldMaskAllReferenceCases) {
    auto cases = moldingJson()["unmold_mask"];
    ASSERT_EQ(cases.size(), 6u);
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto mask = loadNpyTensor(utilsDataDir() / c["mask"].get<std::string>());
        ASSERT_EQ(mask.scalar_type(), torch::kFloat32);
        auto got = unmoldMask(mask, box4(c["bbox"]), c["image_shape"][0], c["image_shape"][1]);
        auto expected = loadNpyTensor(utilsDataDir() / c["output"].get<std::string>());
        EXPECT_TRUE(got.equal(expected));
        EXPECT_EQ(got.sum().item<int64_t>(), c["output_true_count"].get<int64_t>());
    }
    auto m = torch::full({28, 28}, 0.7f);
    EXPECT_THROW(unmoldMask(m, {10, 10, 10, 20}, 50, 50), std::invalid_argument);
    EXPECT_THROW(unmoldMask(m, {40, 10, 60, 20}, 50, 50), std::invalid_argument);
    EXPECT_EQ(unmoldMask(m, {0, 0, 50, 50}, 50, 50).sum().item<int64_t>(), 2500);
}

TEST(UtilsImageOps, ResizeAndUnmoldAtFullSize) {
    // Speed is measured by benchmarks/utils_benchmark.cpp; this checks the full-size results.
    auto img = torch::randint(0, 256, {640, 640, 3}, torch::kUInt8);
    auto big = skimageResize(img, 1024, 1024);
    EXPECT_EQ(big.sizes(), (std::vector<int64_t>{1024, 1024, 3}));
    EXPECT_EQ(big.scalar_type(), torch::kUInt8);
    auto masks = torch::rand({100, 28, 28});
    int64_t total = 0;
    for (int i = 0; i < 100; ++i) {
        const int64_t y = (i * 37) % 700;
        const int64_t x = (i * 53) % 700;
        total += unmoldMask(masks[i], {y, x, y + 100 + i * 2, x + 150 + i}, 1024, 1024)
                     .sum()
                     .item<int64_t>();
    }
    EXPECT_GT(total, 0);
}

TEST(UtilsImageOps, MoldImageAndImageMeta) {
    Config config = presetConfig("coco");
    auto img = torch::tensor({0, 128, 255}, torch::kUInt8).reshape({1, 1, 3});
    auto molded = moldImage(img, config);
    EXPECT_EQ(molded.scalar_type(), torch::kFloat32);
    EXPECT_EQ(molded[0][0][0].item<float>(), static_cast<float>(0.0 - 123.7));
    EXPECT_EQ(molded[0][0][1].item<float>(), static_cast<float>(128.0 - 116.8));
    EXPECT_EQ(molded[0][0][2].item<float>(), static_cast<float>(255.0 - 103.9));
    EXPECT_THROW(moldImage(torch::zeros({2, 2, 4}, torch::kUInt8), config), std::invalid_argument);

    auto active = torch::zeros({config.NUM_CLASSES}, torch::kInt32);
    active[3] = 1;
    auto meta =
        composeImageMeta(7, {480, 640, 3}, {1024, 1024, 3}, {128, 0, 896, 1024}, 1.6, active);
    EXPECT_EQ(meta.scalar_type(), torch::kFloat64);
    EXPECT_EQ(meta.size(0), config.imageMetaSize());
    EXPECT_DOUBLE_EQ(meta[11].item<double>(), 1.6);
    EXPECT_DOUBLE_EQ(meta[15].item<double>(), 1.0);
    auto parsed = parseImageMeta(meta);
    EXPECT_EQ(parsed.imageId, 7);
    EXPECT_EQ(parsed.originalShape, (std::array<int64_t, 3>{480, 640, 3}));
    EXPECT_EQ(parsed.moldedShape, (std::array<int64_t, 3>{1024, 1024, 3}));
    EXPECT_EQ(parsed.window, (std::array<int64_t, 4>{128, 0, 896, 1024}));
    EXPECT_EQ(parsed.scale, static_cast<double>(1.6f));
    EXPECT_TRUE(parsed.activeClassIds.equal(active));
    EXPECT_THROW(parseImageMeta(torch::zeros({5})), std::invalid_argument);
    EXPECT_THROW(composeImageMeta(0, {1, 1, 3}, {1, 1, 3}, {0, 0, 1, 1}, 1, torch::zeros({2, 2})),
                 std::invalid_argument);
}
