#include "data/mask_folder_dataset.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "data/dataset_summary.h"
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

namespace {

// One image `id` (4 × 5) with the given mask files in a scratch nucleus root.
void writeNucleusImage(const test::ScratchDir& dir, const std::string& id,
                       const std::vector<std::pair<std::string, cv::Mat>>& masks) {
    std::filesystem::create_directories(dir.path() / id / "images");
    std::filesystem::create_directories(dir.path() / id / "masks");
    cv::imwrite((dir.path() / id / "images" / (id + ".png")).string(),
                cv::Mat(4, 5, CV_8UC3, cv::Scalar(9, 9, 9)));
    for (const auto& [name, m] : masks)
        cv::imwrite((dir.path() / id / "masks" / name).string(), m);
}

cv::Mat square(int type, const cv::Scalar& inside) {
    cv::Mat m(4, 5, type, cv::Scalar::all(0));
    m(cv::Rect(1, 1, 2, 2)).setTo(inside);
    return m;
}

}  // namespace

// Masks of an odd size blame the odd file (the image decides), wherever it sorts.
TEST(DatasetMaskFolder, WrongSizeBlamesTheOddMask) {
    test::ScratchDir dir("maskfolder_size");
    writeNucleusImage(dir, "a",
                      {{"1.png", cv::Mat(3, 5, CV_8UC1, cv::Scalar(255))},
                       {"2.png", square(CV_8UC1, cv::Scalar(255))},
                       {"3.png", square(CV_8UC1, cv::Scalar(255))}});
    MaskFolderDataset ds(dir.path().string());
    try {
        ds.loadMask(0);
        FAIL() << "odd mask accepted";
    } catch (const DatasetError& e) {
        EXPECT_NE(e.file().find("1.png"), std::string::npos) << e.what();
        EXPECT_EQ(e.reason(), "mask is 3x5 but the image is 4x5");
    }
}

// Non-binary and grey-as-colour masks are read (thresholded at > 0) and reported once per image;
// empty masks are skipped and reported; a colour mask whose channels differ is refused.
TEST(DatasetMaskFolder, NonBinaryColourAndEmptyMasksAreReported) {
    test::ScratchDir dir("maskfolder_values");
    cv::Mat soft = square(CV_8UC1, cv::Scalar(1));
    soft.at<uint8_t>(0, 0) = 128;
    writeNucleusImage(dir, "a",
                      {{"1.png", soft},
                       {"2.png", square(CV_8UC1, cv::Scalar(255))},
                       {"3.png", square(CV_8UC3, cv::Scalar(255, 255, 255))},
                       {"4.png", cv::Mat(4, 5, CV_8UC1, cv::Scalar(0))}});
    writeNucleusImage(dir, "b", {{"1.png", square(CV_8UC3, cv::Scalar(0, 0, 255))}});
    MaskFolderDataset ds(dir.path().string());
    const InstanceMasks m = ds.loadMask(0);
    ASSERT_EQ(m.count(), 3);                                   // the empty 4.png is skipped
    EXPECT_EQ(m.masks.select(2, 0).sum().item<int64_t>(), 5);  // 128 and the 1s: > 0
    EXPECT_EQ(m.masks.select(2, 2).sum().item<int64_t>(), 4);
    ASSERT_EQ(m.problems.size(), 3u);
    EXPECT_NE(m.problems[0].find("4.png: image 'a': mask is empty"), std::string::npos);
    EXPECT_NE(m.problems[1].find("1.png: image 'a': 1 of 4 masks have values other than 0 and "
                                 "the maximum"),
              std::string::npos)
        << m.problems[1];
    EXPECT_NE(m.problems[1].find("thresholded at > 0"), std::string::npos);
    EXPECT_NE(m.problems[2].find("3.png: image 'a': 1 of 4 masks are colour images"),
              std::string::npos)
        << m.problems[2];
    try {
        ds.loadMask(1);
        FAIL() << "a red mask was accepted";
    } catch (const DatasetError& e) {
        EXPECT_NE(e.file().find("b/masks/1.png"), std::string::npos);
        EXPECT_NE(e.reason().find("colour channels differ"), std::string::npos);
    }
    // dataset info sees the same lines.
    const DatasetSummary s = summarizeDataset(ds, false);
    ASSERT_EQ(s.problems.size(), 4u);
    EXPECT_EQ(s.problems[0], m.problems[0]);
    EXPECT_NE(s.problems[3].find("masks not loadable"), std::string::npos);
    EXPECT_EQ(s.instances.front().second, 3);
}
