#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_paths.h"
#include "weights/keras_layout.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

void eraseLayers(KerasWeightFile& f, const std::string& name) {
    f.layers.erase(std::remove_if(f.layers.begin(), f.layers.end(),
                                  [&](const KerasLayer& l) { return l.name == name; }),
                   f.layers.end());
}

KerasWeightFile microFile() {
    return readKerasWeights(test::dataDir() / "runs" / "shapes_micro_seed3.h5");
}

TEST(WeightInferTest, MicroRunSizes) {
    const WeightsFacts facts = weightsFacts(microFile());
    EXPECT_EQ(facts.backbone, "resnet50");
    EXPECT_EQ(facts.inputChannels, 3);
    EXPECT_EQ(facts.resnetWidth, 0.125);
    EXPECT_EQ(facts.numClasses, 4);
    EXPECT_EQ(facts.pyramidSize, 32);
    EXPECT_EQ(facts.fcSize, 128);
    EXPECT_EQ(facts.poolSize, 7);
    EXPECT_EQ(facts.rpnConvChannels, 64);
    EXPECT_EQ(facts.anchorsPerLocation, 3);
    EXPECT_EQ(facts.maskHeadChannels, 32);
    EXPECT_TRUE(facts.maskHead);

    const Config c = inferConfigFromWeights(microFile(), presetConfig("coco"));
    const Config expected = loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
    EXPECT_EQ(c.BACKBONE, expected.BACKBONE);
    EXPECT_EQ(c.NUM_CLASSES, expected.NUM_CLASSES);
    EXPECT_EQ(c.RESNET_WIDTH, expected.RESNET_WIDTH);
    EXPECT_EQ(c.TOP_DOWN_PYRAMID_SIZE, expected.TOP_DOWN_PYRAMID_SIZE);
    EXPECT_EQ(c.FPN_CLASSIF_FC_LAYERS_SIZE, expected.FPN_CLASSIF_FC_LAYERS_SIZE);
    EXPECT_EQ(c.RPN_CONV_CHANNELS, expected.RPN_CONV_CHANNELS);
    EXPECT_EQ(c.MASK_HEAD_CHANNELS, expected.MASK_HEAD_CHANNELS);
    EXPECT_EQ(c.IMAGE_MAX_DIM, 1024);  // not in the file: kept from the base
    // The inferred config loads the file.
    LoadReport report;
    loadParams(microFile(), c, report);
    EXPECT_TRUE(report.ok());
}

TEST(WeightInferTest, CocoLayoutAndOddWidths) {
    Config coco = presetConfig("coco");
    coco.RESNET_WIDTH = 0.3;  // conv1 19 filters: only res5 gives the width back exactly
    coco.NUM_CLASSES = 7;
    coco.MASK_HEAD_CHANNELS = 16;
    const KerasWeightFile f = toKerasFile(initParams(coco, 5), coco);
    const Config c = inferConfigFromWeights(f, Config{});
    EXPECT_EQ(c.BACKBONE, "resnet101");
    EXPECT_EQ(c.resnetFilters(64), 19);
    EXPECT_EQ(c.resnetFilters(2048), 614);
    EXPECT_EQ(c.NUM_CLASSES, 7);
    EXPECT_EQ(c.MASK_HEAD_CHANNELS, 16);
    EXPECT_EQ(c.RPN_CONV_CHANNELS, 512);
}

TEST(WeightInferTest, EmptyFileKeepsTheBase) {
    const Config base = presetConfig("balloon");
    const WeightsFacts facts = weightsFacts(KerasWeightFile{});
    EXPECT_FALSE(facts.backbone);
    EXPECT_FALSE(facts.numClasses);
    EXPECT_FALSE(facts.maskHead);
    const Config c = inferConfigFromWeights(KerasWeightFile{}, base);
    EXPECT_EQ(configToJson(c), configToJson(base));
}

TEST(WeightInferTest, NumClassesFallsBackToBboxAndMask) {
    KerasWeightFile f = microFile();
    eraseLayers(f, "mrcnn_class_logits");
    EXPECT_EQ(weightsFacts(f).numClasses, 4);
    eraseLayers(f, "mrcnn_bbox_fc");
    EXPECT_EQ(weightsFacts(f).numClasses, 4);
}

TEST(WeightInferTest, AnchorCountMustFitTheRatios) {
    Config base = presetConfig("coco");
    base.RPN_ANCHOR_RATIOS = {1.0};
    try {
        inferConfigFromWeights(microFile(), base);
        FAIL();
    } catch (const WeightsError& e) {
        EXPECT_NE(std::string(e.what()).find("3 anchors per location"), std::string::npos);
    }
}

TEST(WeightInferTest, NonUniformWidthIsRejected) {
    KerasWeightFile f = microFile();
    for (auto& l : f.layers)
        if (l.name == "conv1")
            l.weights[0].value = torch::zeros({7, 7, 3, 9});
    EXPECT_THROW(inferConfigFromWeights(f, Config{}), WeightsError);
}

}  // namespace
}  // namespace mrcnn
