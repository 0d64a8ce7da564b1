#include "data/annotation_lookup.h"

#include <gtest/gtest.h>

#include "data_test_util.h"

using namespace mrcnn;

namespace {
std::string cocoPath() {
    return (test::datasetsDir() / "coco/annotations/instances_val2017.json").string();
}
}  // namespace

// The image is matched by file name, wherever it was opened from.
TEST(AnnotationLookup, CocoImageFoundByFileName) {
    ImageAnnotation found = findImageAnnotation(cocoPath(), "/anywhere/000000453302.jpg");
    ASSERT_TRUE(found.instances.has_value());
    EXPECT_EQ(found.imagesInFile, 6);
    EXPECT_EQ(found.instances->count(), 7);
    EXPECT_EQ(found.instances->masks.dim(), 3);
    EXPECT_EQ(found.instances->masks.size(2), 7);
}

TEST(AnnotationLookup, ImageNotInTheFile) {
    ImageAnnotation found = findImageAnnotation(cocoPath(), "/anywhere/shapes_demo.png");
    EXPECT_FALSE(found.instances.has_value());
    EXPECT_EQ(found.imagesInFile, 6);
}

TEST(AnnotationLookup, UnreadableFileThrows) {
    test::ScratchDir dir("annotation_lookup");
    const std::string bad = dir.write("bad.json", "{\"neither\": 1}");
    EXPECT_THROW(findImageAnnotation(bad, "x.png"), DatasetError);
}
