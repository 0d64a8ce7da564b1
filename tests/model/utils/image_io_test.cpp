#include "utils/image_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>

#include "io/atomic_file.h"
#include "support/test_paths.h"

using namespace mrcnn;

namespace {

std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("mrcnn_utils_io_" + name);
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
}

// A small RGB test pattern: pixel (y, x) = (y * 10, x * 20, 200).
torch::Tensor pattern() {
    auto img = torch::empty({4, 5, 3}, torch::kUInt8);
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 5; ++x) {
            img[y][x][0] = y * 10;
            img[y][x][1] = x * 20;
            img[y][x][2] = 200;
        }
    }
    return img;
}

}  // namespace

TEST(UtilsImageIo, PngRoundTripKeepsRgbOrder) {
    auto path = tempPath("rt.png");
    auto img = pattern();
    saveImageRgb(path.string(), img);
    auto back = loadImageRgb(path.string());
    EXPECT_TRUE(back.equal(img));
    // OpenCV stores BGR: check the file's own channel order through OpenCV.
    cv::Mat raw = cv::imread(path.string(), cv::IMREAD_UNCHANGED);
    EXPECT_EQ(raw.at<cv::Vec3b>(3, 4)[0], 200);  // blue first on disk
    std::filesystem::remove(path);
}

TEST(UtilsImageIo, ReadsTheProjectsShapesImage) {
    auto img = loadImageRgb((test::dataDir() / "images/shapes_001.png").string());
    EXPECT_EQ(img.dim(), 3);
    EXPECT_EQ(img.size(2), 3);
    EXPECT_EQ(img.scalar_type(), torch::kUInt8);
}

TEST(UtilsImageIo, GreyRgbaAnd16BitBecomeRgb8) {
    auto grey = tempPath("grey.png");
    cv::Mat g(3, 2, CV_8UC1, cv::Scalar(77));
    g.at<uint8_t>(1, 1) = 5;
    cv::imwrite(grey.string(), g);
    auto a = loadImageRgb(grey.string());
    EXPECT_EQ(a.sizes(), (std::vector<int64_t>{3, 2, 3}));
    EXPECT_EQ(a[1][1][0].item<uint8_t>(), 5);
    EXPECT_EQ(a[1][1][2].item<uint8_t>(), 5);
    EXPECT_EQ(a[0][0][1].item<uint8_t>(), 77);

    auto rgba = tempPath("rgba.png");
    cv::Mat c(2, 2, CV_8UC4, cv::Scalar(10, 20, 30, 40));  // B, G, R, A
    cv::imwrite(rgba.string(), c);
    auto b = loadImageRgb(rgba.string());
    EXPECT_EQ(b.size(2), 3);
    EXPECT_EQ(b[0][0][0].item<uint8_t>(), 30);
    EXPECT_EQ(b[0][0][2].item<uint8_t>(), 10);

    auto deep = tempPath("deep.png");
    cv::Mat d(2, 2, CV_16UC1, cv::Scalar(65535));
    d.at<uint16_t>(0, 1) = 257 * 100;
    cv::imwrite(deep.string(), d);
    auto e = loadImageRgb(deep.string());
    EXPECT_EQ(e[0][0][0].item<uint8_t>(), 255);
    EXPECT_EQ(e[0][1][1].item<uint8_t>(), 100);
    for (auto& p : {grey, rgba, deep})
        std::filesystem::remove(p);
}

TEST(UtilsImageIo, ClearErrorsForBadFiles) {
    EXPECT_THROW(loadImageRgb("/nonexistent/dir/x.png"), ImageError);
    try {
        loadImageRgb("/nonexistent/dir/x.png");
    } catch (const ImageError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/x.png"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("no such file"), std::string::npos);
    }
    auto empty = tempPath("empty.png");
    writeAll(empty, "");
    EXPECT_THROW(loadImageRgb(empty.string()), ImageError);
    auto text = tempPath("text.png");
    writeAll(text, "this is not an image at all");
    EXPECT_THROW(loadImageRgb(text.string()), ImageError);

    // A truncated PNG and a truncated JPEG: cut a valid file in half.
    auto png = tempPath("full.png");
    auto big = torch::randint(0, 256, {64, 64, 3}, torch::kUInt8);
    saveImageRgb(png.string(), big);
    auto bytes = readAll(png);
    auto cut = tempPath("cut.png");
    writeAll(cut, bytes.substr(0, bytes.size() / 2));
    try {
        loadImageRgb(cut.string());
        ADD_FAILURE() << "truncated PNG accepted";
    } catch (const ImageError& e) {
        EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos) << e.what();
    }
    auto jpg = tempPath("full.jpg");
    saveImageRgb(jpg.string(), big);
    EXPECT_EQ(loadImageRgb(jpg.string()).sizes(), big.sizes());
    auto jbytes = readAll(jpg);
    auto jcut = tempPath("cut.jpg");
    writeAll(jcut, jbytes.substr(0, jbytes.size() / 2));
    EXPECT_THROW(loadImageRgb(jcut.string()), ImageError);
    EXPECT_THROW(loadImageRgb(std::filesystem::temp_directory_path().string()), ImageError);

    // Found by fuzzing a nucleus mask: "DICM" at offset 128 sent OpenCV to its DICOM decoder,
    // whose assertion aborted the process. Only the formats read here reach a decoder now.
    std::string dicom(200, '\xff');
    dicom.replace(128, 4, "DICM");
    auto fake = tempPath("fake_dicom.png");
    writeAll(fake, dicom);
    try {
        decodeImageFile(fake.string());
        ADD_FAILURE() << "a DICOM-signed file reached a decoder";
    } catch (const ImageError& e) {
        EXPECT_NE(std::string(e.what()).find(fake.string()), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("not an image in a format read here (PNG, JPEG"),
                  std::string::npos)
            << e.what();
    }
    // A real PNG with the same four bytes at 128 (in a text chunk) still loads.
    std::string keyword = std::string("k\0", 2) + std::string(128 - 33 - 8 - 2, 'x') + "DICM";
    std::string chunk = "tEXt" + keyword;
    uint32_t crc = 0xffffffffu;  // PNG's CRC-32 over type and data
    for (unsigned char c : chunk) {
        crc ^= c;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xffffffffu;
    auto be32 = [](uint32_t v) {
        return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    };
    const std::string signedPng =
        bytes.substr(0, 33) + be32(uint32_t(keyword.size())) + chunk + be32(crc) + bytes.substr(33);
    ASSERT_EQ(signedPng.substr(128, 4), "DICM");
    auto real = tempPath("png_with_dicm.png");
    writeAll(real, signedPng);
    EXPECT_TRUE(torch::equal(loadImageRgb(real.string()), big));
    std::filesystem::remove(real);
    std::filesystem::remove(fake);

    EXPECT_THROW(saveImageRgb(tempPath("bad.png").string(), torch::zeros({4, 4, 3})), ImageError);
    EXPECT_THROW(
        saveImageRgb(tempPath("bad.unknownext").string(), torch::zeros({4, 4, 3}, torch::kUInt8)),
        ImageError);
    // A missing folder is an output error (AtomicFile), naming the path.
    EXPECT_THROW(saveImageRgb("/nonexistent/dir/out.png", torch::zeros({4, 4, 3}, torch::kUInt8)),
                 OutputError);
    for (auto& p : {empty, text, png, cut, jpg, jcut})
        std::filesystem::remove(p);
}
