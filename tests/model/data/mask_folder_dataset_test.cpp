#include "data/mask_folder_dataset.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "data_test_util.h"

using namespace mrcnn;

namespace {
const std::string kId = "abd8dde78f8d37b68b28da67459371ed65f0a575523e94bc4ecbc88e6fedf0d0";
}

TEST(DatasetMaskFolder, NucleusLayout) {
    const auto root = test::datasetsDir() / "nucleus/stage1_train";
    EXPECT_TRUE(isMaskFolderRoot(root.string()));
    MaskFolderDataset ds(root.string());
    EXPECT_EQ(ds.format(), "nucleus");
    EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "nucleus"}));
    ASSERT_EQ(ds.numImages(), 1);
    EXPECT_EQ(ds.imageInfo(0).sourceId, kId);
    EXPECT_EQ(ds.imageFromSource("nucleus." + kId), 0);
    ASSERT_EQ(ds.maskFiles(0).size(), 14u);
    EXPECT_NE(ds.maskFiles(0)[0].find("1f22060b4f18"), std::string::npos);  // sorted
    auto m = ds.loadMask(0);
    // skimage: 14 masks of 256 × 320, 10499 pixels, the first (sorted) has 40.
    EXPECT_EQ(m.masks.sizes(), (std::vector<int64_t>{256, 320, 14}));
    EXPECT_EQ(m.masks.sum().item<int64_t>(), 10499);
    EXPECT_EQ(m.masks.select(2, 0).sum().item<int64_t>(), 40);
    EXPECT_EQ(m.classIds.sum().item<int64_t>(), 14);
    EXPECT_EQ(ds.loadImage(0).sizes(), (std::vector<int64_t>{256, 320, 3}));
}

TEST(DatasetMaskFolder, AllSharedIds) {
    MRCNN_REQUIRE_SHARED();
    MaskFolderDataset ds((test::sharedDir() / "datasets/nucleus/stage1_train").string());
    ASSERT_EQ(ds.numImages(), 3);
    const int64_t counts[] = {62, 76, 14};
    const int64_t heights[] = {256, 520, 256};
    const int64_t widths[] = {256, 696, 320};
    for (int64_t i = 0; i < 3; ++i) {
        auto m = ds.loadMask(i);
        EXPECT_EQ(m.count(), counts[i]);
        EXPECT_EQ(m.masks.size(0), heights[i]);
        EXPECT_EQ(m.masks.size(1), widths[i]);
        // No pixel belongs to two nuclei (SOURCE.md check).
        EXPECT_LE(m.masks.sum(2).max().item<int64_t>(), 1);
        auto img = ds.loadImage(i);
        EXPECT_EQ(img.size(0), heights[i]);
        EXPECT_EQ(img.size(1), widths[i]);
    }
}

TEST(DatasetMaskFolder, EmptyAndBrokenFolders) {
    test::ScratchDir dir("maskfolder");
    EXPECT_FALSE(isMaskFolderRoot(dir.path().string()));
    EXPECT_THROW(MaskFolderDataset ds(dir.path().string()), DatasetError);
    EXPECT_THROW(MaskFolderDataset ds((dir.path() / "missing").string()), DatasetError);
    // An id without masks, one with a mask of the wrong size, one with a corrupt mask.
    cv::Mat img(4, 5, CV_8UC3, cv::Scalar(9, 9, 9));
    cv::Mat mask(4, 5, CV_8UC1, cv::Scalar(0));
    mask.at<uint8_t>(1, 1) = 255;
    for (const char* id : {"a", "b", "c"}) {
        std::filesystem::create_directories(dir.path() / id / "images");
        std::filesystem::create_directories(dir.path() / id / "masks");
        cv::imwrite((dir.path() / id / "images" / (std::string(id) + ".png")).string(), img);
    }
    cv::imwrite((dir.path() / "b/masks/1.png").string(), mask);
    cv::imwrite((dir.path() / "b/masks/2.png").string(), cv::Mat(3, 5, CV_8UC1, cv::Scalar(1)));
    cv::imwrite((dir.path() / "c/masks/1.png").string(), mask);
    dir.write("c/masks/2.png", "garbage");
    std::filesystem::create_directories(dir.path() / "stray");
    MaskFolderDataset ds(dir.path().string());
    EXPECT_EQ(ds.numImages(), 3);
    ASSERT_EQ(ds.problems().size(), 1u);  // "stray" has no image
    EXPECT_THROW(ds.loadMask(0), DatasetError);
    try {
        ds.loadMask(1);
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(e.reason().find("3x5"), std::string::npos) << e.what();
        EXPECT_EQ(e.record(), "image 'b'");
    }
    EXPECT_THROW(ds.loadMask(2), DatasetError);
}
