#include "data/via_dataset.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "data_test_util.h"

using namespace mrcnn;

namespace {

struct ExpectedImage {
    const char* file;
    int64_t height, width, instances, pixels, indexSum;
};

// skimage.draw.polygon(all_points_y, all_points_x, shape) per region (skimage 0.19), regions
// without a class skipped; Brown_spot39's only region has none, so it has no instances.
const ExpectedImage kRice[] = {
    {"Bacterial_leaf_blight1.JPG", 416, 416, 4, 6915LL, 680137996LL},
    {"Bacterial_leaf_blight5.JPG", 416, 416, 5, 26602LL, 2405881815LL},
    {"Brown_spot1.jpg", 416, 416, 40, 22937LL, 3007777534LL},
    {"Brown_spot9.jpg", 416, 416, 3, 7545LL, 521743526LL},
    {"Brown_spot39.jpg", 416, 416, 0, 0LL, 0LL},
    {"Leaf_smut1.JPG", 416, 416, 8, 10903LL, 1011265037LL},
    {"Leaf_smut24.jpg", 416, 416, 2, 30073LL, 4510574448LL},
};

const ExpectedImage kCarTruck[] = {
    {"1.jpg", 427, 640, 1, 65719LL, 10064491673LL}, {"2.jpg", 293, 480, 1, 60630LL, 4293961847LL},
    {"5.jpg", 195, 259, 1, 10598LL, 313062737LL},   {"9.jpg", 194, 305, 1, 32317LL, 935825641LL},
    {"10.png", 220, 304, 1, 33812LL, 1109234940LL}, {"12.jpg", 194, 259, 1, 25177LL, 672045126LL},
    {"14.jpg", 183, 275, 1, 13600LL, 403850059LL},
};

void checkImages(const ViaDataset& ds, const ExpectedImage* expected, size_t n) {
    ASSERT_EQ(ds.numImages(), static_cast<int64_t>(n));
    for (size_t i = 0; i < n; ++i) {
        const auto& e = expected[i];
        SCOPED_TRACE(e.file);
        const auto& info = ds.imageInfo(static_cast<int64_t>(i));
        EXPECT_EQ(info.sourceId, e.file);
        EXPECT_EQ(info.height, e.height);
        EXPECT_EQ(info.width, e.width);
        auto m = ds.loadMask(static_cast<int64_t>(i));
        EXPECT_EQ(m.masks.sizes(), (std::vector<int64_t>{e.height, e.width, e.instances}));
        EXPECT_EQ(m.masks.sum().item<int64_t>(), e.pixels);
        EXPECT_EQ(test::maskIndexSum(m.masks), e.indexSum);
    }
}

std::string writeImage(const test::ScratchDir& dir, const std::string& name, int h, int w) {
    cv::Mat img(h, w, CV_8UC3, cv::Scalar(1, 2, 3));
    auto p = (dir.path() / name).string();
    cv::imwrite(p, img);
    return p;
}

}  // namespace

TEST(DatasetVia, RiceVia1MultiClassMatchesSkimage) {
    ViaOptions opt;
    opt.classAttribute = "class_id";
    ViaDataset ds((test::datasetsDir() / "via_rice/via_region_data.json").string(), opt);
    EXPECT_EQ(ds.format(), "via1");
    EXPECT_EQ(ds.classNames(),
              (std::vector<std::string>{"BG", "bacteria", "brown_spot", "leaf_smut"}));
    checkImages(ds, kRice, std::size(kRice));
    // The empty class in Brown_spot1 and the {} attributes of Brown_spot39 (its only region:
    // the image stays, without instances) are reported, not fatal.
    ASSERT_EQ(ds.problems().size(), 3u);
    EXPECT_NE(ds.problems()[0].find("Brown_spot1.jpg34372"), std::string::npos);
    EXPECT_NE(ds.problems()[2].find("Brown_spot39.jpg"), std::string::npos);
    EXPECT_NE(ds.problems()[2].find("image kept without instances"), std::string::npos);
    auto ids = ds.loadMask(5).classIds;
    EXPECT_EQ(ids[0].item<int32_t>(), 3);
    EXPECT_EQ(ds.imageReference(0), ds.imageInfo(0).path);
    auto img = ds.loadImage(2);  // Brown_spot1.jpg: skimage sum 96880678
    EXPECT_EQ(img.sizes(), (std::vector<int64_t>{416, 416, 3}));
    EXPECT_NEAR(img.sum().item<int64_t>(), 96880678, 96880678 * 1e-4);
    EXPECT_EQ(ds.imageFromSource("via.Leaf_smut24.jpg"), 6);
}

TEST(DatasetVia, RiceAsSingleClassKeepsEveryRegion) {
    ViaDataset ds((test::datasetsDir() / "via_rice/via_region_data.json").string());
    EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "object"}));
    EXPECT_EQ(ds.numImages(), 7);
    EXPECT_EQ(ds.loadMask(2).count(), 41);
    EXPECT_TRUE(ds.problems().empty());
    EXPECT_EQ(detectViaClassAttribute(
                  readJsonFile((test::datasetsDir() / "via_rice/via_region_data.json").string())),
              "class_id");
}

TEST(DatasetVia, CarTruckVia2ProjectAndExport) {
    MRCNN_REQUIRE_SHARED();
    const auto dir = test::sharedDir() / "datasets/via/car_truck_via2";
    for (const char* file : {"via_region_data.json", "via_region_data_json.json"}) {
        SCOPED_TRACE(file);
        ViaOptions opt;
        opt.classAttribute = "names";
        ViaDataset ds((dir / file).string(), opt);
        EXPECT_EQ(ds.format(),
                  std::string(file) == "via_region_data.json" ? "via2-project" : "via2");
        EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "Car", "Truck"}));
        checkImages(ds, kCarTruck, std::size(kCarTruck));
        EXPECT_EQ(ds.loadMask(4).classIds[0].item<int32_t>(), 2);
        auto img = ds.loadImage(4);  // palette PNG with transparency → RGB
        EXPECT_EQ(img.sizes(), (std::vector<int64_t>{220, 304, 3}));
        EXPECT_EQ(img.sum().item<int64_t>(), 31407148);
    }
}

TEST(DatasetVia, ShapesCheckboxesAndUnannotatedImages) {
    test::ScratchDir dir("via_shapes");
    writeImage(dir, "a.png", 20, 30);
    writeImage(dir, "b.png", 20, 30);
    auto json = dir.write("via.json", R"({
      "a.png1": {"filename": "a.png", "size": 1, "regions": [
        {"shape_attributes": {"name": "rect", "x": 2, "y": 3, "width": 4, "height": 5},
         "region_attributes": {"kind": {"cat": true}}},
        {"shape_attributes": {"name": "circle", "cx": 10, "cy": 10, "r": 5},
         "region_attributes": {"kind": "dog"}},
        {"shape_attributes": {"name": "ellipse", "cx": 20, "cy": 10, "rx": 6, "ry": 2, "theta": 0},
         "region_attributes": {"kind": "dog"}},
        {"shape_attributes": {"name": "point", "cx": 1, "cy": 1},
         "region_attributes": {"kind": "dog"}}]},
      "b.png1": {"filename": "b.png", "size": 1, "regions": []}
    })");
    ViaOptions opt;
    opt.classAttribute = "kind";
    ViaDataset ds(json, opt);
    EXPECT_EQ(ds.format(), "via2");
    ASSERT_EQ(ds.numImages(), 1);  // b.png has no regions: skipped as in the original
    EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "cat", "dog"}));
    auto m = ds.loadMask(0);
    ASSERT_EQ(m.count(), 3);
    // skimage.draw.polygon of the rect corners includes the far edges: 5 × 6 pixels.
    EXPECT_EQ(m.masks.select(2, 0).sum().item<int64_t>(), 30);
    EXPECT_EQ(m.masks.select(2, 1).sum().item<int64_t>(), 69);  // skimage.draw.disk r = 5
    EXPECT_TRUE(m.masks[10][25][2].item<bool>());
    EXPECT_FALSE(m.masks[10][27][2].item<bool>());
    EXPECT_EQ(m.classIds[0].item<int32_t>(), 1);
    EXPECT_EQ(m.classIds[1].item<int32_t>(), 2);
    ASSERT_EQ(ds.problems().size(), 1u);
    EXPECT_NE(ds.problems()[0].find("point"), std::string::npos);
}

TEST(DatasetVia, MalformedFilesNameTheRecord) {
    test::ScratchDir dir("via_bad");
    writeImage(dir, "a.png", 8, 8);
    auto expectError = [&](const std::string& text, const std::string& needle) {
        auto p = dir.write("bad.json", text);
        try {
            ViaDataset ds(p);
            ADD_FAILURE() << "no error for " << text;
        } catch (const DatasetError& e) {
            EXPECT_EQ(e.file(), p);
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    expectError("{\"a\": {\"filename\": \"a.png\"}}", "image 'a': missing key 'regions'");
    expectError("{\"a\": {\"regions\": []}}", "missing key 'filename'");
    expectError(R"({"a": {"filename": "a.png", "regions": [{"shape_attributes":
        {"name": "polygon", "all_points_x": [1, 2, 3], "all_points_y": [1, 2]}}]}})",
                "region 0: all_points_x has 3 values but all_points_y has 2");
    expectError(R"({"a": {"filename": "a.png", "regions": [{"shape_attributes":
        {"name": "polygon", "all_points_x": [1, "x", 3], "all_points_y": [1, 2, 3]}}]}})",
                "'all_points_x' is not a number");
    expectError(R"({"a": {"filename": "a.png", "regions": [{"x": 1}]}})",
                "missing key 'shape_attributes'");
    expectError("{\"a\": {\"filename\": \"a.png\",\n \"regions\": [}}", "line 2, column 14");
    expectError("[1, 2]", "expected a VIA object");
    // A missing image names the image file and the JSON record.
    auto p = dir.write("missing.json", R"({"a": {"filename": "nope.png", "regions": [
        {"shape_attributes": {"name": "polygon", "all_points_x": [1, 2, 3],
         "all_points_y": [1, 2, 3]}}]}})");
    try {
        ViaDataset ds(p);
        ADD_FAILURE();
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), (dir.path() / "nope.png").string());
        EXPECT_EQ(e.record(), "image 'a'");
        EXPECT_EQ(e.reason(), "image file not found");
    }
}

TEST(DatasetVia, UnreadableImagesCanBeSkipped) {
    test::ScratchDir dir("via_skip");
    writeImage(dir, "good.png", 8, 8);
    dir.write("broken.jpg", "not an image");
    const std::string region =
        R"([{"shape_attributes": {"name": "polygon", "all_points_x": [1, 5, 5],
            "all_points_y": [1, 1, 5]}}])";
    auto p = dir.write(
        "via.json", "{\"g\": {\"filename\": \"good.png\", \"regions\": " + region +
                        "}, \"b\": {\"filename\": \"broken.jpg\", \"regions\": " + region + "}}");
    EXPECT_THROW(ViaDataset ds(p), DatasetError);
    ViaOptions opt;
    opt.skipUnreadable = true;
    ViaDataset ds(p, opt);
    EXPECT_EQ(ds.numImages(), 1);
    ASSERT_EQ(ds.problems().size(), 1u);
    EXPECT_NE(ds.problems()[0].find("broken.jpg"), std::string::npos);
    EXPECT_EQ(ds.loadMask(0).masks.sum().item<int64_t>(), 15);  // triangle with its edges
}

TEST(DatasetVia, EmptyFileGivesEmptyDataset) {
    test::ScratchDir dir("via_empty");
    ViaDataset ds(dir.write("via.json", "{}"));
    EXPECT_EQ(ds.numImages(), 0);
    EXPECT_EQ(ds.numClasses(), 2);
    EXPECT_THROW(ds.loadMask(0), DatasetError);
}

// Polygons of fewer than 3 points are skipped and reported; an image left with no usable region
// stays, without instances (evaluation counts it).
TEST(DatasetVia, EmptyPolygonsAndImagesLeftWithoutRegions) {
    test::ScratchDir dir("via_empty_polygons");
    writeImage(dir, "a.png", 8, 10);
    writeImage(dir, "b.png", 6, 7);
    const auto p = dir.write("via.json", R"({
      "a1": {"filename": "a.png", "regions": [
        {"shape_attributes": {"name": "polygon", "all_points_x": [], "all_points_y": []}},
        {"shape_attributes": {"name": "polygon", "all_points_x": [1, 5], "all_points_y": [1, 5]}},
        {"shape_attributes": {"name": "polygon", "all_points_x": [1, 5, 5],
                              "all_points_y": [1, 1, 5]}}]},
      "b1": {"filename": "b.png", "regions": [
        {"shape_attributes": {"name": "polyline", "all_points_x": [2], "all_points_y": [2]}}]}})");
    ViaDataset ds(p);
    ASSERT_EQ(ds.numImages(), 2);
    EXPECT_EQ(ds.loadMask(0).count(), 1);
    ASSERT_EQ(ds.problems().size(), 4u);
    EXPECT_EQ(ds.problems()[0], p + ": image 'a1', region 0: polygon has 0 points (at least 3 "
                                    "needed for an area), region skipped");
    EXPECT_NE(ds.problems()[1].find("region 1: polygon has 2 points"), std::string::npos);
    EXPECT_NE(ds.problems()[2].find("image 'b1', region 0: polyline has 1 points"),
              std::string::npos);
    EXPECT_EQ(ds.problems()[3],
              p + ": image 'b1': every region was skipped, image kept without instances");
    const InstanceMasks none = ds.loadMask(1);
    EXPECT_EQ(none.count(), 0);
    EXPECT_EQ(none.masks.sizes(), (std::vector<int64_t>{6, 7, 0}));
    EXPECT_EQ(ds.imageInfo(1).height, 6);
}
