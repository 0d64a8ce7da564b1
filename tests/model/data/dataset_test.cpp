#include "data/dataset.h"

#include <gtest/gtest.h>

using namespace mrcnn;

namespace {

class TwoSourceDataset : public Dataset {
public:
    TwoSourceDataset() {
        addClass("coco", 18, "dog, domestic dog");
        addClass("coco", 1, "person");
        addClass("coco", 18, "duplicate ignored");
        addClass("nucleus", 1, "nucleus");
        addImage({"coco", "42", "/x/42.jpg", 10, 20});
        addImage({"nucleus", "abc", "/y/abc.png", 0, 0});
        prepare();
    }
};

}  // namespace

TEST(DatasetCore, EmptyDatasetHasOnlyBackground) {
    Dataset ds;
    ds.prepare();
    EXPECT_EQ(ds.numClasses(), 1);
    EXPECT_EQ(ds.numImages(), 0);
    EXPECT_EQ(ds.classNames(), std::vector<std::string>{"BG"});
    EXPECT_TRUE(ds.imageIds().empty());
    EXPECT_EQ(ds.sourceClassIds(""), std::vector<int64_t>{0});
    EXPECT_EQ(ds.mapSourceClassId(".0"), 0);
    EXPECT_THROW(ds.loadImage(0), DatasetError);
    EXPECT_THROW(ds.loadMask(0), DatasetError);
}

TEST(DatasetCore, PrepareBuildsNamesAndMaps) {
    TwoSourceDataset ds;
    EXPECT_EQ(ds.numClasses(), 4);
    EXPECT_EQ(ds.classNames(), (std::vector<std::string>{"BG", "dog", "person", "nucleus"}));
    EXPECT_EQ(ds.classIds(), (std::vector<int64_t>{0, 1, 2, 3}));
    EXPECT_EQ(ds.mapSourceClassId("coco.18"), 1);
    EXPECT_EQ(ds.mapSourceClassId("coco.1"), 2);
    EXPECT_EQ(ds.mapSourceClassId("nucleus.1"), 3);
    EXPECT_EQ(ds.sourceClassId(1, "coco"), 18);
    EXPECT_EQ(ds.sourceClassId(3, "nucleus"), 1);
    EXPECT_THROW(ds.sourceClassId(3, "coco"), DatasetError);
    EXPECT_THROW(ds.sourceClassId(9, "coco"), DatasetError);
    EXPECT_THROW(ds.mapSourceClassId("coco.99"), DatasetError);
    EXPECT_EQ(ds.imageFromSource("nucleus.abc"), 1);
    EXPECT_THROW(ds.imageFromSource("nucleus.zzz"), DatasetError);
    EXPECT_EQ(ds.sources(), (std::vector<std::string>{"", "coco", "nucleus"}));
    EXPECT_EQ(ds.sourceClassIds("coco"), (std::vector<int64_t>{0, 1, 2}));
    EXPECT_EQ(ds.sourceImageLink(0), "/x/42.jpg");
    EXPECT_EQ(ds.imageReference(0), "");
    EXPECT_EQ(ds.imageInfo(0).height, 10);
}

TEST(DatasetCore, BaseLoadMaskIsTheOriginalsEmptyResult) {
    TwoSourceDataset ds;
    auto m = ds.loadMask(0);
    EXPECT_EQ(m.masks.sizes(), (std::vector<int64_t>{0, 0, 0}));
    EXPECT_EQ(m.masks.scalar_type(), torch::kBool);
    EXPECT_EQ(m.classIds.scalar_type(), torch::kInt32);
    EXPECT_EQ(m.count(), 0);
}

TEST(DatasetCore, RejectsDottedSourceAndUnpreparedLookups) {
    Dataset ds;
    EXPECT_THROW(ds.addClass("a.b", 1, "x"), DatasetError);
    ds.addClass("a", 1, "x");
    EXPECT_THROW(ds.mapSourceClassId("a.1"), DatasetError);  // not prepared yet
    ds.prepare();
    EXPECT_EQ(ds.mapSourceClassId("a.1"), 1);
}

TEST(DatasetCore, LoadImageOfMissingFileNamesFileAndRecord) {
    TwoSourceDataset ds;
    try {
        ds.loadImage(1);
        FAIL() << "expected DatasetError";
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), "/y/abc.png");
        EXPECT_EQ(e.record(), "image abc");
        EXPECT_NE(std::string(e.what()).find("not found"), std::string::npos);
    }
}

TEST(DatasetCore, StackMasksLayoutAndEmpty) {
    std::vector<std::vector<uint8_t>> planes = {{1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 7}};
    auto m = stackMasks(planes, 2, 3);
    EXPECT_EQ(m.sizes(), (std::vector<int64_t>{2, 3, 2}));
    EXPECT_TRUE(m[0][0][0].item<bool>());
    EXPECT_FALSE(m[0][0][1].item<bool>());
    EXPECT_TRUE(m[1][2][1].item<bool>());
    EXPECT_EQ(m.sum().item<int64_t>(), 2);
    auto none = stackMasks({}, 4, 5);
    EXPECT_EQ(none.sizes(), (std::vector<int64_t>{4, 5, 0}));
    EXPECT_THROW(stackMasks({{1, 2}}, 2, 3), DatasetError);
    EXPECT_EQ(makeClassIds({}).size(0), 0);
    EXPECT_EQ(makeClassIds({-3, 2})[0].item<int32_t>(), -3);
}
