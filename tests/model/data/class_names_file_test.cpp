#include "data/class_names_file.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "data/annotation_lookup.h"
#include "data/open_dataset.h"
#include "data_test_util.h"

using namespace mrcnn;
namespace fs = std::filesystem;

TEST(ClassNamesFile, OneNamePerLineBgOptional) {
    test::ScratchDir dir("names_file");
    EXPECT_EQ(
        readClassNamesFile(dir.write("a.txt", "# rice diseases\nbacteria\n\n brown_spot \r\n")),
        (std::vector<std::string>{"BG", "bacteria", "brown_spot"}));
    EXPECT_EQ(readClassNamesFile(dir.write("b.txt", "BG\ncell\n")),
              (std::vector<std::string>{"BG", "cell"}));
}

TEST(ClassNamesFile, ErrorsNameFileAndLine) {
    test::ScratchDir dir("names_file_bad");
    try {
        readClassNamesFile(dir.write("dup.txt", "cat\ndog\ncat\n"));
        ADD_FAILURE() << "no error";
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("dup.txt: line 3: class name 'cat' given twice"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW(readClassNamesFile(dir.write("empty.txt", "# nothing\n")), DatasetError);
    EXPECT_THROW(readClassNamesFile((dir.path() / "missing.txt").string()), DatasetError);
}

// classes.txt inside a mask folder names its one class; the wrong count is an error.
TEST(ClassNamesFile, OpenDatasetAppliesClassesTxt) {
    test::ScratchDir dir("names_mask_folder");
    const fs::path root = dir.path() / "stage1_train";
    fs::copy(test::datasetsDir() / "nucleus/stage1_train", root, fs::copy_options::recursive);
    dir.write("stage1_train/classes.txt", "cell\n");
    auto ds = openDataset(root.string());
    EXPECT_EQ(ds->classNames(), (std::vector<std::string>{"BG", "cell"}));
    EXPECT_EQ(ds->classInfo()[1].name, "cell");
    EXPECT_EQ(ds->mapSourceClassId("nucleus.1"), 1);  // the maps stay

    const std::string id = "abd8dde78f8d37b68b28da67459371ed65f0a575523e94bc4ecbc88e6fedf0d0";
    ImageAnnotation found =
        findImageAnnotation(root.string(), (root / id / "images" / (id + ".png")).string());
    EXPECT_EQ(found.classNames, (std::vector<std::string>{"BG", "cell"}));

    dir.write("stage1_train/classes.txt", "cell\nblob\n");
    try {
        openDataset(root.string());
        ADD_FAILURE() << "no error";
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("classes.txt: names 2 classes, but the annotation "
                                             "has 1"),
                  std::string::npos)
            << e.what();
    }
}
