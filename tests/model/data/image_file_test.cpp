#include "data/image_file.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include "data/dataset_error.h"
#include "data_test_util.h"

using namespace mrcnn;

TEST(DatasetImage, RgbaPngDropsAlpha) {
    // DSB2018 images are RGBA; skimage gives sum 41092090 over RGB for this one.
    const auto id = std::string("abd8dde78f8d37b68b28da67459371ed65f0a575523e94bc4ecbc88e6fedf0d0");
    auto path = test::datasetsDir() / "nucleus/stage1_train" / id / "images" / (id + ".png");
    auto img = readImageRgb(path.string(), "r");
    EXPECT_EQ(img.sizes(), (std::vector<int64_t>{256, 320, 3}));
    EXPECT_EQ(img.scalar_type(), torch::kUInt8);
    EXPECT_EQ(img.sum().item<int64_t>(), 41092090);
    EXPECT_EQ(img[0][0][0].item<uint8_t>(), 98);
    EXPECT_EQ(img[0][0][2].item<uint8_t>(), 191);
    EXPECT_EQ(readImageSize(path.string(), "r"), (std::pair<int64_t, int64_t>{256, 320}));
}

TEST(DatasetImage, GreyBecomesRgbAndSixteenBitScales) {
    test::ScratchDir dir("img");
    cv::Mat grey(2, 3, CV_8UC1, cv::Scalar(7));
    grey.at<uint8_t>(1, 2) = 200;
    auto p = (dir.path() / "g.png").string();
    cv::imwrite(p, grey);
    auto img = readImageRgb(p, "g");
    EXPECT_EQ(img.sizes(), (std::vector<int64_t>{2, 3, 3}));
    EXPECT_EQ(img[1][2][0].item<uint8_t>(), 200);
    EXPECT_EQ(img[1][2][2].item<uint8_t>(), 200);
    cv::Mat deep(1, 1, CV_16UC1, cv::Scalar(65535));
    auto p16 = (dir.path() / "d.png").string();
    cv::imwrite(p16, deep);
    EXPECT_EQ(readImageRgb(p16, "d")[0][0][1].item<uint8_t>(), 255);
}

TEST(DatasetImage, UnreadableFilesThrowWithPath) {
    test::ScratchDir dir("imgbad");
    auto bad = dir.write("bad.jpg", "this is not a jpeg");
    try {
        readImageRgb(bad, "image 'bad.jpg'");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), bad);
        EXPECT_EQ(e.record(), "image 'bad.jpg'");
    }
    auto empty = dir.write("empty.png", "");
    EXPECT_THROW(readImageRgb(empty, "e"), DatasetError);
    EXPECT_THROW(readImageRgb((dir.path() / "missing.png").string(), "m"), DatasetError);
    EXPECT_THROW(readImageSize((dir.path() / "missing.png").string(), "m"), DatasetError);
}
