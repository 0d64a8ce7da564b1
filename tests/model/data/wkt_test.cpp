#include "data/wkt.h"

#include <gtest/gtest.h>

using namespace mrcnn;

TEST(DatasetWkt, PolygonWithBareIntegersAndDecimals) {
    auto p = parseWktPolygons("POLYGON ((0 1.5, 1024 2, 10.25 1024, 0 1.5))");
    ASSERT_EQ(p.size(), 1u);
    ASSERT_EQ(p[0].size(), 1u);
    EXPECT_EQ(p[0][0].xs, (std::vector<double>{0, 1024, 10.25, 0}));
    EXPECT_EQ(p[0][0].ys, (std::vector<double>{1.5, 2, 1024, 1.5}));
}

TEST(DatasetWkt, HolesAndMultiPolygons) {
    auto p = parseWktPolygons(
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1)), ((20 20, 30 20, 30 30)))");
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].size(), 2u);
    EXPECT_EQ(p[1].size(), 1u);
    EXPECT_EQ(p[1][0].xs.size(), 3u);
    auto lower = parseWktPolygons("polygon((0 0,1 0,1 1))");
    EXPECT_EQ(lower.size(), 1u);
}

TEST(DatasetWkt, EmptyGeometries) {
    EXPECT_TRUE(parseWktPolygons("POLYGON EMPTY").empty());
    EXPECT_TRUE(parseWktPolygons("MULTIPOLYGON EMPTY").empty());
}

TEST(DatasetWkt, MalformedTextThrows) {
    EXPECT_THROW(parseWktPolygons(""), WktError);
    EXPECT_THROW(parseWktPolygons("POINT (1 2)"), WktError);
    EXPECT_THROW(parseWktPolygons("POLYGON ((0 0, 1 0, 1 1)"), WktError);
    EXPECT_THROW(parseWktPolygons("POLYGON ((0 0, 1 0, 1))"), WktError);  // odd coordinate count
    EXPECT_THROW(parseWktPolygons("POLYGON ((0 0, 1 1))"), WktError);     // fewer than 3 points
    EXPECT_THROW(parseWktPolygons("POLYGON ((0 0, 1 0, 1 1)) x"), WktError);
    EXPECT_THROW(parseWktPolygons("POLYGON ((0 0, nan 0, 1 1))"), WktError);
    try {
        parseWktPolygons("POLYGON ((0 0, 1 0, x 1))");
        FAIL();
    } catch (const WktError& e) {
        EXPECT_NE(std::string(e.what()).find("character 21"), std::string::npos) << e.what();
    }
}
