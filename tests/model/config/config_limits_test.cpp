#include "config/config_limits.h"

#include <gtest/gtest.h>

using namespace mrcnn;

namespace {

std::string loadError(const std::string& json) {
    try {
        configFromJson(json).validate();
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

TEST(ConfigLimits, PresetsAreWithinTheBounds) {
    for (const auto& name : presetNames())
        EXPECT_TRUE(presetConfig(name).problems().empty()) << name;
}

TEST(ConfigLimits, CountsOverTheBoundNameKeyValueAndLimit) {
    const std::string base = R"({"NUM_CLASSES": 2, )";
    EXPECT_EQ(loadError(base + R"("PRE_NMS_LIMIT": 1000000000})"),
              "invalid config: PRE_NMS_LIMIT: 1000000000 is more than the limit of 1000000 (a "
              "value this large would allocate gigabytes)");
    EXPECT_NE(
        loadError(base + R"("POST_NMS_ROIS_INFERENCE": 1e9})").find("POST_NMS_ROIS_INFERENCE"),
        std::string::npos);
    EXPECT_NE(loadError(base + R"("DETECTION_MAX_INSTANCES": 1000000})")
                  .find("DETECTION_MAX_INSTANCES: 1000000 is more than the limit of 5000"),
              std::string::npos);
    EXPECT_NE(loadError(base + R"("IMAGE_MAX_DIM": 65536})")
                  .find("IMAGE_MAX_DIM: 65536 is more than the limit of 4096"),
              std::string::npos);
    EXPECT_EQ(loadError(base + R"("PRE_NMS_LIMIT": 1000000})"), "");
    EXPECT_EQ(configUpperBound("PRE_NMS_LIMIT"), 1000000.0);
    EXPECT_FALSE(configUpperBound("LEARNING_RATE").has_value());
}

TEST(ConfigLimits, IntegersBeyondIntAreNotWrappedNegative) {
    const std::string msg = loadError(R"({"NUM_CLASSES": 2e10})");
    EXPECT_NE(msg.find("NUM_CLASSES: 20000000000.0 is out of range (at most 2147483647)"),
              std::string::npos)
        << msg;
    EXPECT_NE(loadError(R"({"NUM_CLASSES": 99999999999999999999})").find("out of range"),
              std::string::npos);
}

TEST(ConfigLimits, JsonProblemsNameThePosition) {
    const std::string msg = loadError("{\n  \"NUM_CLASSES\": 1e400\n}");
    EXPECT_NE(msg.find("line 2, column 18"), std::string::npos) << msg;
    EXPECT_NE(msg.find("number 1e400 is out of range"), std::string::npos) << msg;
    const std::string deep = loadError("{\"A\": " + std::string(100000, '[') + "}");
    EXPECT_NE(deep.find("nested deeper than 512"), std::string::npos) << deep;
}

}  // namespace
