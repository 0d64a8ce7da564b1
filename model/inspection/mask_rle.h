#pragma once
// COCO run-length encoding of one binary mask for the CLI's JSON output, as pycocotools'
// encode gives it: runs over the mask in column-major order, starting with a run of zeros,
// and the compressed "counts" string (6 bits a character, delta against the run two back).

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace mrcnn {

struct MaskRle {
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint32_t> counts;
};

// mask: bool or integer [H, W] (non-zero = inside). Throws for other ranks.
MaskRle encodeMaskRle(const torch::Tensor& mask);
// pycocotools' compressed counts string.
std::string rleCountsString(const MaskRle& rle);

}  // namespace mrcnn
