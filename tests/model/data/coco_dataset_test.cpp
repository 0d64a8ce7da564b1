#include "data/coco_dataset.h"

#include <gtest/gtest.h>

#include "data_test_util.h"

using namespace mrcnn;

namespace {

std::string annotationsPath() {
    return (test::datasetsDir() / "coco/annotations/instances_val2017.json").string();
}

// A minimal COCO file around one annotation's segmentation.
std::string cocoWith(const std::string& segmentation, int crowd = 0, int height = 4,
                     int width = 5) {
    return R"({"images": [{"id": 7, "file_name": "x.jpg", "height": )" + std::to_string(height) +
           R"(, "width": )" + std::to_string(width) +
           R"(}], "categories": [{"id": 3, "name": "car"}, {"id": 1, "name": "person, human"}],
           "annotations": [{"id": 1, "image_id": 7, "category_id": 3, "iscrowd": )" +
           std::to_string(crowd) + R"(, "segmentation": )" + segmentation + "}]}";
}

}  // namespace

TEST(DatasetCoco, Val2017MiniClassesAndImages) {
    CocoDataset ds(annotationsPath());
    EXPECT_EQ(ds.format(), "coco");
    EXPECT_EQ(ds.numClasses(), 81);
    EXPECT_EQ(ds.classNames()[1], "person");
    EXPECT_EQ(ds.classNames()[74], "book");
    EXPECT_EQ(ds.sourceClassId(74, "coco"), 84);
    EXPECT_EQ(ds.mapSourceClassId("coco.90"), 80);
    ASSERT_EQ(ds.numImages(), 6);
    const char* ids[] = {"34417", "92660", "165518", "174231", "255165", "453302"};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(ds.imageInfo(i).sourceId, ids[i]);
    EXPECT_EQ(ds.imageReference(4), "http://cocodataset.org/#explore?id=255165");
    EXPECT_EQ(ds.imageInfo(3).height, 500);  // the portrait one
    EXPECT_EQ(ds.imageInfo(3).width, 375);
    // Default image folder: <root>/val2017 for
    // annotations/instances_val2017.json.
    EXPECT_NE(ds.imageInfo(4).path.find("coco/val2017/000000255165.jpg"), std::string::npos);
    auto img = ds.loadImage(4);
    EXPECT_EQ(img.sizes(), (std::vector<int64_t>{480, 640, 3}));
    EXPECT_NEAR(img.sum().item<int64_t>(), 95426349, 95426349 * 1e-3);
    EXPECT_THROW(ds.loadImage(0), DatasetError);  // NC-licensed image not copied
}

TEST(DatasetCoco, CrowdIsNegativeWithTheDecodedRle) {
    CocoDataset ds(annotationsPath());
    auto m = ds.loadMask(4);  // 255165: 22 polygons + 1 crowd "book"
    ASSERT_EQ(m.count(), 23);
    EXPECT_EQ(m.masks.sizes(), (std::vector<int64_t>{480, 640, 23}));
    const auto ids = m.classIds;
    int crowdIndex = -1;
    for (int i = 0; i < 23; ++i)
        if (ids[i].item<int32_t>() < 0)
            crowdIndex = i;
    ASSERT_GE(crowdIndex, 0);
    EXPECT_EQ(ids[crowdIndex].item<int32_t>(), -74);
    auto crowd = m.masks.select(2, crowdIndex);
    // Column-major runs decoded by hand: 8603 pixels, x 122..639, y 270..479.
    EXPECT_EQ(crowd.sum().item<int64_t>(), 8603);
    auto nz = crowd.nonzero();
    EXPECT_EQ(nz.select(1, 1).min().item<int64_t>(), 122);
    EXPECT_EQ(nz.select(1, 1).max().item<int64_t>(), 639);
    EXPECT_EQ(nz.select(1, 0).min().item<int64_t>(), 270);
    EXPECT_EQ(nz.select(1, 0).max().item<int64_t>(), 479);
    // Crowd counts of the other two images.
    auto m0 = ds.loadMask(0);
    EXPECT_EQ(m0.count(), 21);
    EXPECT_EQ(m0.classIds.lt(0).sum().item<int64_t>(), 1);
    EXPECT_EQ(
        m0.masks.select(2, m0.classIds.lt(0).nonzero()[0][0].item<int64_t>()).sum().item<int64_t>(),
        5517);
}

TEST(DatasetCoco, PolygonsAreCloseToTheirArea) {
    CocoDataset ds(annotationsPath());
    int64_t polygons = 0;
    for (int64_t i = 0; i < ds.numImages(); ++i) {
        auto m = ds.loadMask(i);
        const auto& anns = ds.annotations(i);
        ASSERT_EQ(m.count(), static_cast<int64_t>(anns.size()));
        for (int64_t k = 0; k < m.count(); ++k) {
            if (anns[static_cast<size_t>(k)].iscrowd)
                continue;
            ++polygons;
            EXPECT_GT(m.masks.select(2, k).sum().item<int64_t>(), 0);
        }
    }
    EXPECT_EQ(polygons, 70);
    // 453302 has two multi-part instances: parts are unioned into one mask each.
    EXPECT_EQ(ds.loadMask(5).count(), 7);
}

TEST(DatasetCoco, CompressedAndUncompressedRle) {
    test::ScratchDir dir("coco_rle");
    // 4 × 5 image; column-major runs: 3 off, 4 on, rest off.
    auto p = dir.write("a.json", cocoWith(R"({"size": [4, 5], "counts": [3, 4, 13]})"));
    CocoDataset ds(p);
    auto m = ds.loadMask(0);
    ASSERT_EQ(m.count(), 1);
    // car: category 3 is the second sorted id.
    EXPECT_EQ(m.classIds[0].item<int32_t>(), 2);
    EXPECT_EQ(ds.classNames()[2], "car");
    EXPECT_EQ(ds.classNames()[1], "person");  // cut at the comma
    EXPECT_TRUE(m.masks[3][0][0].item<bool>());
    EXPECT_TRUE(m.masks[0][1][0].item<bool>());
    EXPECT_TRUE(m.masks[2][1][0].item<bool>());
    EXPECT_FALSE(m.masks[3][1][0].item<bool>());
    // The same mask as a compressed string.
    coco::Rle rle{4, 5, {3, 4, 13}};
    auto s = coco::toString(rle);
    auto p2 = dir.write("b.json", cocoWith(R"({"size": [4, 5], "counts": ")" + s + "\"}"));
    CocoDataset ds2(p2);
    EXPECT_TRUE(torch::equal(ds2.loadMask(0).masks, m.masks));
}

TEST(DatasetCoco, CrowdOfTheWrongSizeCoversTheImage) {
    test::ScratchDir dir("coco_crowd");
    auto p = dir.write("c.json", cocoWith(R"({"size": [2, 2], "counts": [1, 3]})", 1));
    CocoDataset ds(p);
    auto m = ds.loadMask(0);
    EXPECT_EQ(m.classIds[0].item<int32_t>(), -2);
    EXPECT_EQ(m.masks.sum().item<int64_t>(), 20);
    // A non-crowd RLE of the wrong size is an error, not a crash.
    auto q = dir.write("d.json", cocoWith(R"({"size": [2, 2], "counts": [1, 3]})", 0));
    CocoDataset bad(q);
    EXPECT_THROW(bad.loadMask(0), DatasetError);
}

TEST(DatasetCoco, EmptyMasksAreSkippedAndBoxesAccepted) {
    test::ScratchDir dir("coco_empty");
    // All-background RLE: skipped, leaving the original's empty result.
    CocoDataset ds(dir.write("e.json", cocoWith(R"({"size": [4, 5], "counts": [20]})")));
    auto m = ds.loadMask(0);
    EXPECT_EQ(m.masks.sizes(), (std::vector<int64_t>{0, 0, 0}));
    EXPECT_EQ(m.count(), 0);
    // pycocotools reads a first part of 4 numbers as an [x, y, w, h] box.
    CocoDataset box(dir.write("f.json", cocoWith("[[1, 1, 2, 2]]", 0, 6, 6)));
    EXPECT_EQ(box.annotations(0)[0].asWritten.kind, coco::CocoSegmentation::Kind::Boxes);
    EXPECT_EQ(box.loadMask(0).masks.sum().item<int64_t>(), 4);
    // An empty segmentation list is an empty mask (pycocotools' reader would fail on it):
    // skipped like every empty mask, and counted among the problems.
    CocoDataset emptyList(dir.write("h.json", cocoWith("[]")));
    ASSERT_EQ(emptyList.numImages(), 1);
    EXPECT_EQ(emptyList.loadMask(0).count(), 0);
    ASSERT_EQ(emptyList.problems().size(), 1u);
    EXPECT_NE(emptyList.problems()[0].find("1 annotations have an empty segmentation list"),
              std::string::npos);
    // No annotations: no images.
    CocoDataset none(dir.write("g.json", R"({"images": [], "annotations": [], "categories": []})"));
    EXPECT_EQ(none.numImages(), 0);
    EXPECT_EQ(none.numClasses(), 1);
}

TEST(DatasetCoco, FarOutVerticesAreFoundOnOpeningAndSkipped) {
    // Found by fuzzing: a vertex at y = 2e11 passed the reader and made loadMask throw a bare
    // std::invalid_argument, naming neither file nor record.
    test::ScratchDir dir("coco_far");
    const std::string path = dir.write("far.json", R"({"images": [{"id": 4, "file_name": "a.png",
        "height": 6, "width": 8}], "categories": [{"id": 1, "name": "a"}], "annotations": [
        {"id": 10, "image_id": 4, "category_id": 1, "segmentation": [[1, 1, 4, 1, 4, 4]]},
        {"id": 11, "image_id": 4, "category_id": 1, "segmentation": [[1, 1, 4, 214748364820, 4, 4]]},
        {"id": 12, "image_id": 4, "category_id": 1, "segmentation": [[1e30, 1, 2, 2]]}]})");
    CocoDataset ds(path);
    ASSERT_EQ(ds.numImages(), 1);
    ASSERT_EQ(ds.annotations(0).size(), 1u);
    EXPECT_EQ(ds.annotations(0)[0].id, 10);
    EXPECT_EQ(ds.loadMask(0).count(), 1);
    ASSERT_EQ(ds.problems().size(), 1u);
    const std::string& problem = ds.problems()[0];
    EXPECT_EQ(problem.rfind(path + ": 2 annotations have a polygon or box vertex far outside", 0),
              0u)
        << problem;
    EXPECT_NE(problem.find("(the first: annotations[1] (id 11): polygon vertex 1"),
              std::string::npos)
        << problem;
}

TEST(DatasetCoco, MalformedFilesNameTheRecord) {
    test::ScratchDir dir("coco_bad");
    auto expectError = [&](const std::string& text, const std::string& needle) {
        auto p = dir.write("bad.json", text);
        try {
            CocoDataset ds(p);
            ADD_FAILURE() << "no error for " << text;
        } catch (const DatasetError& e) {
            EXPECT_EQ(e.file(), p);
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
        }
    };
    // The records are named by their place in the list and their id.
    expectError(cocoWith("[[1, 1, 3, 1, 3]]"),
                "annotations[0] (id 1): polygon part 0 has an odd number (5) of coordinates");
    expectError(cocoWith("[[1, 1]]"),
                "annotations[0] (id 1): polygon part 0 has fewer than 2 points");
    expectError(cocoWith("[[1, 1, 2, 2], [0, 0, 1, 0, 1, 1]]"),
                "segmentation part 1 must be a box [x, y, w, h] like part 0");
    expectError(cocoWith("7"), "neither a list nor an RLE");
    expectError(cocoWith(R"({"size": [4, 5], "counts": [3, 4]})"),
                "RLE counts sum to 7, size is 20 pixels");
    expectError(cocoWith(R"({"size": [4], "counts": [20]})"), "[height, width]");
    expectError(cocoWith(R"({"counts": [20]})"), "missing key 'size'");
    expectError(R"({"images": [], "categories": []})", "missing key 'annotations'");
    expectError(R"({"images": [{"id": 1}], "annotations": [], "categories": []})",
                "images[0] (id 1): missing key 'height'");
    expectError(R"({"images": [{"id": 1, "height": 4, "width": 4}], "annotations": [],
                "categories": []})",
                "images[0] (id 1): missing key 'file_name'");
    expectError(R"({"images": [{"id": 1, "file_name": "a.png", "height": 0, "width": 4}],
                "annotations": [], "categories": []})",
                "images[0] (id 1): implausible image size 4x0");
    expectError(R"({"images": [], "annotations": [], "categories": [{"id": 3}]})",
                "categories[0] (id 3): missing key 'name'");
    expectError(R"({"images": [{"id": 7, "file_name": "x.jpg", "height": 4, "width": 5}],
                "categories": [{"id": 3, "name": "car"}], "annotations": [
                {"id": 2, "image_id": 7, "category_id": 3, "bbox": [0, 0, 1, 1]}]})",
                "annotations[0] (id 2): no 'segmentation': a mask is needed for every instance");
    expectError(
        R"({"images": [], "categories": [{"id": 1, "name": "a"}], "annotations": [{"id": 1,
        "image_id": 9, "category_id": 1, "segmentation": [[0, 0, 1, 0, 1, 1]]}]})",
        "image_id 9 is not in 'images'");
    expectError("{\"images\": [,]}", "line 1, column 13");
    // An unknown category is skipped and reported, as getAnnIds(catIds=...)
    // leaves it out.
    CocoDataset ds(dir.write("u.json", R"({"images": [{"id": 9, "file_name": "a.png", "height": 4,
        "width": 4}], "categories": [], "annotations": [
        {"id": 1, "image_id": 9, "category_id": 5, "segmentation": [[0, 0, 1, 0, 1, 1]]}]})"));
    EXPECT_EQ(ds.numImages(), 0);
    ASSERT_EQ(ds.problems().size(), 1u);
    EXPECT_NE(ds.problems()[0].find("1 annotations name a category that is not in 'categories'"),
              std::string::npos);
}

TEST(DatasetCoco, ReadsTheMasksCocoEvaluationReads) {
    // One parser: the training reader's masks are the evaluation's annToRLE, pixel for pixel.
    CocoDataset ds(annotationsPath());
    const coco::CocoDataset gt = coco::loadGroundTruth(annotationsPath());
    int64_t compared = 0;
    for (int64_t i = 0; i < ds.numImages(); ++i) {
        const auto m = ds.loadMask(i);
        const int64_t imageId = std::stoll(ds.imageInfo(i).sourceId);
        int64_t k = 0;
        for (const auto& a : gt.annotations) {
            if (a.imageId != imageId)
                continue;
            const auto pixels = coco::decode(a.segmentation);
            auto expected =
                torch::from_blob(const_cast<uint8_t*>(pixels.data()),
                                 {a.segmentation.height, a.segmentation.width}, torch::kUInt8)
                    .to(torch::kBool);
            EXPECT_TRUE(torch::equal(m.masks.select(2, k), expected)) << "annotation " << a.id;
            EXPECT_EQ(std::abs(m.classIds[k].item<int32_t>()),
                      ds.mapSourceClassId("coco." + std::to_string(a.categoryId)));
            ++k;
            ++compared;
        }
        EXPECT_EQ(k, m.count());
    }
    EXPECT_EQ(compared, 73);
}

// Duplicate ids: the first record is kept, each later one skipped and named with the first's
// place (pycocotools would keep the last silently).
TEST(DatasetCoco, DuplicateIdsKeepTheFirstAndAreReported) {
    test::ScratchDir dir("coco_dup");
    const auto path = dir.write("dup.json", R"({
      "images": [{"id": 1, "file_name": "a.png", "height": 4, "width": 4},
                 {"id": 1, "file_name": "b.png", "height": 4, "width": 4}],
      "categories": [{"id": 3, "name": "car"}, {"id": 3, "name": "truck"}],
      "annotations": [
        {"id": 5, "image_id": 1, "category_id": 3, "segmentation": [[0, 0, 3, 0, 3, 3, 0, 3]]},
        {"id": 5, "image_id": 1, "category_id": 3, "segmentation": [[0, 0, 1, 0, 1, 1, 0, 1]]},
        {"id": 6, "image_id": 1, "category_id": 3, "segmentation": [[1, 1, 3, 1, 3, 3, 1, 3]]}]})");
    CocoDataset ds(path);
    ASSERT_EQ(ds.numImages(), 1);
    EXPECT_NE(ds.imageInfo(0).path.find("a.png"), std::string::npos);
    EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "car"}));
    ASSERT_EQ(ds.annotations(0).size(), 2u);
    EXPECT_EQ(ds.annotations(0)[0].id, 5);
    EXPECT_EQ(ds.annotations(0)[1].id, 6);
    EXPECT_EQ(ds.loadMask(0).count(), 2);
    ASSERT_EQ(ds.problems().size(), 3u);
    EXPECT_EQ(ds.problems()[0], path +
                                    ": images[1] (id 1): duplicate image id 1 (first in "
                                    "images[0]), skipped; the first is kept");
    EXPECT_NE(ds.problems()[1].find("categories[1] (id 3): duplicate category id 3"),
              std::string::npos);
    EXPECT_NE(ds.problems()[2].find("annotations[1] (id 5): duplicate annotation id 5 (first in "
                                    "annotations[0])"),
              std::string::npos);
    // The evaluation's parser has no list to put them in: it refuses the file.
    try {
        coco::loadGroundTruth(path);
        FAIL() << "duplicate image id accepted";
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.record(), "images[1] (id 1)");
        EXPECT_NE(e.reason().find("duplicate image id 1"), std::string::npos);
    }
}
