#pragma once
// Image size from the file header, before any decoding: a 20000² PNG is 1.2 GB decoded and a
// 2.6 MB decompression bomb reaches 8 GB, so loadImageRgb checks the pixel limit first. Reads
// PNG, JPEG, BMP, GIF, WebP, TIFF and PNM headers (what OpenCV decodes here, bar the rare ones,
// which OpenCV's own 2^30-pixel limit still guards).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace mrcnn {

struct ImageHeaderSize {
    uint64_t width = 0;
    uint64_t height = 0;
    std::string format;  // "PNG", "JPEG", …
};

// nullopt when the format is not recognised or the header is cut short.
std::optional<ImageHeaderSize> readImageHeaderSize(const uint8_t* data, size_t size);

// The format named by the file's leading signature, among those images are decoded from (PNG,
// JPEG, BMP, TIFF, WebP, PNM); nullopt for any other. OpenCV picks a decoder by signature too,
// and some of its other decoders abort the process on a malformed file (GDCM asserts on any
// file with "DICM" at offset 128), so only these reach it.
std::optional<std::string> decodableImageFormat(const uint8_t* data, size_t size);
inline constexpr const char* kDecodableImageFormats = "PNG, JPEG, BMP, TIFF, WebP, PNM";

// The pixel limit (width × height) for decoding: MRCNN_MAX_IMAGE_PIXELS when set to a positive
// integer, else 100 million; setMaxImagePixels overrides both (0 restores the default).
uint64_t maxImagePixels();
void setMaxImagePixels(uint64_t pixels);
inline constexpr uint64_t kDefaultMaxImagePixels = 100'000'000;

}  // namespace mrcnn
