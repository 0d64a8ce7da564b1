#include "config/config.h"

#include <gtest/gtest.h>

#include <set>

#include "support/test_paths.h"

using namespace mrcnn;

TEST(Config, DefaultsMatchTheOriginal) {
    Config c;
    EXPECT_EQ(c.BACKBONE, "resnet101");
    EXPECT_EQ(c.NUM_CLASSES, 1);
    EXPECT_EQ(c.IMAGES_PER_GPU, 2);
    EXPECT_DOUBLE_EQ(c.DETECTION_MIN_CONFIDENCE, 0.7);
    EXPECT_EQ(c.imageShape()[0], 1024);
    EXPECT_EQ(c.batchSize(), 2);
    EXPECT_EQ(c.imageMetaSize(), 13);
}

TEST(Config, PresetsAndDerivedValues) {
    Config coco = presetConfig("coco");
    EXPECT_EQ(coco.imageMetaSize(), 93);
    EXPECT_EQ(coco.batchSize(), 1);
    EXPECT_NO_THROW(coco.validate());
    Config nucleus = presetConfig("nucleus");
    EXPECT_EQ(nucleus.STEPS_PER_EPOCH, 105);
    EXPECT_EQ(nucleus.VALIDATION_STEPS, 4);
    EXPECT_EQ(nucleus.BACKBONE, "resnet50");
    Config crop = nucleus;
    crop.IMAGE_RESIZE_MODE = "crop";
    EXPECT_EQ(crop.imageShape()[0], 512);
    EXPECT_THROW(presetConfig("nope"), ConfigError);
}

TEST(Config, ResnetWidthRoundsHalfToEven) {
    Config c;
    c.RESNET_WIDTH = 0.125;
    EXPECT_EQ(c.resnetFilters(64), 8);
    c.RESNET_WIDTH = 0.25;
    EXPECT_EQ(c.resnetFilters(2), 1);  // max(1, round-half-even(0.5) = 0)
    c.RESNET_WIDTH = 0.5;
    EXPECT_EQ(c.resnetFilters(5), 2);  // 2.5 → 2
    EXPECT_EQ(c.resnetFilters(7), 4);  // 3.5 → 4
}

TEST(Config, ValidationNamesTheField) {
    Config c = presetConfig("coco");
    c.IMAGE_MAX_DIM = 1000;
    try {
        c.validate();
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("IMAGE_MAX_DIM"), std::string::npos);
    }
    c = presetConfig("coco");
    c.BACKBONE = "vgg";
    EXPECT_NE(c.problems().at(0).find("BACKBONE"), std::string::npos);
    c = presetConfig("coco");
    c.NUM_CLASSES = 1;
    EXPECT_NE(c.problems().at(0).find("NUM_CLASSES"), std::string::npos);
    c = presetConfig("coco");
    c.PRE_NMS_LIMIT = -3;
    EXPECT_NE(c.problems().at(0).find("PRE_NMS_LIMIT"), std::string::npos);
}

TEST(Config, JsonRoundTripKeepsEveryKey) {
    Config c = presetConfig("nucleus");
    c.unknownKeys["MY_EXTRA"] = "[1,2]";
    Config back = configFromJson(configToJson(c));
    EXPECT_EQ(configToJson(back), configToJson(c));
    EXPECT_EQ(back.MEAN_PIXEL[2], 48.22);
    EXPECT_EQ(back.unknownKeys.at("MY_EXTRA"), "[1,2]");
}

TEST(Config, MalformedJsonIsAClearError) {
    EXPECT_THROW(configFromJson("{"), ConfigError);
    EXPECT_THROW(configFromJson("[1]"), ConfigError);
    try {
        configFromJson(R"({"NUM_CLASSES": "four"})");
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("NUM_CLASSES"), std::string::npos);
    }
    EXPECT_THROW(configFromJson(R"({"NUM_CLASSES": 4, "IMAGE_META_SIZE": 13})"), ConfigError);
}

TEST(Config, LoadsTheReferenceRunConfigs) {
    auto path = test::dataDir() / "runs" / "shapes_micro.json";
    Config c = loadConfigFile(path.string());
    EXPECT_EQ(c.BACKBONE, "resnet50");
    EXPECT_DOUBLE_EQ(c.RESNET_WIDTH, 0.125);
    EXPECT_EQ(c.RPN_CONV_CHANNELS, 64);
    EXPECT_EQ(c.MASK_HEAD_CHANNELS, 32);
    EXPECT_FALSE(c.COMPUTE_BACKBONE_SHAPE.has_value());
    EXPECT_EQ(c.LOSS_WEIGHTS.size(), 5u);
    EXPECT_TRUE(c.unknownKeys.empty());
    EXPECT_NO_THROW(c.validate());
}

TEST(Config, LoadsEverySharedRunConfig) {
    MRCNN_REQUIRE_SHARED();
    for (auto& entry : std::filesystem::directory_iterator(test::sharedDir() / "reference/runs")) {
        if (entry.path().extension() != ".json")
            continue;
        Config c = loadConfigFile(entry.path().string());
        EXPECT_TRUE(c.unknownKeys.empty()) << entry.path();
        EXPECT_NO_THROW(c.validate()) << entry.path();
    }
}

TEST(Config, DisplayListsAttributesAlphabetically) {
    std::string text = displayConfig(presetConfig("coco"));
    EXPECT_EQ(text.rfind("\nConfigurations:\n", 0), 0u);
    auto a = text.find("BACKBONE                       resnet101");
    auto b = text.find("BACKBONE_STRIDES               [4, 8, 16, 32, 64]");
    auto m = text.find("MEAN_PIXEL                     [123.7 116.8 103.9]");
    auto s = text.find("IMAGE_SHAPE                    [1024 1024    3]");
    auto r = text.find("RPN_ANCHOR_SCALES              (32, 64, 128, 256, 512)");
    EXPECT_NE(a, std::string::npos);
    EXPECT_NE(b, std::string::npos);
    EXPECT_NE(m, std::string::npos);
    EXPECT_NE(s, std::string::npos);
    EXPECT_NE(r, std::string::npos);
    EXPECT_LT(a, b);
    EXPECT_NE(text.find("WEIGHT_DECAY                   0.0001"), std::string::npos);
}

// The coco preset names its 80 classes as the original's notebooks do (BG first, COCO
// category ids in ascending order), so detections read "person", not "class 1".
TEST(Config, CocoPresetCarriesTheEightyClassNames) {
    const Config coco = presetConfig("coco");
    ASSERT_EQ(coco.CLASS_NAMES.size(), 81u);
    EXPECT_EQ(coco.CLASS_NAMES.front(), "BG");
    EXPECT_EQ(coco.className(1), "person");
    EXPECT_EQ(coco.className(10), "traffic light");
    EXPECT_EQ(coco.className(40), "bottle");
    EXPECT_EQ(coco.className(62), "toilet");
    EXPECT_EQ(coco.className(63), "tv");
    EXPECT_EQ(coco.className(80), "toothbrush");
    EXPECT_NO_THROW(coco.validate());
    EXPECT_EQ(std::set<std::string>(coco.CLASS_NAMES.begin(), coco.CLASS_NAMES.end()).size(), 81u);
    // They travel with the config: JSON and display show them.
    EXPECT_EQ(configFromJson(configToJson(coco)).CLASS_NAMES, coco.CLASS_NAMES);
    EXPECT_EQ(configFieldRepr(coco, "CLASS_NAMES").rfind("['BG', 'person', 'bicycle'", 0), 0u);
}

TEST(Config, FieldReprIsTheDisplayValue) {
    const Config base = presetConfig("base");
    EXPECT_EQ(configFieldRepr(base, "RPN_ANCHOR_SCALES"), "(32, 64, 128, 256, 512)");
    EXPECT_EQ(configFieldRepr(base, "IMAGE_MIN_DIM"), "800");
    EXPECT_EQ(configFieldRepr(base, "CLASS_NAMES"), "[]");
    EXPECT_THROW(configFieldRepr(base, "IMAGE_MIN_DIMS"), ConfigError);
}
