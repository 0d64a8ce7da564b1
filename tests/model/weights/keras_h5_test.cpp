#include "weights/keras_h5.h"

#include <gtest/gtest.h>
#include <hdf5.h>

#include <unistd.h>
#include <filesystem>

#include <fstream>

#include "io/atomic_file.h"
#include "support/test_paths.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

fs::path microFile() {
    return test::dataDir() / "runs" / "shapes_micro_seed3.h5";
}

// A scratch directory removed after each test.
class KerasH5Test : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("mrcnn_h5_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    fs::path m_dir;
};

std::string errorOf(const std::string& path) {
    try {
        readKerasWeights(path);
    } catch (const WeightsError& e) {
        return e.what();
    }
    return "";
}

// Files made with the raw C API, for the forms our writer does not produce.
struct RawFile {
    explicit RawFile(const std::string& path)
        : id(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT)) {}
    ~RawFile() { H5Fclose(id); }
    hid_t id;
};

void writeVarStrings(hid_t obj, const char* name, std::vector<const char*> values) {
    if (values.empty()) {  // as h5py stores an empty list: float64, zero elements
        hsize_t zero = 0;
        const double unused = 0;
        hid_t space = H5Screate_simple(1, &zero, nullptr);
        hid_t attr = H5Acreate2(obj, name, H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(attr, H5T_NATIVE_DOUBLE, &unused);
        H5Aclose(attr);
        H5Sclose(space);
        return;
    }
    hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    hsize_t n = values.size();
    hid_t space = H5Screate_simple(1, &n, nullptr);
    hid_t attr = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attr, type, values.data());
    H5Aclose(attr);
    H5Sclose(space);
    H5Tclose(type);
}

void writeDataset(hid_t group, const char* name, hid_t fileType, hid_t memType, const void* data,
                  hsize_t n) {
    hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(lcpl, 1);
    hid_t space = H5Screate_simple(1, &n, nullptr);
    hid_t d = H5Dcreate2(group, name, fileType, space, lcpl, H5P_DEFAULT, H5P_DEFAULT);
    H5Dwrite(d, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data);
    H5Dclose(d);
    H5Sclose(space);
    H5Pclose(lcpl);
}

TEST_F(KerasH5Test, ReadsTheMicroRunFile) {
    const KerasWeightFile f = readKerasWeights(microFile());
    EXPECT_EQ(f.layers.size(), 236u);
    EXPECT_EQ(f.kerasVersion, "2.0.8");
    EXPECT_EQ(f.backend, "tensorflow");
    EXPECT_FALSE(f.fullModel);
    EXPECT_EQ(f.layers.front().name, "input_image");
    EXPECT_EQ(f.layers.back().name, "mrcnn_mask_loss");
    const KerasLayer* conv1 = f.find("conv1");
    ASSERT_NE(conv1, nullptr);
    ASSERT_EQ(conv1->weights.size(), 2u);
    EXPECT_EQ(conv1->weights[0].name, "conv1/kernel:0");
    EXPECT_EQ(conv1->weights[1].name, "conv1/bias:0");
    const auto& k = conv1->weights[0].value;
    EXPECT_EQ(k.sizes().vec(), (std::vector<int64_t>{7, 7, 3, 8}));
    EXPECT_EQ(k.scalar_type(), torch::kFloat32);
    // Values as h5py reads them.
    EXPECT_FLOAT_EQ(k[0][0][0][0].item<float>(), 0.0037196507f);
    EXPECT_FLOAT_EQ(k[6][5][2][7].item<float>(), -0.0009983374f);
    EXPECT_FLOAT_EQ(k[1][2][1][3].item<float>(), -0.00023030292f);
    EXPECT_FLOAT_EQ(f.find("bn_conv1")->weights[3].value[1].item<float>(), 1.0450844f);
    const KerasLayer* rpn = f.find("rpn_model");
    ASSERT_NE(rpn, nullptr);
    ASSERT_EQ(rpn->weights.size(), 6u);
    EXPECT_EQ(rpn->weights[2].name, "rpn_class_raw/kernel:0");
    EXPECT_FLOAT_EQ(rpn->weights[2].value[0][0][10][4].item<float>(), 0.20976934f);
    EXPECT_TRUE(f.find("activation_1")->weights.empty());
    EXPECT_EQ(f.find("no_such_layer"), nullptr);
}

TEST_F(KerasH5Test, WriteThenReadGivesTheSameFile) {
    const KerasWeightFile f = readKerasWeights(microFile());
    writeKerasWeights(path("copy.h5"), f);
    const KerasWeightFile g = readKerasWeights(path("copy.h5"));
    ASSERT_EQ(g.layers.size(), f.layers.size());
    EXPECT_EQ(g.kerasVersion, "2.0.8");
    EXPECT_EQ(g.backend, "tensorflow");
    for (size_t i = 0; i < f.layers.size(); ++i) {
        ASSERT_EQ(g.layers[i].name, f.layers[i].name);
        ASSERT_EQ(g.layers[i].weights.size(), f.layers[i].weights.size());
        for (size_t k = 0; k < f.layers[i].weights.size(); ++k) {
            EXPECT_EQ(g.layers[i].weights[k].name, f.layers[i].weights[k].name);
            EXPECT_TRUE(torch::equal(g.layers[i].weights[k].value, f.layers[i].weights[k].value));
        }
    }
}

TEST_F(KerasH5Test, WritesH5pyCompatibleAttributes) {
    KerasWeightFile f;
    f.layers = {{"input_image", {}}, {"dense", {{"dense/kernel:0", torch::ones({2, 3})}}}};
    writeKerasWeights(path("a.h5"), f);
    hid_t file = H5Fopen(path("a.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    hid_t attr = H5Aopen(file, "layer_names", H5P_DEFAULT);
    hid_t type = H5Aget_type(attr);
    EXPECT_EQ(H5Tget_class(type), H5T_STRING);
    EXPECT_EQ(H5Tget_size(type), 11u);  // |S11 like numpy's array of the names
    EXPECT_EQ(H5Tget_strpad(type), H5T_STR_NULLPAD);
    H5Tclose(type);
    H5Aclose(attr);
    hid_t empty = H5Aopen_by_name(file, "input_image", "weight_names", H5P_DEFAULT, H5P_DEFAULT);
    hid_t space = H5Aget_space(empty);
    EXPECT_EQ(H5Sget_simple_extent_npoints(space), 0);
    H5Sclose(space);
    H5Aclose(empty);
    // Nested groups from the '/' in the weight name.
    EXPECT_GT(H5Lexists(file, "dense/dense", H5P_DEFAULT), 0);
    H5Fclose(file);
}

TEST_F(KerasH5Test, EmptyFileRoundTrips) {
    writeKerasWeights(path("empty.h5"), KerasWeightFile{});
    const KerasWeightFile g = readKerasWeights(path("empty.h5"));
    EXPECT_TRUE(g.layers.empty());
    EXPECT_EQ(g.kerasVersion, "2.0.8");
}

TEST_F(KerasH5Test, ManyLayerNamesAreChunkedAndReadBack) {
    KerasWeightFile f;
    for (int i = 0; i < 2000; ++i)
        f.layers.push_back({"a_rather_long_layer_name_for_chunking_" + std::to_string(i), {}});
    writeKerasWeights(path("big.h5"), f);
    hid_t file = H5Fopen(path("big.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    EXPECT_EQ(H5Aexists(file, "layer_names"), 0);
    EXPECT_GT(H5Aexists(file, "layer_names0"), 0);
    EXPECT_GT(H5Aexists(file, "layer_names1"), 0);
    H5Fclose(file);
    const KerasWeightFile g = readKerasWeights(path("big.h5"));
    ASSERT_EQ(g.layers.size(), 2000u);
    EXPECT_EQ(g.layers[1999].name, f.layers[1999].name);
}

TEST_F(KerasH5Test, ReadsVariableLengthStringsAndFullModelFiles) {
    {
        RawFile raw(path("full.h5"));
        writeVarStrings(raw.id, "keras_version", {"2.2.4"});
        hid_t g = H5Gcreate2(raw.id, "model_weights", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeVarStrings(g, "layer_names", {"input_1", "dense_1"});
        writeVarStrings(g, "backend", {"tensorflow"});
        hid_t l1 = H5Gcreate2(g, "input_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeVarStrings(l1, "weight_names", {});
        hid_t l2 = H5Gcreate2(g, "dense_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeVarStrings(l2, "weight_names", {"dense_1/bias:0"});
        const double bias[3] = {1.5, -2.0, 0.25};  // float64 is converted to float32
        writeDataset(l2, "dense_1/bias:0", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, bias, 3);
        H5Gclose(l1);
        H5Gclose(l2);
        H5Gclose(g);
    }
    const KerasWeightFile f = readKerasWeights(path("full.h5"));
    EXPECT_TRUE(f.fullModel);
    EXPECT_EQ(f.kerasVersion, "2.2.4");
    EXPECT_EQ(f.backend, "tensorflow");
    ASSERT_EQ(f.layers.size(), 2u);
    EXPECT_TRUE(f.layers[0].weights.empty());
    ASSERT_EQ(f.layers[1].weights.size(), 1u);
    EXPECT_TRUE(torch::equal(f.layers[1].weights[0].value, torch::tensor({1.5f, -2.0f, 0.25f})));
}

TEST_F(KerasH5Test, MissingFile) {
    const std::string msg = errorOf(path("nothing.h5"));
    EXPECT_NE(msg.find("nothing.h5"), std::string::npos);
    EXPECT_NE(msg.find("not found"), std::string::npos);
}

TEST_F(KerasH5Test, DirectoryAndNonHdf5Files) {
    EXPECT_NE(errorOf(m_dir.string()).find("directory"), std::string::npos);
    std::ofstream(path("text.h5")) << "hello, this is not HDF5\n";
    EXPECT_NE(errorOf(path("text.h5")).find("not an HDF5 file"), std::string::npos);
    std::ofstream(path("zero.h5")).close();
    EXPECT_NE(errorOf(path("zero.h5")).find("not an HDF5 file"), std::string::npos);
}

TEST_F(KerasH5Test, TruncatedFile) {
    fs::copy_file(microFile(), path("cut.h5"));
    fs::resize_file(path("cut.h5"), fs::file_size(microFile()) / 2);
    const std::string msg = errorOf(path("cut.h5"));
    EXPECT_NE(msg.find("cut.h5"), std::string::npos);
    EXPECT_NE(msg.find("truncated"), std::string::npos) << msg;
}

TEST_F(KerasH5Test, ForeignHdf5File) {
    {
        RawFile raw(path("foreign.h5"));
        const float data[2] = {1, 2};
        writeDataset(raw.id, "images", H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, data, 2);
    }
    const std::string msg = errorOf(path("foreign.h5"));
    EXPECT_NE(msg.find("layer_names"), std::string::npos);
    EXPECT_NE(msg.find("foreign"), std::string::npos);
}

TEST_F(KerasH5Test, NonFloatAndMissingDatasets) {
    {
        RawFile raw(path("int.h5"));
        writeVarStrings(raw.id, "layer_names", {"conv"});
        hid_t g = H5Gcreate2(raw.id, "conv", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeVarStrings(g, "weight_names", {"conv/kernel:0"});
        const int data[2] = {1, 2};
        writeDataset(g, "conv/kernel:0", H5T_STD_I32LE, H5T_NATIVE_INT, data, 2);
        H5Gclose(g);
    }
    std::string msg = errorOf(path("int.h5"));
    EXPECT_NE(msg.find("conv/conv/kernel:0"), std::string::npos) << msg;
    EXPECT_NE(msg.find("not a floating-point"), std::string::npos) << msg;
    {
        RawFile raw(path("hole.h5"));
        writeVarStrings(raw.id, "layer_names", {"conv", "gone"});
        hid_t g = H5Gcreate2(raw.id, "conv", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeVarStrings(g, "weight_names", {"conv/kernel:0"});
        H5Gclose(g);
    }
    msg = errorOf(path("hole.h5"));
    EXPECT_NE(msg.find("missing"), std::string::npos) << msg;
}

TEST_F(KerasH5Test, WriterRejectsBadInput) {
    KerasWeightFile f;
    f.layers = {{"a", {}}, {"a", {}}};
    EXPECT_THROW(writeKerasWeights(path("dup.h5"), f), WeightsError);
    f.layers = {{"a/b", {}}};
    EXPECT_THROW(writeKerasWeights(path("slash.h5"), f), WeightsError);
    f.layers = {{"a", {{"a/kernel:0", torch::Tensor()}}}};
    EXPECT_THROW(writeKerasWeights(path("undef.h5"), f), WeightsError);
    // A write that failed half-way leaves neither the file nor its temporary file.
    EXPECT_FALSE(std::filesystem::exists(path("undef.h5")));
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(path("undef.h5")).parent_path()))
        EXPECT_EQ(entry.path().filename().string().find(".undef.tmp"), std::string::npos);
    f.layers = {{"a", {}}};
    EXPECT_THROW(writeKerasWeights(path("no/such/dir/x.h5"), f), OutputError);
}

}  // namespace
}  // namespace mrcnn
