#include "weights/keras_layout.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "support/test_paths.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

std::vector<std::string> readLines(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            out.push_back(line);
    return out;
}

std::vector<std::string> names(const std::vector<KerasLayerSpec>& layout) {
    std::vector<std::string> out;
    for (const auto& l : layout)
        out.push_back(l.name);
    return out;
}

const char* kindName(KerasLayerKind kind) {
    switch (kind) {
        case KerasLayerKind::Conv2D:
            return "Conv2D";
        case KerasLayerKind::Conv2DTranspose:
            return "Conv2DTranspose";
        case KerasLayerKind::Dense:
            return "Dense";
        case KerasLayerKind::BatchNorm:
            return "BatchNorm";
        case KerasLayerKind::Model:
            return "Model";
        case KerasLayerKind::None:
            return "None";
    }
    return "?";
}

Config cocoConfig() {
    Config c = presetConfig("coco");
    EXPECT_EQ(c.NUM_CLASSES, 81);
    return c;
}

// The layout's names and weights must equal the file's exactly, in order.
void expectLayoutMatchesFile(const std::vector<KerasLayerSpec>& layout,
                             const KerasWeightFile& file) {
    ASSERT_EQ(layout.size(), file.layers.size());
    for (size_t i = 0; i < layout.size(); ++i) {
        const auto& spec = layout[i];
        const auto& layer = file.layers[i];
        ASSERT_EQ(spec.name, layer.name) << "layer #" << i;
        ASSERT_EQ(spec.weights.size(), layer.weights.size()) << spec.name;
        for (size_t k = 0; k < spec.weights.size(); ++k) {
            EXPECT_EQ(spec.weights[k].name, layer.weights[k].name);
            EXPECT_EQ(spec.weights[k].shape, layer.weights[k].value.sizes().vec())
                << spec.weights[k].name;
        }
    }
}

TEST(KerasLayoutTest, CocoNamesEqualTheReleaseFile) {
    const auto expected = readLines(test::dataDir() / "weights" / "coco_h5_layer_names.txt");
    ASSERT_EQ(expected.size(), 406u);
    EXPECT_EQ(names(kerasLayout(cocoConfig())), expected);
}

TEST(KerasLayoutTest, CocoWeightsEqualTheReferenceShapes) {
    std::ifstream in(test::dataDir() / "weights" / "coco_h5_weight_shapes.json");
    const auto ref = nlohmann::json::parse(in);
    std::vector<KerasLayerSpec> weighted;
    for (auto& l : kerasLayout(cocoConfig()))
        if (!l.weights.empty())
            weighted.push_back(l);
    const auto& refLayers = ref["weighted_layers"];
    ASSERT_EQ(weighted.size(), refLayers.size());
    ASSERT_EQ(weighted.size(), 233u);
    size_t tensors = 0;
    for (size_t i = 0; i < weighted.size(); ++i) {
        const auto& r = refLayers[i];
        EXPECT_EQ(weighted[i].name, r["layer"].get<std::string>());
        std::string cls = r["keras_class"].get<std::string>();
        if (cls.rfind("TimeDistributed(", 0) == 0)
            cls = cls.substr(16, cls.size() - 17);
        EXPECT_EQ(kindName(weighted[i].kind), cls) << weighted[i].name;
        ASSERT_EQ(weighted[i].weights.size(), r["weights"].size()) << weighted[i].name;
        for (size_t k = 0; k < weighted[i].weights.size(); ++k) {
            EXPECT_EQ(weighted[i].weights[k].name, r["weights"][k]["name"].get<std::string>());
            EXPECT_EQ(weighted[i].weights[k].shape,
                      r["weights"][k]["shape"].get<std::vector<int64_t>>());
            ++tensors;
        }
    }
    EXPECT_EQ(tensors, 690u);
    EXPECT_EQ(parameterCount(kerasLayout(cocoConfig())), 64158584);
    EXPECT_EQ(parameterCount(kerasLayout(cocoConfig())), ref["num_parameters"].get<int64_t>());
    std::vector<std::string> unweighted;
    for (auto& l : kerasLayout(cocoConfig()))
        if (l.weights.empty())
            unweighted.push_back(l.name);
    EXPECT_EQ(unweighted, ref["unweighted_layer_names"].get<std::vector<std::string>>());
}

TEST(KerasLayoutTest, MicroRunMatchesItsFile) {
    const Config config = loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
    const KerasWeightFile file =
        readKerasWeights(test::dataDir() / "runs" / "shapes_micro_seed3.h5");
    const auto layout = kerasLayout(config);
    EXPECT_EQ(layout.size(), 236u);
    expectLayoutMatchesFile(layout, file);
    EXPECT_EQ(parameterCount(layout), 718970);
}

TEST(KerasLayoutTest, SharedRunsMatchTheirFiles) {
    MRCNN_REQUIRE_SHARED();
    const auto runs = test::sharedDir() / "reference" / "runs";
    for (auto [cfg, h5] : {std::pair{"shapes_tiny_minconf0.json", "shapes_tiny_seed1.h5"},
                           std::pair{"coco_r101_quarter.json", "coco_r101_quarter_seed2.h5"}}) {
        SCOPED_TRACE(h5);
        const auto layout = kerasLayout(loadConfigFile(runs / cfg));
        expectLayoutMatchesFile(layout, readKerasWeights(runs / h5));
    }
}

TEST(KerasLayoutTest, Resnet50HasSixStage4BlocksAndRenumberedActivations) {
    Config c = cocoConfig();
    c.BACKBONE = "resnet50";
    const auto n = names(kerasLayout(c));
    EXPECT_EQ(n.size(), 236u);
    std::set<std::string> s(n.begin(), n.end());
    EXPECT_TRUE(s.count("res4f_out"));
    EXPECT_FALSE(s.count("res4g_branch2a"));
    EXPECT_TRUE(s.count("activation_40"));   // 33 backbone activations + 7 in the heads
    EXPECT_FALSE(s.count("activation_36"));  // the number Keras skipped
    EXPECT_FALSE(s.count("activation_41"));
}

TEST(KerasLayoutTest, WidthsScaleEveryLayer) {
    Config c = cocoConfig();
    c.RESNET_WIDTH = 0.3;  // 64·0.3 = 19.2 → 19; 2048·0.3 = 614.4 → 614
    c.TOP_DOWN_PYRAMID_SIZE = 24;
    c.FPN_CLASSIF_FC_LAYERS_SIZE = 40;
    c.RPN_CONV_CHANNELS = 20;
    c.MASK_HEAD_CHANNELS = 12;
    c.NUM_CLASSES = 3;
    c.RPN_ANCHOR_RATIOS = {0.5, 1, 2, 4};
    std::map<std::string, std::vector<std::vector<int64_t>>> shapes;
    for (auto& l : kerasLayout(c))
        for (auto& w : l.weights)
            shapes[l.name].push_back(w.shape);
    EXPECT_EQ(shapes["conv1"][0], (std::vector<int64_t>{7, 7, 3, 19}));
    EXPECT_EQ(shapes["res5c_branch2c"][0], (std::vector<int64_t>{1, 1, 154, 614}));
    EXPECT_EQ(shapes["fpn_c5p5"][0], (std::vector<int64_t>{1, 1, 614, 24}));
    EXPECT_EQ(shapes["rpn_model"][2], (std::vector<int64_t>{1, 1, 20, 8}));
    EXPECT_EQ(shapes["rpn_model"][4], (std::vector<int64_t>{1, 1, 20, 16}));
    EXPECT_EQ(shapes["mrcnn_class_conv1"][0], (std::vector<int64_t>{7, 7, 24, 40}));
    EXPECT_EQ(shapes["mrcnn_bbox_fc"][0], (std::vector<int64_t>{40, 12}));
    EXPECT_EQ(shapes["mrcnn_mask_conv1"][0], (std::vector<int64_t>{3, 3, 24, 12}));
    EXPECT_EQ(shapes["mrcnn_mask_deconv"][0], (std::vector<int64_t>{2, 2, 12, 12}));
    EXPECT_EQ(shapes["mrcnn_mask"][0], (std::vector<int64_t>{1, 1, 12, 3}));
}

TEST(KerasLayoutTest, TinyWidthKeepsAtLeastOneFilter) {
    Config c = cocoConfig();
    c.RESNET_WIDTH = 0.001;
    for (auto& l : kerasLayout(c))
        for (auto& w : l.weights)
            for (int64_t d : w.shape)
                EXPECT_GE(d, 1) << w.name;
}

TEST(KerasLayoutTest, RejectsUnknownBackboneAndEmptySizes) {
    Config c = cocoConfig();
    c.BACKBONE = "mobilenet";
    EXPECT_THROW(kerasLayout(c), WeightsError);
    c = cocoConfig();
    c.NUM_CLASSES = 0;
    EXPECT_THROW(kerasLayout(c), WeightsError);
    c = cocoConfig();
    c.RPN_ANCHOR_RATIOS.clear();
    EXPECT_THROW(kerasLayout(c), WeightsError);
}

TEST(KerasLayoutTest, ParameterGroups) {
    EXPECT_EQ(parameterGroup("conv1"), "backbone");
    EXPECT_EQ(parameterGroup("bn4w_branch2c"), "backbone");
    EXPECT_EQ(parameterGroup("res3a_branch1"), "backbone");
    EXPECT_EQ(parameterGroup("fpn_c5p5"), "fpn");
    EXPECT_EQ(parameterGroup("rpn_model"), "rpn");
    EXPECT_EQ(parameterGroup("mrcnn_mask_deconv"), "heads");
    EXPECT_EQ(parameterGroup(""), "other");
    EXPECT_EQ(parameterCount({}), 0);
}

}  // namespace
}  // namespace mrcnn
