#include "utils/image_header.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "utils/image_io.h"

using namespace mrcnn;

namespace {

std::vector<uint8_t> encode(const std::string& ext, int width, int height) {
    cv::Mat m(height, width, CV_8UC3, cv::Scalar(10, 20, 30));
    std::vector<uint8_t> bytes;
    EXPECT_TRUE(cv::imencode(ext, m, bytes)) << ext;
    return bytes;
}

// A PNG signature and IHDR that declare width x height; no pixel data follows.
std::string pngHeader(uint32_t width, uint32_t height) {
    std::string s = "\x89PNG\r\n\x1a\n";
    s += std::string("\0\0\0\x0dIHDR", 8);
    for (uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            s += static_cast<char>((v >> shift) & 0xff);
    s += std::string("\x08\x02\0\0\0", 5);
    return s + std::string(4, '\0') + std::string("\0\0\0\0IEND\xae\x42\x60\x82", 12);
}

TEST(ImageHeader, SizeOfEveryEncodedFormat) {
    for (const std::string ext : {".png", ".jpg", ".bmp", ".tiff", ".ppm"}) {
        const auto bytes = encode(ext, 37, 21);
        const auto size = readImageHeaderSize(bytes.data(), bytes.size());
        ASSERT_TRUE(size.has_value()) << ext;
        EXPECT_EQ(size->width, 37u) << ext;
        EXPECT_EQ(size->height, 21u) << ext;
    }
    if (cv::haveImageWriter(".webp")) {
        const auto bytes = encode(".webp", 37, 21);
        const auto size = readImageHeaderSize(bytes.data(), bytes.size());
        ASSERT_TRUE(size.has_value());
        EXPECT_EQ(size->width, 37u);
        EXPECT_EQ(size->height, 21u);
    }
    const std::string junk = "not an image at all";
    EXPECT_FALSE(readImageHeaderSize(reinterpret_cast<const uint8_t*>(junk.data()), junk.size()));
    const auto cut = encode(".png", 5, 5);
    EXPECT_FALSE(readImageHeaderSize(cut.data(), 12));
}

TEST(ImageHeader, DecodableFormatsAreNamedBySignatureOnly) {
    for (const auto& [ext, name] :
         std::vector<std::pair<std::string, std::string>>{{".png", "PNG"},
                                                          {".jpg", "JPEG"},
                                                          {".bmp", "BMP"},
                                                          {".tiff", "TIFF"},
                                                          {".ppm", "PNM"}}) {
        const auto bytes = encode(ext, 7, 5);
        EXPECT_EQ(decodableImageFormat(bytes.data(), bytes.size()), name) << ext;
    }
    // DICOM (GDCM aborts on malformed ones), JPEG 2000, OpenEXR, Radiance HDR, GIF, and a TIFF
    // byte-order mark without its 42.
    for (const std::string& other :
         {std::string(128, '\0') + "DICM", std::string("\0\0\0\x0cjP  \r\n\x87\n", 12),
          std::string("\x76\x2f\x31\x01", 4), std::string("#?RADIANCE\n"),
          std::string("GIF89a\x01\0\x01\0"), std::string("II\x2b\0", 4), std::string("P")}) {
        const auto* data = reinterpret_cast<const uint8_t*>(other.data());
        EXPECT_FALSE(decodableImageFormat(data, other.size())) << other.substr(0, 12);
    }
}

class PixelLimit : public ::testing::Test {
protected:
    void TearDown() override {
        setMaxImagePixels(0);
        std::filesystem::remove(m_path);
    }
    std::string write(const std::string& bytes) {
        std::ofstream(m_path, std::ios::binary) << bytes;
        return m_path;
    }
    std::string m_path = (std::filesystem::temp_directory_path() /
                          ("mrcnn_pixel_limit_" + std::to_string(::getpid()) + ".png"))
                             .string();
};

TEST_F(PixelLimit, OversizeHeaderIsRefusedBeforeDecoding) {
    EXPECT_EQ(maxImagePixels(), kDefaultMaxImagePixels);
    const std::string path = write(pngHeader(20000, 20000));
    try {
        loadImageRgb(path);
        FAIL();
    } catch (const ImageError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find(path), std::string::npos) << msg;
        EXPECT_NE(msg.find("PNG image of 20000x20000 = 400000000 pixels is over the limit of "
                           "100000000 pixels"),
                  std::string::npos)
            << msg;
        EXPECT_NE(msg.find("MRCNN_MAX_IMAGE_PIXELS"), std::string::npos) << msg;
    }
}

TEST_F(PixelLimit, LimitCanBeRaisedAndLowered) {
    std::vector<uint8_t> png = encode(".png", 20, 10);
    const std::string path = write(std::string(png.begin(), png.end()));
    setMaxImagePixels(199);
    EXPECT_THROW(loadImageRgb(path), ImageError);
    setMaxImagePixels(200);
    EXPECT_EQ(loadImageRgb(path).sizes().vec(), (std::vector<int64_t>{10, 20, 3}));
}

TEST_F(PixelLimit, EmptyDeclaredSize) {
    const std::string path = write(pngHeader(0, 5));
    try {
        loadImageRgb(path);
        FAIL();
    } catch (const ImageError& e) {
        EXPECT_NE(std::string(e.what()).find("declares an empty image (0x5)"), std::string::npos);
    }
}

}  // namespace

namespace {

// libjpeg skips junk between segments (0xFF 0x00, a run of 0xFF fill bytes) and still finds
// the frame: so must the header check, or a 203-byte JPEG declaring 15617x40961 (found by the
// image fuzzer) passes unchecked and decodes to 640 megapixels.
TEST(ImageHeader, JpegJunkBeforeAMarkerDoesNotHideTheFrame) {
    std::vector<uint8_t> bytes = encode(".jpg", 37, 23);
    for (const std::vector<uint8_t>& junk :
         {std::vector<uint8_t>{0xff, 0x00, 0x00}, std::vector<uint8_t>{0xff, 0xff, 0xff}}) {
        std::vector<uint8_t> damaged(bytes.begin(), bytes.begin() + 2);  // SOI
        damaged.insert(damaged.end(), junk.begin(), junk.end());
        damaged.insert(damaged.end(), bytes.begin() + 2, bytes.end());
        const auto size = readImageHeaderSize(damaged.data(), damaged.size());
        ASSERT_TRUE(size.has_value());
        EXPECT_EQ(size->width, 37u);
        EXPECT_EQ(size->height, 23u);
    }
}

}  // namespace
