#include "data/open_dataset.h"

#include <gtest/gtest.h>

#include "data/shapes_dataset.h"
#include "data_test_util.h"

using namespace mrcnn;

namespace {

// The reason of the DatasetError `spec` throws ("" when it does not throw one).
std::string specError(const std::string& spec) {
    try {
        openDataset(spec);
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), spec);
        return e.reason();
    }
    return "";
}

}  // namespace

TEST(OpenDataset, ShapesSpecDefaults) {
    const auto spec = parseShapesSpec("shapes:200");
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->count, 200);
    EXPECT_EQ(spec->size, 128);
    EXPECT_EQ(spec->seed, 1u);
    EXPECT_FALSE(parseShapesSpec("shapes.json").has_value());
    EXPECT_FALSE(parseShapesSpec("/data/shapes").has_value());
}

TEST(OpenDataset, ShapesSpecSizeAndSeed) {
    const auto full = parseShapesSpec("shapes:3x96@7");
    ASSERT_TRUE(full.has_value());
    EXPECT_EQ(full->count, 3);
    EXPECT_EQ(full->size, 96);
    EXPECT_EQ(full->seed, 7u);
    const auto seedOnly = parseShapesSpec("shapes:5@18446744073709551615");
    ASSERT_TRUE(seedOnly.has_value());
    EXPECT_EQ(seedOnly->size, 128);
    EXPECT_EQ(seedOnly->seed, 18446744073709551615ull);
}

TEST(OpenDataset, ShapesSpecBuildsTheSeededGenerator) {
    auto ds = openDataset("shapes:3x96@7");
    ASSERT_EQ(ds->format(), "shapes");
    EXPECT_EQ(ds->numImages(), 3);
    EXPECT_EQ(ds->classNames(), (std::vector<std::string>{"BG", "square", "circle", "triangle"}));
    // Same images as constructing the dataset directly with the same seed.
    ShapesDataset direct(3, 96, 96, 7);
    for (int64_t i = 0; i < 3; ++i) {
        const auto image = ds->loadImage(i);
        EXPECT_EQ(image.sizes(), (std::vector<int64_t>{96, 96, 3}));
        EXPECT_TRUE(torch::equal(image, direct.loadImage(i)));
        EXPECT_EQ(test::maskIndexSum(ds->loadMask(i).masks),
                  test::maskIndexSum(direct.loadMask(i).masks));
    }
    // The default seed is 1, so an explicit @1 gives the same set.
    auto a = openDataset("shapes:2");
    auto b = openDataset("shapes:2x128@1");
    EXPECT_TRUE(torch::equal(a->loadImage(1), b->loadImage(1)));
}

TEST(OpenDataset, BadShapesSpecsThrowClearErrors) {
    EXPECT_NE(specError("shapes:0").find("at least 1"), std::string::npos);
    EXPECT_NE(specError("shapes:").find("is not a number"), std::string::npos);
    EXPECT_NE(specError("shapes:abc").find("count \"abc\" is not a number"), std::string::npos);
    EXPECT_NE(specError("shapes:-3").find("is not a number"), std::string::npos);
    EXPECT_NE(specError("shapes:10x").find("no size after 'x'"), std::string::npos);
    EXPECT_NE(specError("shapes:10xbig").find("size \"big\" is not a number"), std::string::npos);
    EXPECT_NE(specError("shapes:10x64").find("at least 80 pixels"), std::string::npos);
    EXPECT_NE(specError("shapes:10x99999").find("too large"), std::string::npos);
    EXPECT_NE(specError("shapes:10@").find("no seed after '@'"), std::string::npos);
    EXPECT_NE(specError("shapes:10@7x128").find("seed \"7x128\" is not a number"),
              std::string::npos);
    EXPECT_NE(specError("shapes:99999999999").find("too large"), std::string::npos);
    // An absurd count is refused by the parser, before any spec is generated.
    EXPECT_NE(specError("shapes:2000000000").find("count 2000000000 is too large (at most 100000)"),
              std::string::npos);
    EXPECT_NE(specError("shapes:10x4097").find("size 4097 is too large (at most 4096)"),
              std::string::npos);
    EXPECT_THROW(ShapesDataset(kMaxShapesImages + 1, 128, 128, 1), DatasetError);
    EXPECT_NE(specError("shapes:10 ").find("is not a number"), std::string::npos);
}
