#include "backbone/resnet.h"

#include "runtime/runtime.h"

namespace mrcnn {
namespace {

std::string blockName(int stage, int index) {
    return "res" + std::to_string(stage) + static_cast<char>('a' + index);
}

}  // namespace

ResNet::ResNet(const ParamStore& params, const Config& config) {
    if (config.BACKBONE != "resnet50" && config.BACKBONE != "resnet101")
        throw std::invalid_argument("BACKBONE must be resnet50 or resnet101, got " +
                                    config.BACKBONE);
    // conv1 uses ZeroPadding2D(3) + 'valid', i.e. a symmetric pad of 3: expressed as 'same'
    // would differ, so the padding is applied in forward().
    m_conv1 = foldConvBn(params, "conv1", "bn_conv1", 2, false);
    const int blocksPerStage[4] = {3, 4, config.stage4Blocks(), 3};
    for (int s = 0; s < 4; ++s) {
        const int stage = s + 2;
        Stage st;
        for (int i = 0; i < blocksPerStage[s]; ++i) {
            Block blk;
            blk.name = blockName(stage, i);
            const std::string conv = blk.name, bn = "bn" + blk.name.substr(3);
            const int64_t stride = (i == 0 && stage > 2) ? 2 : 1;
            blk.a = foldConvBn(params, conv + "_branch2a", bn + "_branch2a", stride, false);
            blk.b = foldConvBn(params, conv + "_branch2b", bn + "_branch2b", 1, true);
            blk.c = foldConvBn(params, conv + "_branch2c", bn + "_branch2c", 1, false);
            if (i == 0) {
                blk.hasShortcut = true;
                blk.shortcut =
                    foldConvBn(params, conv + "_branch1", bn + "_branch1", stride, false);
            }
            st.blocks.push_back(std::move(blk));
        }
        m_stages.push_back(std::move(st));
    }
    // The widths come from the parameters; a file made for another RESNET_WIDTH is caught here.
    if (m_conv1.weight.size(0) != config.resnetFilters(64))
        throw std::invalid_argument("conv1 has " + std::to_string(m_conv1.weight.size(0)) +
                                    " filters, the config (RESNET_WIDTH) expects " +
                                    std::to_string(config.resnetFilters(64)));
}

torch::Tensor ResNet::runBlock(const Block& block, const torch::Tensor& x) const {
    // A small block runs serially as a whole: its adds and ReLUs too.
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const int64_t h2 = block.a.outSize(h, 2), w2 = block.a.outSize(w, 3);
    double flops = block.a.flops(n, h, w) + block.b.flops(n, h2, w2) + block.c.flops(n, h2, w2);
    if (block.hasShortcut)
        flops += block.shortcut.flops(n, h, w);
    SerialScope serial(flops < kSerialFlops);
    auto y = block.a.forward(x, true);
    y = block.b.forward(y, true);
    y = block.c.forward(y, false);
    auto shortcut = block.hasShortcut ? block.shortcut.forward(x, false) : x;
    return torch::relu_(y.add_(shortcut));
}

BackboneFeatures ResNet::forward(const torch::Tensor& image) const {
    if (image.dim() != 4 || image.size(1) != 3)
        throw std::invalid_argument("ResNet input must be [N, 3, H, W], got " +
                                    std::to_string(image.dim()) + "-D");
    torch::Tensor x;
    {
        SerialScope serial(m_conv1.flops(image.size(0), image.size(2) + 6, image.size(3) + 6) <
                           kSerialFlops);
        x = torch::constant_pad_nd(image, {3, 3, 3, 3}, 0.0);
        x = m_conv1.forward(x.contiguous(at::MemoryFormat::ChannelsLast), true);
        x = tfMaxPoolSame(x, 3, 2);
    }
    BackboneFeatures out;
    for (size_t s = 0; s < m_stages.size(); ++s) {
        const auto& blocks = m_stages[s].blocks;
        for (size_t i = 0; i < blocks.size(); ++i) {
            x = runBlock(blocks[i], x);
            const bool last = i + 1 == blocks.size();
            // res3c_out is shown by the notebooks besides the stage outputs.
            if (last || blocks[i].name == "res3c")
                out.named.emplace_back(blocks[i].name + "_out", x);
        }
        out.c.push_back(x);
    }
    return out;
}

}  // namespace mrcnn
