#include "inspection/mask_rle.h"

#include <stdexcept>

namespace mrcnn {

MaskRle encodeMaskRle(const torch::Tensor& mask) {
    if (mask.dim() != 2)
        throw std::invalid_argument("RLE needs a 2-D mask [H, W]");
    MaskRle rle;
    rle.height = mask.size(0);
    rle.width = mask.size(1);
    // Column-major walk = row-major walk over the transpose.
    auto t = mask.ne(0).t().contiguous().to(torch::kUInt8);
    const uint8_t* p = t.data_ptr<uint8_t>();
    const int64_t n = t.numel();
    uint8_t current = 0;
    uint32_t run = 0;
    for (int64_t i = 0; i < n; ++i) {
        if (p[i] != current) {
            rle.counts.push_back(run);
            run = 0;
            current = p[i];
        }
        ++run;
    }
    rle.counts.push_back(run);
    return rle;
}

std::string rleCountsString(const MaskRle& rle) {
    std::string out;
    for (size_t i = 0; i < rle.counts.size(); ++i) {
        int64_t x = rle.counts[i];
        if (i > 2)
            x -= static_cast<int64_t>(rle.counts[i - 2]);
        bool more = true;
        while (more) {
            int64_t c = x & 0x1f;
            x >>= 5;  // arithmetic shift keeps the sign, as in maskApi.c
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            out.push_back(static_cast<char>(c + 48));
        }
    }
    return out;
}

}  // namespace mrcnn
