#include "data/xbd_dataset.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "data_test_util.h"

using namespace mrcnn;

namespace {
const auto kLabels = [] { return test::datasetsDir() / "xbd/labels"; };
const char* kPost = "joplin-tornado_00000050_post_disaster.json";
const char* kPre = "joplin-tornado_00000050_pre_disaster.json";
}  // namespace

TEST(DatasetXbd, PostDisasterDamageClasses) {
    XbdDataset ds((kLabels() / kPost).string());
    EXPECT_TRUE(ds.hasDamageSubtypes());
    EXPECT_EQ(ds.classNames(),
              (std::vector<std::string>{"BG", "no-damage", "minor-damage", "major-damage",
                                        "destroyed", "un-classified"}));
    ASSERT_EQ(ds.numImages(), 1);
    const auto& info = ds.imageInfo(0);
    EXPECT_EQ(info.height, 1024);
    EXPECT_EQ(info.width, 1024);
    EXPECT_EQ(info.sourceId, "joplin-tornado_00000050_post_disaster");
    auto m = ds.loadMask(0);
    ASSERT_EQ(m.count(), 15);
    auto counts = torch::bincount(m.classIds.to(torch::kLong), {}, 6);
    EXPECT_EQ(counts[4].item<int64_t>(), 11);  // destroyed
    EXPECT_EQ(counts[3].item<int64_t>(), 3);   // major-damage
    EXPECT_EQ(counts[5].item<int64_t>(), 1);   // un-classified
    // skimage.draw.polygon of each WKT ring: 71294 pixels, the first building 3233.
    EXPECT_EQ(m.masks.sum().item<int64_t>(), 71294);
    EXPECT_EQ(m.masks.select(2, 0).sum().item<int64_t>(), 3233);
    EXPECT_EQ(test::maskIndexSum(m.masks), 23043244568LL);
    // The image is not available: a clear error, masks still work.
    EXPECT_THROW(ds.loadImage(0), DatasetError);
}

// Pre-disaster labels have no subtype: their buildings are no-damage, within the same five
// classes as post-disaster labels (xView2's label map; Microsoft's pre mask holds 1).
TEST(DatasetXbd, PreDisasterBuildingsAreNoDamage) {
    XbdDataset ds((kLabels() / kPre).string());
    EXPECT_FALSE(ds.hasDamageSubtypes());
    EXPECT_EQ(ds.classNames(),
              (std::vector<std::string>{"BG", "no-damage", "minor-damage", "major-damage",
                                        "destroyed", "un-classified"}));
    auto m = ds.loadMask(0);
    EXPECT_EQ(m.count(), 15);
    EXPECT_EQ(m.masks.sum().item<int64_t>(), 71511);  // border value 1024 clipped
    EXPECT_EQ(test::maskIndexSum(m.masks), 23083337653LL);
    EXPECT_EQ(m.classIds.sum().item<int64_t>(), 15);  // all no-damage (1)
}

// The same pre-disaster file read alone and within its folder: same class ids, same names.
TEST(DatasetXbd, PreDisasterClassAloneEqualsInFolder) {
    XbdDataset alone((kLabels() / kPre).string());
    XbdDataset folder(kLabels().string());
    ASSERT_EQ(folder.numImages(), 2);
    int64_t pre = -1;
    for (int64_t id : folder.imageIds())
        if (folder.imageInfo(id).sourceId == "joplin-tornado_00000050_pre_disaster")
            pre = id;
    ASSERT_GE(pre, 0);
    EXPECT_EQ(alone.classNames(), folder.classNames());
    auto a = alone.loadMask(0);
    auto f = folder.loadMask(pre);
    EXPECT_TRUE(torch::equal(a.classIds, f.classIds));
    EXPECT_TRUE(torch::equal(a.masks, f.masks));
    const int cls = a.classIds[0].item<int32_t>();
    EXPECT_EQ(alone.classNames()[size_t(cls)], "no-damage");
    EXPECT_EQ(folder.classNames()[size_t(cls)], "no-damage");
}

TEST(DatasetXbd, AgreesWithMicrosoftsDerivedMasks) {
    // Microsoft's *_b1.png shrink each polygon by 1 px, so agreement is high but not total
    // (SOURCE.md: 99.67 % for a PIL fill).
    for (const char* which : {"post", "pre"}) {
        SCOPED_TRACE(which);
        XbdDataset ds(
            (kLabels() / ("joplin-tornado_00000050_" + std::string(which) + "_disaster.json"))
                .string());
        auto m = ds.loadMask(0);
        // Class-id map, later features drawn over earlier ones as the script does.
        auto ids = m.classIds.to(torch::kLong);
        auto label = torch::zeros({1024, 1024}, torch::kLong);
        for (int64_t i = 0; i < m.count(); ++i)
            label.masked_fill_(m.masks.select(2, i), ids[i].item<int64_t>());
        cv::Mat ref =
            cv::imread((test::datasetsDir() / "xbd/derived_masks_microsoft" /
                        ("joplin-tornado_00000050_" + std::string(which) + "_disaster_b1.png"))
                           .string(),
                       cv::IMREAD_UNCHANGED);
        ASSERT_EQ(ref.rows, 1024);
        auto refT = torch::from_blob(ref.data, {1024, 1024}, torch::kUInt8).to(torch::kLong);
        double agree = label.eq(refT).to(torch::kDouble).mean().item<double>();
        EXPECT_GT(agree, 0.997);
        EXPECT_LT(agree, 1.0);
        // Nearly every reference building pixel lies inside one of ours (their int32 vertex
        // cast moves a few border pixels out).
        const auto refPixels = refT.gt(0).sum().item<int64_t>();
        EXPECT_LT((refT.gt(0) & label.eq(0)).sum().item<int64_t>(), refPixels / 100);
    }
}

TEST(DatasetXbd, FolderWithImagesNextToLabels) {
    test::ScratchDir dir("xbd");
    std::filesystem::create_directories(dir.path() / "labels");
    std::filesystem::create_directories(dir.path() / "images");
    std::filesystem::copy_file(kLabels() / kPost, dir.path() / "labels" / kPost);
    std::filesystem::copy_file(kLabels() / kPre, dir.path() / "labels" / kPre);
    cv::imwrite((dir.path() / "images/joplin-tornado_00000050_post_disaster.png").string(),
                cv::Mat(1024, 1024, CV_8UC3, cv::Scalar(10, 20, 30)));
    XbdDataset ds((dir.path() / "labels").string());
    ASSERT_EQ(ds.numImages(), 2);
    EXPECT_TRUE(ds.hasDamageSubtypes());  // pre features count as no-damage there too
    EXPECT_EQ(ds.loadMask(1).classIds[0].item<int32_t>(), 1);
    auto img = ds.loadImage(0);
    EXPECT_EQ(img[0][0][0].item<uint8_t>(), 30);  // BGR written, RGB read
    EXPECT_THROW(ds.loadImage(1), DatasetError);
    EXPECT_TRUE(isXbdLabelFile((dir.path() / "labels" / kPost).string()));
}

TEST(DatasetXbd, MalformedLabels) {
    test::ScratchDir dir("xbd_bad");
    auto expectError = [&](const std::string& text, const std::string& needle) {
        auto p = dir.write("l.json", text);
        try {
            XbdDataset ds(p);
            ADD_FAILURE() << "no error for " << text;
        } catch (const DatasetError& e) {
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    const std::string meta = R"("metadata": {"img_name": "x.png", "width": 8, "height": 8})";
    expectError("{" + meta + "}", "missing key 'features'");
    expectError(R"({"features": {"xy": []}})", "missing key 'metadata'");
    // Features around a WKT string; R"j(...)j" because WKT holds ')"'.
    auto features = [&](const std::string& feature) {
        return R"j({"features": {"xy": [)j" + feature + "]}, " + meta + "}";
    };
    expectError(features(R"j({"wkt": "POLYGON ((1 1, 2 2))"})j"), "features.xy[0]: WKT character");
    expectError(features(R"j({"wkt": "POLYGON ((1 1, 2, 3 3))"})j"), "features.xy[0]");
    expectError(features(R"j({"wkt": 5})j"), "'wkt' is not a string");
    expectError(features(R"j({"properties": {"subtype": "gone"},
                              "wkt": "POLYGON ((1 1, 2 1, 2 2))"})j"),
                "unknown damage subtype 'gone'");
    expectError(R"({"features": {"xy": []}, "metadata": {"img_name": "x.png", "width": -1,
        "height": 8}})",
                "implausible image size");
    EXPECT_THROW(XbdDataset ds((dir.path() / "missing.json").string()), DatasetError);
    std::filesystem::create_directories(dir.path() / "empty");
    EXPECT_THROW(XbdDataset ds((dir.path() / "empty").string()), DatasetError);
    // A label with no buildings: an image with an empty mask stack.
    XbdDataset none(dir.write("n.json", R"({"features": {"xy": []}, )" + meta + "}"));
    EXPECT_EQ(none.loadMask(0).masks.sizes(), (std::vector<int64_t>{8, 8, 0}));
    EXPECT_EQ(xbdDamageClass("destroyed"), 4);
    EXPECT_EQ(xbdDamageClass(""), 0);
}

// Geometries that give no mask are skipped and reported with the file, the feature and why; the
// image keeps its other buildings.
TEST(DatasetXbd, EmptyAndDegenerateGeometriesAreReported) {
    test::ScratchDir dir("xbd_degenerate");
    const auto p = dir.write("d.json", R"j({"features": {"xy": [
      {"wkt": "POLYGON EMPTY"},
      {"wkt": "MULTIPOLYGON EMPTY"},
      {"wkt": "POLYGON ((1 1, 3 3, 5 5, 1 1))"},
      {"wkt": "POLYGON ((20 20, 30 20, 30 30, 20 20))"},
      {"wkt": "POLYGON ((1 1, 5 1, 5 5, 1 5, 1 1))"}]},
      "metadata": {"img_name": "x.png", "width": 8, "height": 8}})j");
    XbdDataset ds(p);
    ASSERT_EQ(ds.numImages(), 1);
    ASSERT_EQ(ds.features(0).size(), 1u);
    EXPECT_EQ(ds.loadMask(0).count(), 1);
    ASSERT_EQ(ds.problems().size(), 4u);
    EXPECT_EQ(ds.problems()[0],
              p + ": features.xy[0]: empty geometry (POLYGON EMPTY), feature skipped");
    EXPECT_NE(ds.problems()[1].find("features.xy[1]: empty geometry"), std::string::npos);
    EXPECT_NE(ds.problems()[2].find("features.xy[2]: degenerate polygon of zero area"),
              std::string::npos);
    EXPECT_NE(ds.problems()[3].find("features.xy[3]: polygon lies wholly outside the 8x8 image"),
              std::string::npos);
}
