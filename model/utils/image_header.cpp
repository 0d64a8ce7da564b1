#include "utils/image_header.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace mrcnn {
namespace {

uint32_t be16(const uint8_t* p) {
    return (uint32_t(p[0]) << 8) | p[1];
}
uint32_t be32(const uint8_t* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}
uint32_t le16(const uint8_t* p) {
    return (uint32_t(p[1]) << 8) | p[0];
}
uint32_t le24(const uint8_t* p) {
    return (uint32_t(p[2]) << 16) | (uint32_t(p[1]) << 8) | p[0];
}
uint32_t le32(const uint8_t* p) {
    return (uint32_t(p[3]) << 24) | (uint32_t(p[2]) << 16) | (uint32_t(p[1]) << 8) | p[0];
}

bool has(const uint8_t* d, size_t n, size_t at, const char* magic) {
    const size_t len = std::strlen(magic);
    return n >= at + len && std::memcmp(d + at, magic, len) == 0;
}

std::optional<ImageHeaderSize> png(const uint8_t* d, size_t n) {
    if (n < 24 || !has(d, n, 12, "IHDR"))
        return std::nullopt;
    return ImageHeaderSize{be32(d + 16), be32(d + 20), "PNG"};
}

// The first start-of-frame marker (SOF0..SOF15 except DHT, JPG and DAC) holds the size.
std::optional<ImageHeaderSize> jpeg(const uint8_t* d, size_t n) {
    size_t i = 2;
    while (i + 4 <= n) {
        if (d[i] != 0xff) {
            ++i;  // tolerate stray bytes between segments
            continue;
        }
        const uint8_t marker = d[i + 1];
        // As libjpeg's next_marker: 0xFF fill bytes run up to the marker, and 0xFF 0x00 is no
        // marker (junk it skips); otherwise a junk byte would be read as a segment length and
        // the size skipped, leaving a 640-megapixel image to the decoder.
        if (marker == 0xff) {
            ++i;
            continue;
        }
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
            i += 2;  // no marker, or a marker without a length
            continue;
        }
        const size_t length = be16(d + i + 2);
        const bool sof =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (sof) {
            if (i + 9 > n)
                return std::nullopt;
            return ImageHeaderSize{be16(d + i + 7), be16(d + i + 5), "JPEG"};
        }
        if (marker == 0xd9 || marker == 0xda || length < 2)
            return std::nullopt;  // scan or end before any frame header
        i += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageHeaderSize> bmp(const uint8_t* d, size_t n) {
    if (n < 26)
        return std::nullopt;
    const uint32_t headerSize = le32(d + 14);
    if (headerSize == 12)  // OS/2 BITMAPCOREHEADER: 16-bit sizes
        return ImageHeaderSize{le16(d + 18), le16(d + 20), "BMP"};
    const int32_t w = static_cast<int32_t>(le32(d + 18));
    const int32_t h = static_cast<int32_t>(le32(d + 22));  // negative: top-down rows
    return ImageHeaderSize{uint64_t(w < 0 ? -int64_t(w) : w), uint64_t(h < 0 ? -int64_t(h) : h),
                           "BMP"};
}

std::optional<ImageHeaderSize> gif(const uint8_t* d, size_t n) {
    if (n < 10)
        return std::nullopt;
    return ImageHeaderSize{le16(d + 6), le16(d + 8), "GIF"};
}

std::optional<ImageHeaderSize> webp(const uint8_t* d, size_t n) {
    if (has(d, n, 12, "VP8X") && n >= 30)
        return ImageHeaderSize{uint64_t(le24(d + 24)) + 1, uint64_t(le24(d + 27)) + 1, "WebP"};
    if (has(d, n, 12, "VP8L") && n >= 25) {
        const uint32_t bits = le32(d + 21);
        return ImageHeaderSize{(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1, "WebP"};
    }
    if (has(d, n, 12, "VP8 ") && n >= 30)
        return ImageHeaderSize{le16(d + 26) & 0x3fff, le16(d + 28) & 0x3fff, "WebP"};
    return std::nullopt;
}

// First IFD's ImageWidth (256) and ImageLength (257) tags, SHORT or LONG; classic TIFF only.
std::optional<ImageHeaderSize> tiff(const uint8_t* d, size_t n) {
    const bool little = d[0] == 'I';
    auto u16 = [&](size_t at) { return little ? le16(d + at) : be16(d + at); };
    auto u32 = [&](size_t at) { return little ? le32(d + at) : be32(d + at); };
    if (n < 8 || u16(2) != 42)
        return std::nullopt;
    const size_t ifd = u32(4);
    if (ifd + 2 > n)
        return std::nullopt;
    const size_t count = u16(ifd);
    uint64_t w = 0, h = 0;
    for (size_t e = 0; e < count; ++e) {
        const size_t at = ifd + 2 + e * 12;
        if (at + 12 > n)
            break;
        const uint32_t tag = u16(at);
        const uint32_t type = u16(at + 2);
        const uint64_t value = type == 3 ? u16(at + 8) : u32(at + 8);
        if (tag == 256)
            w = value;
        else if (tag == 257)
            h = value;
    }
    if (w == 0 && h == 0)
        return std::nullopt;
    return ImageHeaderSize{w, h, "TIFF"};
}

// P1..P7 text header: magic, then width and height (comments start with '#').
std::optional<ImageHeaderSize> pnm(const uint8_t* d, size_t n) {
    size_t i = 2;
    uint64_t values[2] = {0, 0};
    for (uint64_t& v : values) {
        while (i < n &&
               (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n' || d[i] == '#')) {
            if (d[i] == '#')
                while (i < n && d[i] != '\n')
                    ++i;
            else
                ++i;
        }
        if (i >= n || d[i] < '0' || d[i] > '9')
            return std::nullopt;
        while (i < n && d[i] >= '0' && d[i] <= '9' && v < (uint64_t{1} << 40))
            v = v * 10 + (d[i++] - '0');
    }
    return ImageHeaderSize{values[0], values[1], "PNM"};
}

std::atomic<uint64_t> overrideLimit{0};

}  // namespace

std::optional<ImageHeaderSize> readImageHeaderSize(const uint8_t* d, size_t n) {
    static const uint8_t pngMagic[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (n >= 8 && std::memcmp(d, pngMagic, 8) == 0)
        return png(d, n);
    if (n >= 3 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff)
        return jpeg(d, n);
    if (has(d, n, 0, "BM"))
        return bmp(d, n);
    if (has(d, n, 0, "GIF87a") || has(d, n, 0, "GIF89a"))
        return gif(d, n);
    if (has(d, n, 0, "RIFF") && has(d, n, 8, "WEBP"))
        return webp(d, n);
    if (has(d, n, 0, "II") || has(d, n, 0, "MM"))
        return tiff(d, n);
    if (n >= 2 && d[0] == 'P' && d[1] >= '1' && d[1] <= '6')
        return pnm(d, n);
    return std::nullopt;
}

std::optional<std::string> decodableImageFormat(const uint8_t* d, size_t n) {
    static const uint8_t pngMagic[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (n >= 8 && std::memcmp(d, pngMagic, 8) == 0)
        return "PNG";
    if (n >= 3 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff)
        return "JPEG";
    if (has(d, n, 0, "BM"))
        return "BMP";
    if (n >= 4 && ((d[0] == 'I' && d[1] == 'I' && d[2] == 42 && d[3] == 0) ||
                   (d[0] == 'M' && d[1] == 'M' && d[2] == 0 && d[3] == 42)))
        return "TIFF";
    if (has(d, n, 0, "RIFF") && has(d, n, 8, "WEBP"))
        return "WebP";
    if (n >= 2 && d[0] == 'P' && d[1] >= '1' && d[1] <= '6')
        return "PNM";
    return std::nullopt;
}

uint64_t maxImagePixels() {
    if (uint64_t v = overrideLimit.load())
        return v;
    static const uint64_t fromEnv = [] {
        const char* text = std::getenv("MRCNN_MAX_IMAGE_PIXELS");
        if (!text || !*text)
            return kDefaultMaxImagePixels;
        char* end = nullptr;
        const unsigned long long v = std::strtoull(text, &end, 10);
        return (*end == '\0' && v > 0) ? uint64_t(v) : kDefaultMaxImagePixels;
    }();
    return fromEnv;
}

void setMaxImagePixels(uint64_t pixels) {
    overrideLimit.store(pixels);
}

}  // namespace mrcnn
