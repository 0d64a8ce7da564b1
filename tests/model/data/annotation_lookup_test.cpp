#include "data/annotation_lookup.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

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

namespace {
// The names of the instances' classes, through the annotation's own class names.
std::set<std::string> instanceClassNames(const ImageAnnotation& found) {
    std::set<std::string> names;
    auto ids = found.instances->classIds.to(torch::kLong);
    for (int64_t i = 0; i < ids.size(0); ++i)
        names.insert(found.classNames.at(size_t(std::abs(ids[i].item<int64_t>()))));
    return names;
}
}  // namespace

// COCO: the category names, not the model's and not "class 40".
TEST(AnnotationLookup, CocoNamesAreTheCategories) {
    ImageAnnotation found = findImageAnnotation(cocoPath(), "/anywhere/000000453302.jpg");
    ASSERT_TRUE(found.instances.has_value());
    ASSERT_EQ(found.classNames.size(), 81u);
    EXPECT_EQ(found.classNames[0], "BG");
    EXPECT_EQ(found.classNames[1], "person");
    EXPECT_EQ(found.classNames[80], "toothbrush");
    EXPECT_EQ(
        instanceClassNames(found),
        (std::set<std::string>{"bottle", "chair", "microwave", "toaster", "sink", "refrigerator"}));
}

// VIA: the values of the class attribute, in first-appearance order.
TEST(AnnotationLookup, ViaNamesAreTheClassAttributeValues) {
    const auto dir = test::datasetsDir() / "via_rice";
    ImageAnnotation found = findImageAnnotation((dir / "via_region_data.json").string(),
                                                (dir / "Brown_spot1.jpg").string());
    ASSERT_TRUE(found.instances.has_value());
    EXPECT_EQ(found.classNames,
              (std::vector<std::string>{"BG", "bacteria", "brown_spot", "leaf_smut"}));
    EXPECT_EQ(instanceClassNames(found), (std::set<std::string>{"brown_spot"}));
}

// Mask folders: the folder's one class.
TEST(AnnotationLookup, MaskFolderNameIsItsClass) {
    const auto root = test::datasetsDir() / "nucleus/stage1_train";
    const std::string id = "abd8dde78f8d37b68b28da67459371ed65f0a575523e94bc4ecbc88e6fedf0d0";
    ImageAnnotation found =
        findImageAnnotation(root.string(), (root / id / "images" / (id + ".png")).string());
    ASSERT_TRUE(found.instances.has_value());
    EXPECT_EQ(found.classNames, (std::vector<std::string>{"BG", "nucleus"}));
    EXPECT_EQ(instanceClassNames(found), (std::set<std::string>{"nucleus"}));
}

// xBD: the damage classes; a pre-disaster building is no-damage.
TEST(AnnotationLookup, XbdNamesAreTheDamageClasses) {
    const auto labels = test::datasetsDir() / "xbd/labels";
    for (const auto& label : {labels / "joplin-tornado_00000050_pre_disaster.json", labels}) {
        SCOPED_TRACE(label.string());
        ImageAnnotation found =
            findImageAnnotation(label.string(), "/x/joplin-tornado_00000050_pre_disaster.png");
        ASSERT_TRUE(found.instances.has_value());
        EXPECT_EQ(found.classNames.size(), 6u);
        EXPECT_EQ(instanceClassNames(found), (std::set<std::string>{"no-damage"}));
    }
}

// One read answers for every image of the folder; an image the file does not mention is
// reported as such.
TEST(AnnotationLookup, IndexAnswersForEveryImage) {
    AnnotationIndex index(cocoPath(), "/images");
    EXPECT_EQ(index.dataset().numImages(), 6);
    EXPECT_TRUE(index.contains("/somewhere/000000255165.jpg"));
    EXPECT_FALSE(index.contains("/somewhere/shapes_demo.png"));
    ImageAnnotation a = index.find("/a/000000255165.jpg");
    ImageAnnotation b = index.find("/b/000000034417.jpg");
    ASSERT_TRUE(a.instances && b.instances);
    EXPECT_EQ(a.instances->count(), 23);
    EXPECT_EQ(b.instances->masks.size(0), 375);
    EXPECT_FALSE(index.find("/a/other.jpg").instances.has_value());
    auto paths = index.imagePaths();
    ASSERT_EQ(paths.size(), 6u);
    EXPECT_EQ(std::filesystem::path(paths[0]).parent_path().string(), "/images");
}
