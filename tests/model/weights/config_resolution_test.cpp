// `--config auto`: the stored attribute first, then a JSON beside the weights, then inference
// from the layers with every guessed value named.

#include "weights/config_resolution.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "pipeline/model.h"
#include "support/test_paths.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

Config microConfig() {
    return loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
}

std::string guessedValue(const ConfigResolution& r, const std::string& field) {
    for (const auto& g : r.guessed)
        if (g.field == field)
            return g.value;
    return "(not guessed)";
}

class ConfigResolutionTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("mrcnn_resolve_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    // A random micro model written as this project writes it; `bare` drops the attribute,
    // as a third-party file would be.
    std::string writeWeights(const std::string& name, bool bare) const {
        KerasWeightFile file = toKerasFile(initParams(microConfig(), 5), microConfig());
        if (bare)
            file.configJson.clear();
        writeKerasWeights(path(name), file);
        return path(name);
    }
    void writeText(const std::string& name, const std::string& text) const {
        std::ofstream(path(name)) << text;
    }
    fs::path m_dir;
};

TEST_F(ConfigResolutionTest, TheStoredAttributeComesFirst) {
    const std::string w = writeWeights("w.h5", false);
    Config other = microConfig();
    other.IMAGE_MIN_DIM = other.IMAGE_MAX_DIM = 256;
    saveConfigFile(other, path("w.json"));  // a JSON beside does not override the file's own
    const KerasWeightFile file = readKerasWeights(w);
    EXPECT_FALSE(file.configJson.empty());
    const ConfigResolution r = resolveWeightsConfig(w, file, presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::WeightsAttribute);
    EXPECT_EQ(r.origin, w);
    EXPECT_EQ(configToJson(r.config), configToJson(microConfig()));
    EXPECT_TRUE(r.guessed.empty());
    EXPECT_TRUE(r.inferred.empty());
}

TEST_F(ConfigResolutionTest, AJsonBesideTheWeightsComesNext) {
    const std::string w = writeWeights("ckpt_0003.h5", true);
    Config stem = microConfig();
    stem.IMAGE_MIN_DIM = stem.IMAGE_MAX_DIM = 192;
    stem.CLASS_NAMES = {"BG", "a", "b", "c"};
    saveConfigFile(stem, path("ckpt_0003.json"));
    Config train = microConfig();
    train.IMAGE_MIN_DIM = train.IMAGE_MAX_DIM = 256;
    saveConfigFile(train, path("config.json"));

    const KerasWeightFile file = readKerasWeights(w);
    ConfigResolution r = resolveWeightsConfig(w, file, presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::SidecarJson);
    EXPECT_EQ(r.origin, path("ckpt_0003.json"));  // <stem>.json before config.json
    EXPECT_EQ(r.config.IMAGE_MIN_DIM, 192);
    EXPECT_EQ(r.config.CLASS_NAMES, stem.CLASS_NAMES);
    EXPECT_TRUE(r.guessed.empty());

    fs::remove(path("ckpt_0003.json"));
    r = resolveWeightsConfig(w, file, presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::SidecarJson);
    EXPECT_EQ(r.origin, path("config.json"));  // as `mrcnn train` writes it
    EXPECT_EQ(r.config.IMAGE_MIN_DIM, 256);
    EXPECT_EQ(r.config.RPN_ANCHOR_SCALES, (std::vector<double>{8, 16, 32, 64, 128}));
}

TEST_F(ConfigResolutionTest, APartialJsonNamesWhatItLeftToTheDefaults) {
    const std::string w = writeWeights("w.h5", true);
    writeText("config.json",
              R"({"NAME": "x", "BACKBONE": "resnet50", "NUM_CLASSES": 4, "RESNET_WIDTH": 0.125,
                  "TOP_DOWN_PYRAMID_SIZE": 32, "FPN_CLASSIF_FC_LAYERS_SIZE": 128,
                  "RPN_CONV_CHANNELS": 64, "MASK_HEAD_CHANNELS": 32, "IMAGE_MIN_DIM": 128,
                  "IMAGE_MAX_DIM": 128})");
    const ConfigResolution r = resolveWeightsConfig(w, readKerasWeights(w), presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::SidecarJson);
    EXPECT_EQ(guessedValue(r, "IMAGE_MIN_DIM"), "(not guessed)");
    EXPECT_EQ(guessedValue(r, "RPN_ANCHOR_SCALES"), "(32, 64, 128, 256, 512)");
    EXPECT_EQ(guessedValue(r, "DETECTION_MIN_CONFIDENCE"), "0.7");
    EXPECT_EQ(guessedValue(r, "CLASS_NAMES"), "(not guessed)");  // none given is no guess
    EXPECT_EQ(r.guessed.size(), fieldsNotInWeights().size() - 3);
}

TEST_F(ConfigResolutionTest, ABareFileIsInferredAndEveryGuessIsNamed) {
    const std::string w = writeWeights("third_party.h5", true);
    writeText("third_party.json", R"({"images": [], "annotations": []})");  // not a config
    const ConfigResolution r = resolveWeightsConfig(w, readKerasWeights(w), presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::Inferred);
    EXPECT_EQ(r.origin, w);
    ASSERT_EQ(r.ignoredJson.size(), 1u);
    EXPECT_NE(r.ignoredJson[0].find("third_party.json"), std::string::npos);
    EXPECT_NE(r.ignoredJson[0].find("no config key"), std::string::npos);

    // What the layers show is inferred, with the micro model's values.
    EXPECT_EQ(r.config.BACKBONE, "resnet50");
    EXPECT_EQ(r.config.NUM_CLASSES, 4);
    EXPECT_EQ(r.config.RESNET_WIDTH, 0.125);
    EXPECT_EQ(r.inferred, (std::vector<std::string>{"BACKBONE", "NUM_CLASSES", "RESNET_WIDTH",
                                                    "IMAGE_CHANNEL_COUNT", "TOP_DOWN_PYRAMID_SIZE",
                                                    "FPN_CLASSIF_FC_LAYERS_SIZE", "POOL_SIZE",
                                                    "RPN_CONV_CHANNELS", "MASK_HEAD_CHANNELS"}));
    // Everything else a run depends on is a guess, with the value used.
    ASSERT_EQ(r.guessed.size(), fieldsNotInWeights().size());
    EXPECT_EQ(guessedValue(r, "IMAGE_RESIZE_MODE"), "square");
    EXPECT_EQ(guessedValue(r, "IMAGE_MIN_DIM"), "800");
    EXPECT_EQ(guessedValue(r, "IMAGE_MAX_DIM"), "1024");
    EXPECT_EQ(guessedValue(r, "RPN_ANCHOR_SCALES"), "(32, 64, 128, 256, 512)");
    EXPECT_EQ(guessedValue(r, "DETECTION_MIN_CONFIDENCE"), "0.7");
    EXPECT_EQ(guessedValue(r, "CLASS_NAMES"), "[]");
    EXPECT_EQ(guessedValue(r, "NUM_CLASSES"), "(not guessed)");
    EXPECT_TRUE(r.wasGuessed("MEAN_PIXEL"));
    EXPECT_FALSE(r.wasGuessed("BACKBONE"));
}

TEST_F(ConfigResolutionTest, LayersAFileLacksAreGuessesToo) {
    KerasWeightFile file = toKerasFile(initParams(microConfig(), 5), microConfig());
    file.configJson.clear();
    file.layers.erase(
        std::remove_if(file.layers.begin(), file.layers.end(),
                       [](const KerasLayer& l) { return l.name.rfind("mrcnn_mask", 0) == 0; }),
        file.layers.end());
    writeKerasWeights(path("detector.h5"), file);
    const ConfigResolution r =
        resolveWeightsConfig(path("detector.h5"), file, presetConfig("base"));
    EXPECT_EQ(guessedValue(r, "MASK_HEAD_CHANNELS"), "256");
    EXPECT_EQ(r.guessed.size(), fieldsNotInWeights().size() + 1);
}

TEST_F(ConfigResolutionTest, ADamagedAttributeIsAnErrorNamingTheFile) {
    KerasWeightFile file = toKerasFile(initParams(microConfig(), 5), microConfig());
    file.configJson = "{\"NUM_CLASSES\": \"four\"}";
    writeKerasWeights(path("broken.h5"), file);
    try {
        resolveWeightsConfig(path("broken.h5"), readKerasWeights(path("broken.h5")),
                             presetConfig("base"));
        FAIL() << "a damaged attribute was accepted";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("broken.h5"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("mrcnn_config"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("NUM_CLASSES"), std::string::npos) << e.what();
    }
}

TEST_F(ConfigResolutionTest, ModelLoadWithoutAConfigResolvesAndRunsOneImageAtATime) {
    Config training = microConfig();
    training.IMAGES_PER_GPU = 8;
    training.IMAGE_MIN_DIM = training.IMAGE_MAX_DIM = 192;
    KerasWeightFile file = toKerasFile(initParams(training, 5), training);
    writeKerasWeights(path("ckpt.h5"), file);
    ConfigResolution r;
    const Model model = Model::load(path("ckpt.h5"), std::nullopt, &r);
    EXPECT_EQ(r.source, ConfigSource::WeightsAttribute);
    EXPECT_EQ(model.config().IMAGE_MIN_DIM, 192);
    EXPECT_EQ(model.config().IMAGES_PER_GPU, 1);
    EXPECT_EQ(model.config().RPN_ANCHOR_SCALES, training.RPN_ANCHOR_SCALES);
}

TEST(ConfigResolution, SidecarPathsAreTheStemThenConfigJson) {
    EXPECT_EQ(sidecarConfigPaths("/runs/a/mask_rcnn_x_0004.h5"),
              (std::vector<std::string>{"/runs/a/mask_rcnn_x_0004.json", "/runs/a/config.json"}));
    EXPECT_EQ(sidecarConfigPaths("/runs/config.h5"),
              (std::vector<std::string>{"/runs/config.json"}));
}

// The demo model carries resources/demo/shapes.json: no guesses on the first command.
TEST(ConfigResolution, TheDemoModelCarriesItsConfig) {
    const fs::path demo = test::dataDir() / ".." / ".." / "resources" / "demo";
    const std::string weights = (demo / "shapes.h5").string();
    const KerasWeightFile file = readKerasWeights(weights);
    const ConfigResolution r = resolveWeightsConfig(weights, file, presetConfig("base"));
    EXPECT_EQ(r.source, ConfigSource::WeightsAttribute);
    EXPECT_TRUE(r.guessed.empty());
    EXPECT_EQ(configToJson(r.config), configToJson(loadConfigFile(demo / "shapes.json")));
}

}  // namespace
}  // namespace mrcnn
