#include "roi_align/pyramid_roi_align.h"

#include <stdexcept>
#include <string>

#include "proposals/box_graph.h"
#include "roi_align/crop_and_resize.h"
#include "roi_align/roi_level.h"

namespace mrcnn {

namespace {

// One level as a [C, h, w] view; NHWC input stays channels-last in memory, which is what
// crop_and_resize reads without a copy.
torch::Tensor levelChw(const torch::Tensor& map, FeatureLayout layout, int level) {
    std::string name("PyramidROIAlign: feature map P");
    name.append(std::to_string(level));
    if (!map.defined())
        throw std::invalid_argument(name + " is undefined");
    if (map.dim() != 4 || map.size(0) != 1)
        throw std::invalid_argument(name + " must be [1, ...] 4-d, got " + c10::str(map.sizes()));
    if (map.scalar_type() != torch::kFloat32)
        throw std::invalid_argument(name + " must be float32");
    torch::Tensor m = map[0];
    if (layout == FeatureLayout::Nhwc)
        m = m.permute({2, 0, 1});
    return m;
}

}  // namespace

PyramidRoiAlignOutput pyramidRoiAlign(const PyramidRoiAlignInput& input, int64_t poolSize) {
    if (input.featureMaps.size() != 4)
        throw std::invalid_argument("PyramidROIAlign: expected 4 feature maps (P2..P5), got " +
                                    std::to_string(input.featureMaps.size()));
    if (poolSize < 1)
        throw std::invalid_argument("PyramidROIAlign: pool size must be positive, got " +
                                    std::to_string(poolSize));
    torch::Tensor boxes = checkedBoxes(input.boxes, "PyramidROIAlign boxes");
    PyramidRoiAlignOutput out;
    out.levels = roiLevels(boxes, input.imageHeight, input.imageWidth);

    std::vector<torch::Tensor> maps;
    for (int i = 0; i < 4; ++i)
        maps.push_back(levelChw(input.featureMaps[i], input.layout, i + 2));
    const int64_t channels = maps[0].size(0);
    for (int i = 1; i < 4; ++i)
        if (maps[i].size(0) != channels)
            throw std::invalid_argument("PyramidROIAlign: P" + std::to_string(i + 2) + " has " +
                                        std::to_string(maps[i].size(0)) + " channels, P2 has " +
                                        std::to_string(channels));

    // Each level writes its boxes straight into their rows: the original box order.
    const int64_t n = boxes.size(0);
    out.pooled = torch::empty({n, channels, poolSize, poolSize},
                              torch::TensorOptions()
                                  .dtype(torch::kFloat32)
                                  .memory_format(at::MemoryFormat::ChannelsLast));
    for (int i = 0; i < 4; ++i) {
        torch::Tensor ix = (out.levels == (i + 2)).nonzero().select(1, 0).contiguous();
        if (ix.numel() == 0)
            continue;
        cropAndResizeInto(maps[i], boxes.index_select(0, ix), ix, out.pooled, 0.0f);
    }
    return out;
}

}  // namespace mrcnn
