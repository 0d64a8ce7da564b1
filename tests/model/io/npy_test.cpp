#include "io/npy.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "io/npy_torch.h"
#include "support/test_paths.h"

using namespace mrcnn;

TEST(Npy, RoundTripThroughNpz) {
    auto dir = std::filesystem::temp_directory_path();
    auto path = (dir / "mrcnn_npy_roundtrip.npz").string();
    auto f = makeNpy<float>({2, 3}, {1, 2, 3, 4, 5, 6.5f});
    auto b = makeNpy<bool>({3}, {true, false, true});
    writeNpz(path, {{"f", f}, {"b", b}, {"s", npyFromString("héllo")}});
    auto back = readNpzMap(path);
    ASSERT_EQ(back.size(), 3u);
    EXPECT_EQ(back["f"].dtype, "<f4");
    EXPECT_EQ(back["f"].shape, (std::vector<int64_t>{2, 3}));
    EXPECT_EQ(npyValues<float>(back["f"])[5], 6.5f);
    EXPECT_EQ(back["b"].dtype, "|b1");
    EXPECT_EQ(npyToString(back["s"]), "héllo");
    auto t = npyToTensor(back["f"]);
    EXPECT_EQ(t.size(1), 3);
    EXPECT_FLOAT_EQ(t[1][2].item<float>(), 6.5f);
    std::filesystem::remove(path);
}

TEST(Npy, ReadsTheReferenceRun) {
    auto run = readNpzMap((test::dataDir() / "runs/shapes_micro_seed3_shapes001.npz").string());
    ASSERT_TRUE(run.count("anchors"));
    EXPECT_EQ(run["anchors"].shape, (std::vector<int64_t>{1, 4092, 4}));
    EXPECT_EQ(run["anchors"].dtype, "<f4");
    EXPECT_EQ(run["post_nms_anchor_ix"].dtype, "<i4");
    std::string config = npyToString(run["config_json"]);
    EXPECT_NE(config.find("\"BACKBONE\""), std::string::npos);
}

TEST(Npy, RejectsGarbage) {
    EXPECT_THROW(parseNpy("not numpy"), NpyError);
    std::string truncated = serializeNpy(makeNpy<float>({4}, {1, 2, 3, 4}));
    truncated.resize(truncated.size() - 3);
    EXPECT_THROW(parseNpy(truncated), NpyError);
    EXPECT_THROW(readNpz("/nonexistent/file.npz"), NpyError);
}
