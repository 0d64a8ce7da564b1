#include "weights/weight_finite.h"

#include <gtest/gtest.h>

#include <limits>

#include "support/test_paths.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

const KerasWeightFile& microFile() {
    static const KerasWeightFile f =
        readKerasWeights(test::dataDir() / "runs" / "shapes_micro_seed3.h5");
    return f;
}

// A copy with NaN written into `count` values of the first weight of `layer` (and one Inf).
KerasWeightFile poisoned(const std::string& layer, int count) {
    KerasWeightFile f = microFile();
    for (auto& l : f.layers) {
        if (l.name != layer)
            continue;
        torch::Tensor v = l.weights.at(0).value.clone();
        auto flat = v.view({-1});
        for (int i = 0; i < count; ++i)
            flat[i] = std::numeric_limits<float>::quiet_NaN();
        flat[count] = std::numeric_limits<float>::infinity();
        l.weights[0].value = v;
    }
    return f;
}

TEST(WeightFinite, CleanFileHasNone) {
    EXPECT_TRUE(nonFiniteTensors(microFile()).empty());
    EXPECT_EQ(describeNonFinite({}), "");
}

TEST(WeightFinite, CountsAndNamesTheTensors) {
    const auto bad = nonFiniteTensors(poisoned("conv1", 3));
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(bad[0].name, "conv1/conv1/kernel:0");
    EXPECT_EQ(bad[0].nan, 3);
    EXPECT_EQ(bad[0].inf, 1);
    EXPECT_EQ(describeNonFinite(bad).rfind("1 tensor holds NaN/Inf values: conv1/conv1/kernel:0 "
                                           "(3 NaN, 1 Inf of ",
                                           0),
              0u)
        << describeNonFinite(bad);
    std::vector<NonFiniteTensor> many(7, bad[0]);
    EXPECT_NE(describeNonFinite(many, 2).find(" and 5 more"), std::string::npos);
}

TEST(WeightFinite, LoaderRefusesUnlessAllowedOrExcluded) {
    const Config config = loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
    const KerasWeightFile f = poisoned("mrcnn_class_logits", 2);
    LoadReport report;
    try {
        loadParams(f, config, report);
        FAIL();
    } catch (const WeightsError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("shapes_micro_seed3.h5"), std::string::npos) << msg;
        EXPECT_NE(msg.find("mrcnn_class_logits/mrcnn_class_logits/kernel:0 (2 NaN, 1 Inf"),
                  std::string::npos)
            << msg;
    }
    LoadOptions allow;
    allow.allowNonFinite = true;
    EXPECT_NO_THROW(loadParams(f, config, report, allow));
    EXPECT_EQ(report.nonFinite.size(), 1u);
    LoadOptions exclude;
    exclude.exclude = {"mrcnn_class_logits"};
    EXPECT_NO_THROW(loadParams(f, config, report, exclude));
    EXPECT_TRUE(report.nonFinite.empty());
}

TEST(WeightFinite, DeclaredSizesAreCheckedBeforeReading) {
    const auto dir = test::dataDir() / "hostile" / "limits";
    try {
        readKerasWeights(dir / "declared_2pow40.h5");
        FAIL();
    } catch (const WeightsError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("declared_2pow40.h5: dataset 'mrcnn_class_logits/mrcnn_class_logits/"
                           "kernel:0' declares shape [1048576, 1048576]"),
                  std::string::npos)
            << msg;
        EXPECT_NE(msg.find("absurd"), std::string::npos) << msg;
    }
    try {
        readKerasWeights(dir / "declared_beyond_file.h5");
        FAIL();
    } catch (const WeightsError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("declares shape [10000, 10000] = 400000000 bytes, but the file has "
                           "only 3840 bytes"),
                  std::string::npos)
            << msg;
    }
}

}  // namespace
}  // namespace mrcnn
