// The config attribute leaves the Keras layout alone: the same root attributes plus
// mrcnn_config, the same groups and datasets with the same bytes, so the original's
// load_weights (which reads layer_names, weight_names and the datasets) still reads our files.

#include <gtest/gtest.h>
#include <hdf5.h>

#include <unistd.h>
#include <filesystem>
#include <set>

#include "support/test_paths.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

struct Layout {
    std::set<std::string> rootAttributes;
    std::set<std::string> objects;  // "g:<path>" or "d:<path>"
};

herr_t collectAttribute(hid_t, const char* name, const H5A_info_t*, void* out) {
    static_cast<Layout*>(out)->rootAttributes.insert(name);
    return 0;
}

// Every group and dataset under `group` (H5Iget_type, which every HDF5 version has).
void collectObjects(hid_t group, const std::string& prefix, Layout& out) {
    H5G_info_t info;
    ASSERT_GE(H5Gget_info(group, &info), 0);
    for (hsize_t i = 0; i < info.nlinks; ++i) {
        const ssize_t size =
            H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
        ASSERT_GT(size, 0);
        std::string name(static_cast<size_t>(size) + 1, '\0');
        H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(), name.size(),
                           H5P_DEFAULT);
        name.resize(static_cast<size_t>(size));
        const hid_t object = H5Oopen(group, name.c_str(), H5P_DEFAULT);
        ASSERT_GE(object, 0) << name;
        if (H5Iget_type(object) == H5I_GROUP) {
            out.objects.insert("g:" + prefix + name);
            collectObjects(object, prefix + name + "/", out);
        } else {
            out.objects.insert("d:" + prefix + name);
        }
        H5Oclose(object);
    }
}

Layout layoutOf(const std::string& path) {
    Layout layout;
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    EXPECT_GE(file, 0) << path;
    H5Aiterate2(file, H5_INDEX_NAME, H5_ITER_INC, nullptr, collectAttribute, &layout);
    collectObjects(file, "", layout);
    H5Fclose(file);
    return layout;
}

Config microConfig() {
    return loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
}

TEST(ConfigAttribute, OnlyAddsOneRootAttribute) {
    const fs::path dir =
        fs::temp_directory_path() / ("mrcnn_cfgattr_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const KerasWeightFile with = toKerasFile(initParams(microConfig(), 2), microConfig());
    KerasWeightFile without = with;
    without.configJson.clear();
    writeKerasWeights((dir / "with.h5").string(), with);
    writeKerasWeights((dir / "without.h5").string(), without);

    const Layout a = layoutOf((dir / "with.h5").string());
    const Layout b = layoutOf((dir / "without.h5").string());
    EXPECT_EQ(b.rootAttributes, (std::set<std::string>{"backend", "keras_version", "layer_names"}));
    EXPECT_EQ(a.rootAttributes,
              (std::set<std::string>{"backend", "keras_version", "layer_names", kConfigAttribute}));
    EXPECT_EQ(a.objects, b.objects);
    EXPECT_GT(a.objects.size(), 200u);

    // The attribute is the config's JSON and reads back; every tensor is the same.
    const KerasWeightFile readA = readKerasWeights((dir / "with.h5").string());
    const KerasWeightFile readB = readKerasWeights((dir / "without.h5").string());
    EXPECT_EQ(configToJson(configFromJson(readA.configJson)), configToJson(microConfig()));
    EXPECT_TRUE(readB.configJson.empty());
    ASSERT_EQ(readA.layers.size(), readB.layers.size());
    for (size_t i = 0; i < readA.layers.size(); ++i) {
        ASSERT_EQ(readA.layers[i].name, readB.layers[i].name);
        ASSERT_EQ(readA.layers[i].weights.size(), readB.layers[i].weights.size());
        for (size_t j = 0; j < readA.layers[i].weights.size(); ++j)
            EXPECT_TRUE(
                torch::equal(readA.layers[i].weights[j].value, readB.layers[i].weights[j].value));
    }
    fs::remove_all(dir);
}

TEST(ConfigAttribute, ATooBigConfigIsRefusedBeforeAnythingIsWritten) {
    const fs::path out =
        fs::temp_directory_path() / ("mrcnn_big_" + std::to_string(::getpid()) + ".h5");
    KerasWeightFile file = toKerasFile(initParams(microConfig(), 2), microConfig());
    file.configJson = std::string(70000, ' ');
    try {
        writeKerasWeights(out.string(), file);
        FAIL() << "an attribute over HDF5's limit was written";
    } catch (const WeightsError& e) {
        EXPECT_NE(std::string(e.what()).find("mrcnn_config"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace mrcnn
