#include "weights/weight_loader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "support/test_paths.h"
#include "weights/keras_layout.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

Config microConfig() {
    return loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
}
const KerasWeightFile& microFile() {
    static const KerasWeightFile f =
        readKerasWeights(test::dataDir() / "runs" / "shapes_micro_seed3.h5");
    return f;
}
const torch::Tensor& fileValue(const KerasWeightFile& f, const std::string& layer, size_t i) {
    return f.find(layer)->weights.at(i).value;
}
std::string loadError(const KerasWeightFile& f, const Config& c, const LoadOptions& o = {}) {
    LoadReport report;
    try {
        loadParams(f, c, report, o);
    } catch (const WeightsError& e) {
        return e.what();
    }
    return "";
}
KerasWeightFile without(const KerasWeightFile& f, const std::string& prefix) {
    KerasWeightFile g = f;
    g.layers.erase(
        std::remove_if(g.layers.begin(), g.layers.end(),
                       [&](const KerasLayer& l) { return l.name.rfind(prefix, 0) == 0; }),
        g.layers.end());
    return g;
}

TEST(WeightLoaderTest, LoadsEveryWeightOfTheMicroRun) {
    LoadReport report;
    const ParamStore p = loadParams(microFile(), microConfig(), report);
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.matched.size(), 384u);  // 2 per conv/dense, 4 per BN, 6 in rpn_model
    EXPECT_TRUE(report.missing.empty());
    EXPECT_TRUE(report.unexpected.empty());
    EXPECT_TRUE(report.excluded.empty());
    EXPECT_TRUE(report.maskHeadPresent);
    EXPECT_TRUE(p.hasMaskHead());
    EXPECT_EQ(p.tensors.size(), report.matched.size());
    EXPECT_NE(report.summary().find("384 weights loaded"), std::string::npos);

    // Conv2D (kh, kw, in, out) -> (out, in, kh, kw).
    const auto& k = fileValue(microFile(), "conv1", 0);
    ASSERT_EQ(p.at("conv1/kernel").sizes().vec(), (std::vector<int64_t>{8, 3, 7, 7}));
    EXPECT_EQ(p.at("conv1/kernel")[7][2][6][5].item<float>(), k[6][5][2][7].item<float>());
    EXPECT_TRUE(torch::equal(p.at("conv1/kernel"), k.permute({3, 2, 0, 1})));
    EXPECT_TRUE(p.at("conv1/kernel").is_contiguous());
    // BN keys keep the Keras names.
    EXPECT_TRUE(
        torch::equal(p.at("bn_conv1/moving_variance"), fileValue(microFile(), "bn_conv1", 3)));
    EXPECT_FLOAT_EQ(p.at("bn_conv1/moving_variance")[1].item<float>(), 1.0450844f);
    // Dense (in, out) -> (out, in).
    ASSERT_EQ(p.at("mrcnn_bbox_fc/kernel").sizes().vec(), (std::vector<int64_t>{16, 128}));
    EXPECT_FLOAT_EQ(p.at("mrcnn_bbox_fc/kernel")[13][100].item<float>(), 0.037146837f);
    // Conv2DTranspose (kh, kw, out, in) -> (in, out, kh, kw), no flip.
    EXPECT_EQ(p.at("mrcnn_mask_deconv/kernel")[7][5][1][0].item<float>(), 0.12979698f);
    // The nested rpn_model is keyed by its inner layers.
    EXPECT_EQ(p.at("rpn_class_raw/kernel").sizes().vec(), (std::vector<int64_t>{6, 64, 1, 1}));
    EXPECT_FLOAT_EQ(p.at("rpn_class_raw/kernel")[4][10][0][0].item<float>(), 0.20976934f);
    EXPECT_FALSE(p.has("rpn_model/kernel"));
    EXPECT_THROW(p.at("nope/kernel"), WeightsError);
}

TEST(WeightLoaderTest, RoundTripGivesIdenticalFile) {
    LoadReport report;
    const ParamStore p = loadParams(microFile(), microConfig(), report);
    const auto path =
        fs::temp_directory_path() / ("mrcnn_rt_" + std::to_string(::getpid()) + ".h5");
    writeKerasWeights(path, toKerasFile(p, microConfig()));
    const KerasWeightFile back = readKerasWeights(path);
    fs::remove(path);
    const KerasWeightFile& f = microFile();
    ASSERT_EQ(back.layers.size(), f.layers.size());
    EXPECT_EQ(back.kerasVersion, "2.0.8");
    for (size_t i = 0; i < f.layers.size(); ++i) {
        ASSERT_EQ(back.layers[i].name, f.layers[i].name);
        ASSERT_EQ(back.layers[i].weights.size(), f.layers[i].weights.size());
        for (size_t k = 0; k < f.layers[i].weights.size(); ++k) {
            EXPECT_EQ(back.layers[i].weights[k].name, f.layers[i].weights[k].name);
            EXPECT_TRUE(torch::equal(back.layers[i].weights[k].value, f.layers[i].weights[k].value))
                << f.layers[i].weights[k].name;
        }
    }
}

TEST(WeightLoaderTest, WrongWidthsNameTheLayerAndBothShapes) {
    // The shapes preset is a full-width resnet101: shapes and depth differ.
    const std::string msg = loadError(microFile(), presetConfig("shapes"));
    EXPECT_NE(msg.find("'conv1'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("resnet50 backbone"), std::string::npos) << msg;
    Config coco = presetConfig("coco");
    coco.BACKBONE = "resnet50";
    LoadReport report;
    EXPECT_THROW(loadParams(microFile(), coco, report), WeightsError);
    ASSERT_FALSE(report.mismatches.empty());
    EXPECT_EQ(report.mismatches.front().layer, "conv1");
    EXPECT_EQ(report.mismatches.front().fileShape, (std::vector<int64_t>{7, 7, 3, 8}));
    EXPECT_EQ(report.mismatches.front().modelShape, (std::vector<int64_t>{7, 7, 3, 64}));
    const std::string text = loadError(microFile(), coco);
    EXPECT_NE(text.find("'conv1'"), std::string::npos) << text;
    EXPECT_NE(text.find("(7, 7, 3, 8)"), std::string::npos) << text;
    EXPECT_NE(text.find("(7, 7, 3, 64)"), std::string::npos) << text;
}

TEST(WeightLoaderTest, OtherBackboneDepthThrows) {
    Config c = microConfig();
    c.BACKBONE = "resnet101";
    const std::string msg = loadError(microFile(), c);
    EXPECT_NE(msg.find("resnet50 backbone"), std::string::npos) << msg;
    EXPECT_NE(msg.find("res4f_branch2a"), std::string::npos) << msg;
}

TEST(WeightLoaderTest, FourClassCocoFileWithTheCocoConfig) {
    Config four = presetConfig("coco");
    four.NUM_CLASSES = 4;
    KerasWeightFile f;  // zeros are enough: only names and shapes matter here
    for (const auto& spec : kerasLayout(four)) {
        KerasLayer layer{spec.name, {}};
        for (const auto& w : spec.weights)
            layer.weights.push_back({w.name, torch::zeros(w.shape)});
        f.layers.push_back(std::move(layer));
    }
    const std::string msg = loadError(f, presetConfig("coco"));
    EXPECT_NE(msg.find("'mrcnn_bbox_fc'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("(1024, 16)"), std::string::npos) << msg;
    EXPECT_NE(msg.find("(1024, 324)"), std::string::npos) << msg;
    EXPECT_NE(msg.find("NUM_CLASSES"), std::string::npos) << msg;
}

TEST(WeightLoaderTest, WrongClassCountThrowsUnlessExcluded) {
    Config c = microConfig();
    c.NUM_CLASSES = 81;
    LoadReport report;
    EXPECT_THROW(loadParams(microFile(), c, report), WeightsError);
    // bbox_fc, class_logits and mrcnn_mask, kernel and bias each.
    ASSERT_EQ(report.mismatches.size(), 6u);
    EXPECT_EQ(report.mismatches[0].layer, "mrcnn_bbox_fc");
    EXPECT_EQ(report.mismatches[0].weight, "mrcnn_bbox_fc/kernel:0");
    EXPECT_EQ(report.mismatches[1].fileShape, (std::vector<int64_t>{16}));
    EXPECT_EQ(report.mismatches[1].modelShape, (std::vector<int64_t>{324}));
    EXPECT_EQ(report.mismatches[5].layer, "mrcnn_mask");
    EXPECT_EQ(report.mismatches[0].fileShape, (std::vector<int64_t>{128, 16}));
    EXPECT_EQ(report.mismatches[0].modelShape, (std::vector<int64_t>{128, 324}));
    EXPECT_NE(loadError(microFile(), c).find("mrcnn_bbox_fc"), std::string::npos);

    LoadOptions o;
    o.exclude = {"mrcnn_class_logits", "mrcnn_bbox_fc", "mrcnn_bbox", "mrcnn_mask"};
    const ParamStore p = loadParams(microFile(), c, report, o);
    EXPECT_TRUE(report.mismatches.empty());
    EXPECT_EQ(report.excluded.size(), 6u);
    EXPECT_EQ(report.matched.size(), 378u);
    // Excluded layers keep initial values of the config's shape.
    EXPECT_EQ(p.at("mrcnn_class_logits/kernel").sizes().vec(), (std::vector<int64_t>{81, 128}));
    EXPECT_EQ(p.at("mrcnn_mask/bias").sizes().vec(), (std::vector<int64_t>{81}));
    EXPECT_EQ(p.at("mrcnn_mask/bias").abs().sum().item<float>(), 0.0f);
}

TEST(WeightLoaderTest, FileWithoutMaskHeadIsDetectionOnly) {
    const KerasWeightFile f = without(microFile(), "mrcnn_mask");
    LoadReport report;
    const ParamStore p = loadParams(f, microConfig(), report);
    EXPECT_FALSE(report.maskHeadPresent);
    EXPECT_TRUE(report.ok());
    EXPECT_FALSE(p.hasMaskHead());
    EXPECT_EQ(report.matched.size(), 384u - 28u);
    EXPECT_NE(report.summary().find("detection only"), std::string::npos);
    const KerasWeightFile back = toKerasFile(p, microConfig());
    EXPECT_EQ(back.layers.size(), f.layers.size());
    EXPECT_EQ(back.find("mrcnn_mask_deconv"), nullptr);
}

TEST(WeightLoaderTest, MissingLayersThrowUnlessAllowed) {
    const KerasWeightFile f = without(microFile(), "fpn_p3");
    const std::string msg = loadError(f, microConfig());
    EXPECT_NE(msg.find("missing"), std::string::npos) << msg;
    EXPECT_NE(msg.find("fpn_p3/kernel"), std::string::npos) << msg;
    LoadReport report;
    LoadOptions o;
    o.allowMissing = true;
    const ParamStore p = loadParams(f, microConfig(), report, o);
    EXPECT_EQ(report.missing, (std::vector<std::string>{"fpn_p3/kernel", "fpn_p3/bias"}));
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(p.at("fpn_p3/kernel").sizes().vec(), (std::vector<int64_t>{32, 32, 3, 3}));
}

TEST(WeightLoaderTest, ReportsUnexpectedWeights) {
    KerasWeightFile f = microFile();
    f.layers.push_back({"extra_dense", {{"extra_dense/kernel:0", torch::zeros({2, 2})}}});
    for (auto& l : f.layers)
        if (l.name == "fpn_p2")
            l.weights.push_back({"fpn_p2/extra:0", torch::zeros({1})});
    LoadReport report;
    loadParams(f, microConfig(), report);
    EXPECT_EQ(report.unexpected, (std::vector<std::string>{"fpn_p2/fpn_p2/extra:0",
                                                           "extra_dense/extra_dense/kernel:0"}));
    EXPECT_TRUE(report.ok());
}

TEST(WeightLoaderTest, MatchesDatasetsByNameNotPosition) {
    KerasWeightFile f = microFile();
    for (auto& l : f.layers)
        if (l.name == "rpn_model") {  // as a differently ordered Keras would save it
            std::swap(l.weights[2], l.weights[4]);
            std::swap(l.weights[3], l.weights[5]);
        }
    LoadReport report;
    const ParamStore p = loadParams(f, microConfig(), report);
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(p.at("rpn_class_raw/kernel").size(0), 6);
    EXPECT_EQ(p.at("rpn_bbox_pred/kernel").size(0), 12);
}

TEST(WeightLoaderTest, EmptyOrForeignFileThrows) {
    EXPECT_NE(loadError(KerasWeightFile{}, microConfig()).find("no weighted layer"),
              std::string::npos);
    KerasWeightFile f;
    f.layers = {{"dense_1", {{"dense_1/kernel:0", torch::zeros({2, 2})}}}};
    EXPECT_NE(loadError(f, microConfig()).find("not Mask R-CNN"), std::string::npos);
}

TEST(WeightLoaderTest, ToKerasFileChecksParameters) {
    ParamStore p = initParams(microConfig(), 1);
    p.tensors.erase("fpn_p4/bias");
    try {
        toKerasFile(p, microConfig());
        FAIL();
    } catch (const WeightsError& e) {
        EXPECT_NE(std::string(e.what()).find("fpn_p4/bias"), std::string::npos);
    }
    p = initParams(microConfig(), 1);
    p.tensors["conv1/kernel"] = torch::zeros({8, 3, 5, 5});
    try {
        toKerasFile(p, microConfig());
        FAIL();
    } catch (const WeightsError& e) {
        EXPECT_NE(std::string(e.what()).find("(5, 5, 3, 8)"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("(7, 7, 3, 8)"), std::string::npos) << e.what();
    }
}

TEST(WeightLoaderTest, SharedRunsLoad) {
    MRCNN_REQUIRE_SHARED();
    const auto runs = test::sharedDir() / "reference" / "runs";
    for (auto [cfg, h5] : {std::pair{"shapes_tiny_minconf0.json", "shapes_tiny_seed1.h5"},
                           std::pair{"coco_r101_quarter.json", "coco_r101_quarter_seed2.h5"}}) {
        SCOPED_TRACE(h5);
        const KerasWeightFile f = readKerasWeights(runs / h5);
        const Config c = loadConfigFile(runs / cfg);
        LoadReport report;
        const ParamStore p = loadParams(f, c, report);
        EXPECT_TRUE(report.ok());
        EXPECT_TRUE(report.unexpected.empty());
        const Config inferred = inferConfigFromWeights(f, Config{});
        EXPECT_EQ(inferred.BACKBONE, c.BACKBONE);
        EXPECT_EQ(inferred.NUM_CLASSES, c.NUM_CLASSES);
        EXPECT_EQ(inferred.RESNET_WIDTH, c.RESNET_WIDTH);
        EXPECT_EQ(inferred.TOP_DOWN_PYRAMID_SIZE, c.TOP_DOWN_PYRAMID_SIZE);
        EXPECT_EQ(inferred.FPN_CLASSIF_FC_LAYERS_SIZE, c.FPN_CLASSIF_FC_LAYERS_SIZE);
        EXPECT_EQ(inferred.RPN_CONV_CHANNELS, c.RPN_CONV_CHANNELS);
        EXPECT_EQ(inferred.MASK_HEAD_CHANNELS, c.MASK_HEAD_CHANNELS);
    }
}

}  // namespace
}  // namespace mrcnn
