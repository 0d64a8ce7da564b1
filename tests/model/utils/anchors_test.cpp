#include "utils/anchors.h"

#include <gtest/gtest.h>

#include "model/utils/utils_test_data.h"
#include "utils/boxes.h"

using namespace mrcnn;
using test::loadNpyTensor;

namespace {

Config configForCase(const nlohmann::json& c) {
    Config config = presetConfig(c["config"].get<std::string>());
    config.RPN_ANCHOR_SCALES = c["scales"].get<std::vector<double>>();
    config.RPN_ANCHOR_RATIOS = c["ratios"].get<std::vector<double>>();
    config.BACKBONE_STRIDES = c["backbone_strides"].get<std::vector<int>>();
    config.RPN_ANCHOR_STRIDE = c["anchor_stride"].get<int>();
    return config;
}

// The reference file from tests/data when copied there, else from ../shared (or none).
std::optional<std::filesystem::path> referenceFile(const std::string& rel) {
    auto local = test::utilsDataDir() / rel;
    if (std::filesystem::exists(local))
        return local;
    auto shared = test::sharedReferenceDir() / rel;
    if (std::filesystem::exists(shared))
        return shared;
    return std::nullopt;
}

}  // namespace

TEST(UtilsAnchors, EveryReferenceCaseCountsCornersAndFiles) {
    auto cases = test::loadJsonFile(test::utilsDataDir() / "anchors/anchors.json")["cases"];
    ASSERT_GE(cases.size(), 3u);
    int filesCompared = 0;
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        Config config = configForCase(c);
        // The preset's own anchor scales must be the ones the reference used.
        EXPECT_EQ(presetConfig(c["config"].get<std::string>()).RPN_ANCHOR_SCALES,
                  config.RPN_ANCHOR_SCALES);
        const int64_t h = c["image_shape"][0];
        const int64_t w = c["image_shape"][1];
        auto shapes = computeBackboneShapes(config, h, w);
        auto expectedShapes = c["feature_shapes"].get<std::vector<std::array<int64_t, 2>>>();
        EXPECT_EQ(shapes, expectedShapes);

        AnchorSet set = anchorsForImage(config, h, w);
        EXPECT_EQ(set.pixels.tensor().scalar_type(), torch::kFloat64);
        EXPECT_EQ(set.normalized.tensor().scalar_type(), torch::kFloat32);
        EXPECT_EQ(set.pixels.tensor().size(0), c["count"].get<int64_t>());
        EXPECT_EQ(set.countPerLevel, c["count_per_level"].get<std::vector<int64_t>>());

        auto first = test::parsePythonRepr(c["first_anchors_pixel"])
                         .get<std::vector<std::array<double, 4>>>();
        for (size_t i = 0; i < first.size(); ++i) {
            for (int k = 0; k < 4; ++k) {
                EXPECT_EQ(set.pixels.tensor()[i][k].item<double>(), first[i][k]) << i << "," << k;
            }
        }
        auto last = c["last_anchor_pixel"].get<std::array<double, 4>>();
        for (int k = 0; k < 4; ++k)
            EXPECT_EQ(set.pixels.tensor()[-1][k].item<double>(), last[k]);

        auto pixelFile = referenceFile(c["pixel_file"].get<std::string>());
        auto normFile = referenceFile(c["norm_file"].get<std::string>());
        if (pixelFile && normFile) {
            EXPECT_TRUE(set.pixels.tensor().equal(loadNpyTensor(*pixelFile)));
            EXPECT_TRUE(set.normalized.tensor().equal(loadNpyTensor(*normFile)));
            ++filesCompared;
        }
    }
    EXPECT_GE(filesCompared, 1);  // shapes_128 is always in tests/data
}

TEST(UtilsAnchors, LargeReferenceFilesFromShared) {
    MRCNN_REQUIRE_SHARED();
    for (const char* name : {"coco_1024", "coco_pad64_480x640"}) {
        SCOPED_TRACE(name);
        auto dir = test::sharedReferenceDir() / "anchors";
        auto pixels = loadNpyTensor(dir / (std::string(name) + "_pixel.npy"));
        auto norm = loadNpyTensor(dir / (std::string(name) + "_norm.npy"));
        Config config = presetConfig("coco");
        const int64_t h = name == std::string("coco_1024") ? 1024 : 512;
        const int64_t w = name == std::string("coco_1024") ? 1024 : 640;
        AnchorSet set = anchorsForImage(config, h, w);
        EXPECT_TRUE(set.pixels.tensor().equal(pixels));
        EXPECT_TRUE(set.normalized.tensor().equal(norm));
    }
}

TEST(UtilsAnchors, SingleLevelLayoutAndStride) {
    // 2x3 cells with anchor stride 2: cells (0, 0) and (0, 2), three ratios each.
    auto a = generateAnchors(8, {0.5, 1, 2}, {2, 3}, 4, 2);
    ASSERT_EQ(a.size(0), 6);
    EXPECT_TRUE(a[4].equal(torch::tensor({-4.0, 4.0, 4.0, 12.0}, torch::kFloat64)));
    auto b = generateAnchors(8, {1}, {2, 3}, 4, 1);
    ASSERT_EQ(b.size(0), 6);
    EXPECT_TRUE(b[4].equal(torch::tensor({0.0, 0.0, 8.0, 8.0}, torch::kFloat64)));    // (1, 1)
    EXPECT_TRUE(b[2].equal(torch::tensor({-4.0, 4.0, 4.0, 12.0}, torch::kFloat64)));  // (0, 2)
    EXPECT_EQ(generateAnchors(8, {1}, {0, 3}, 4, 1).size(0), 0);
    EXPECT_THROW(generateAnchors(8, {1}, {2, 2}, 4, 0), std::invalid_argument);
    EXPECT_THROW(generatePyramidAnchors({8, 16}, {1}, {{2, 2}}, {4}, 1), std::invalid_argument);
    EXPECT_EQ(generatePyramidAnchors({}, {1}, {}, {}, 1).size(0), 0);
    EXPECT_THROW(computeBackboneShapes(presetConfig("coco"), 0, 10), std::invalid_argument);
}
