// The original's training model, layer by layer, in model.layers order (Keras' topological
// sort). The order of the head layers and the numbering of the anonymous activation layers
// follow the released mask_rcnn_coco.h5 and the reference runs (resnet50 and resnet101).

#include "weights/keras_layout.h"

#include <array>

#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

using Shape = std::vector<int64_t>;

class LayoutBuilder {
public:
    void plain(const std::string& name) { m_layers.push_back({name, KerasLayerKind::None, {}}); }
    void activation() { plain("activation_" + std::to_string(++m_activations)); }
    void add() { plain("add_" + std::to_string(++m_adds)); }
    void conv(const std::string& name, int64_t k, int64_t in, int64_t out) {
        m_layers.push_back({name, KerasLayerKind::Conv2D, convWeights(name, k, k, in, out)});
    }
    void bn(const std::string& name, int64_t channels) {
        std::vector<KerasWeightSpec> w;
        for (const char* n : {"gamma", "beta", "moving_mean", "moving_variance"})
            w.push_back({name + "/" + n + ":0", {channels}});
        m_layers.push_back({name, KerasLayerKind::BatchNorm, std::move(w)});
    }
    void dense(const std::string& name, int64_t in, int64_t out) {
        m_layers.push_back({name,
                            KerasLayerKind::Dense,
                            {{name + "/kernel:0", {in, out}}, {name + "/bias:0", {out}}}});
    }
    // Keras stores a transposed-convolution kernel as (kh, kw, out, in).
    void deconv(const std::string& name, int64_t k, int64_t in, int64_t out) {
        m_layers.push_back({name,
                            KerasLayerKind::Conv2DTranspose,
                            {{name + "/kernel:0", {k, k, out, in}}, {name + "/bias:0", {out}}}});
    }
    void model(const std::string& name, std::vector<KerasWeightSpec> weights) {
        m_layers.push_back({name, KerasLayerKind::Model, std::move(weights)});
    }
    int activations() const { return m_activations; }
    std::vector<KerasLayerSpec> take() { return std::move(m_layers); }

    static std::vector<KerasWeightSpec> convWeights(const std::string& name, int64_t kh, int64_t kw,
                                                    int64_t in, int64_t out) {
        return {{name + "/kernel:0", {kh, kw, in, out}}, {name + "/bias:0", {out}}};
    }

private:
    std::vector<KerasLayerSpec> m_layers;
    int m_activations = 0;
    int m_adds = 0;
};

// One bottleneck block of resnet_graph; returns the block's output channel count.
int64_t bottleneck(LayoutBuilder& b, int stage, char block, int64_t in,
                   const std::array<int64_t, 3>& f) {
    const std::string id = std::to_string(stage) + block;
    const std::string res = "res" + id + "_branch", bn = "bn" + id + "_branch";
    b.conv(res + "2a", 1, in, f[0]);
    b.bn(bn + "2a", f[0]);
    b.activation();
    b.conv(res + "2b", 3, f[0], f[1]);
    b.bn(bn + "2b", f[1]);
    b.activation();
    b.conv(res + "2c", 1, f[1], f[2]);
    if (block == 'a') {  // conv block: the shortcut convolution comes next in model.layers
        b.conv(res + "1", 1, in, f[2]);
        b.bn(bn + "2c", f[2]);
        b.bn(bn + "1", f[2]);
    } else {
        b.bn(bn + "2c", f[2]);
    }
    b.add();
    b.plain("res" + id + "_out");
    return f[2];
}

}  // namespace

std::vector<KerasLayerSpec> kerasLayout(const Config& config) {
    if (config.BACKBONE != "resnet50" && config.BACKBONE != "resnet101")
        throw WeightsError("BACKBONE '" + config.BACKBONE +
                           "' has no Keras layout (only resnet50 and resnet101)");
    if (config.NUM_CLASSES < 1 || config.TOP_DOWN_PYRAMID_SIZE < 1 ||
        config.FPN_CLASSIF_FC_LAYERS_SIZE < 1 || config.RPN_CONV_CHANNELS < 1 ||
        config.MASK_HEAD_CHANNELS < 1 || config.RPN_ANCHOR_RATIOS.empty() || config.POOL_SIZE < 1 ||
        config.IMAGE_CHANNEL_COUNT < 1 || !(config.RESNET_WIDTH > 0))
        throw WeightsError(
            "config has a non-positive layer size (NUM_CLASSES, widths, "
            "POOL_SIZE, RPN_ANCHOR_RATIOS or IMAGE_CHANNEL_COUNT)");
    auto f = [&](int n) { return static_cast<int64_t>(config.resnetFilters(n)); };
    LayoutBuilder b;

    // Stage 1.
    b.plain("input_image");
    b.plain("zero_padding2d_1");
    b.conv("conv1", 7, config.IMAGE_CHANNEL_COUNT, f(64));
    b.bn("bn_conv1", f(64));
    b.activation();
    b.plain("max_pooling2d_1");

    // Stages 2-5.
    const std::array<int, 4> blocks = {3, 4, config.stage4Blocks(), 3};
    std::array<int64_t, 4> stageOut{};
    int64_t channels = f(64);
    for (int s = 0; s < 4; ++s) {
        const int base = 64 << s;
        const std::array<int64_t, 3> filters = {f(base), f(base), f(base * 4)};
        for (int k = 0; k < blocks[static_cast<size_t>(s)]; ++k)
            channels = bottleneck(b, s + 2, static_cast<char>('a' + k), channels, filters);
        stageOut[static_cast<size_t>(s)] = channels;
    }
    const int backboneActivations = b.activations();

    // Feature pyramid.
    const int64_t T = config.TOP_DOWN_PYRAMID_SIZE;
    b.conv("fpn_c5p5", 1, stageOut[3], T);
    b.plain("fpn_p5upsampled");
    b.conv("fpn_c4p4", 1, stageOut[2], T);
    b.plain("fpn_p4add");
    b.plain("fpn_p4upsampled");
    b.conv("fpn_c3p3", 1, stageOut[1], T);
    b.plain("fpn_p3add");
    b.plain("fpn_p3upsampled");
    b.conv("fpn_c2p2", 1, stageOut[0], T);
    b.plain("fpn_p2add");
    for (const char* p : {"fpn_p5", "fpn_p2", "fpn_p3", "fpn_p4"})
        b.conv(p, 3, T, T);
    b.plain("fpn_p6");

    // RPN: one nested model whose weights are named after its inner layers.
    const int64_t R = config.RPN_CONV_CHANNELS, A = config.anchorsPerLocation();
    std::vector<KerasWeightSpec> rpn;
    for (auto& w : LayoutBuilder::convWeights("rpn_conv_shared", 3, 3, T, R))
        rpn.push_back(w);
    for (auto& w : LayoutBuilder::convWeights("rpn_class_raw", 1, 1, R, 2 * A))
        rpn.push_back(w);
    for (auto& w : LayoutBuilder::convWeights("rpn_bbox_pred", 1, 1, R, 4 * A))
        rpn.push_back(w);
    b.model("rpn_model", std::move(rpn));
    for (const char* n : {"rpn_class", "rpn_bbox", "input_gt_boxes", "ROI", "input_gt_class_ids",
                          "lambda_1", "input_gt_masks", "proposal_targets", "roi_align_mask"})
        b.plain(n);

    // Heads, interleaved as Keras sorts them by depth. The activations were created in the
    // order class head (2), mask head (4), class head's last (1), and skip one number.
    const int64_t M = config.MASK_HEAD_CHANNELS, FC = config.FPN_CLASSIF_FC_LAYERS_SIZE;
    const int64_t NC = config.NUM_CLASSES, P = config.POOL_SIZE;
    auto act = [&](int offset) {
        b.plain("activation_" + std::to_string(backboneActivations + offset));
    };
    b.conv("mrcnn_mask_conv1", 3, T, M);
    b.bn("mrcnn_mask_bn1", M);
    act(4);
    b.conv("mrcnn_mask_conv2", 3, M, M);
    b.plain("roi_align_classifier");
    b.bn("mrcnn_mask_bn2", M);
    b.conv("mrcnn_class_conv1", P, T, FC);
    act(5);
    b.bn("mrcnn_class_bn1", FC);
    b.conv("mrcnn_mask_conv3", 3, M, M);
    act(1);
    b.bn("mrcnn_mask_bn3", M);
    b.conv("mrcnn_class_conv2", 1, FC, FC);
    act(6);
    b.bn("mrcnn_class_bn2", FC);
    b.conv("mrcnn_mask_conv4", 3, M, M);
    act(2);
    b.bn("mrcnn_mask_bn4", M);
    b.plain("pool_squeeze");
    act(7);
    b.dense("mrcnn_bbox_fc", FC, 4 * NC);
    b.deconv("mrcnn_mask_deconv", 2, M, M);
    b.plain("input_image_meta");
    b.plain("rpn_class_logits");
    b.dense("mrcnn_class_logits", FC, NC);
    b.plain("mrcnn_bbox");
    b.conv("mrcnn_mask", 1, M, NC);
    for (const char* n : {"input_rpn_match", "input_rpn_bbox", "lambda_4", "mrcnn_class",
                          "output_rois", "rpn_class_loss", "rpn_bbox_loss", "mrcnn_class_loss",
                          "mrcnn_bbox_loss", "mrcnn_mask_loss"})
        b.plain(n);
    return b.take();
}

std::string parameterGroup(const std::string& layerName) {
    auto starts = [&](const char* prefix) { return layerName.rfind(prefix, 0) == 0; };
    if (starts("fpn_"))
        return "fpn";
    if (starts("rpn_"))
        return "rpn";
    if (starts("mrcnn_"))
        return "heads";
    if (starts("conv1") || starts("bn") || starts("res"))
        return "backbone";
    return "other";
}

int64_t parameterCount(const std::vector<KerasLayerSpec>& layout) {
    int64_t total = 0;
    for (const auto& layer : layout)
        for (const auto& w : layer.weights) {
            int64_t n = 1;
            for (int64_t d : w.shape)
                n *= d;
            total += n;
        }
    return total;
}

}  // namespace mrcnn
