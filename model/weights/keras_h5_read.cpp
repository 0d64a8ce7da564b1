// Reading Keras-HDF5 weight files (save_weights and model.save layouts) with the HDF5 C API.

#include <filesystem>
#include <string>
#include <vector>

#include "io/input_file.h"
#include "weights/hdf5_handle.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

// The largest Mask R-CNN tensor (mrcnn_class_conv1, 7x7x256x1024) has 12.8 million elements.
constexpr uint64_t kMaxWeightElements = uint64_t{1} << 31;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    std::string detail = h5::lastErrorText();
    throw WeightsError(path + ": " + what + (detail.empty() ? "" : " (HDF5: " + detail + ")"));
}

bool hasAttribute(hid_t object, const std::string& name) {
    return H5Aexists(object, name.c_str()) > 0;
}

// A string attribute as a list: fixed-length or variable-length strings, scalar or 1-D;
// an empty numeric array (Keras' weight_names of a layer without weights) gives {}.
std::vector<std::string> readStringList(hid_t object, const std::string& name,
                                        const std::string& path, const std::string& where) {
    h5::Handle attr = h5::attribute(H5Aopen(object, name.c_str(), H5P_DEFAULT));
    if (!attr.valid())
        fail(path, "cannot open attribute '" + name + "' of " + where);
    h5::Handle space = h5::dataspace(H5Aget_space(attr.get()));
    h5::Handle type = h5::datatype(H5Aget_type(attr.get()));
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0)
        fail(path, "unreadable attribute '" + name + "' of " + where);
    if (count == 0)
        return {};
    if (H5Tget_class(type.get()) != H5T_STRING)
        fail(path, "attribute '" + name + "' of " + where + " is not a list of strings");

    std::vector<std::string> out;
    out.reserve(static_cast<size_t>(count));
    if (H5Tis_variable_str(type.get()) > 0) {
        h5::Handle memType = h5::datatype(H5Tcopy(H5T_C_S1));
        H5Tset_size(memType.get(), H5T_VARIABLE);
        std::vector<char*> ptrs(static_cast<size_t>(count), nullptr);
        if (H5Aread(attr.get(), memType.get(), ptrs.data()) < 0)
            fail(path, "unreadable attribute '" + name + "' of " + where);
        for (char* p : ptrs)
            out.emplace_back(p ? p : "");
        H5Dvlen_reclaim(memType.get(), space.get(), H5P_DEFAULT, ptrs.data());
        return out;
    }
    const size_t size = H5Tget_size(type.get());
    std::vector<char> buffer(size * static_cast<size_t>(count), '\0');
    if (H5Aread(attr.get(), type.get(), buffer.data()) < 0)
        fail(path, "unreadable attribute '" + name + "' of " + where);
    for (hssize_t i = 0; i < count; ++i) {
        const char* s = buffer.data() + static_cast<size_t>(i) * size;
        size_t len = 0;
        while (len < size && s[len] != '\0')
            ++len;
        std::string value(s, len);
        while (!value.empty() && value.back() == ' ')
            value.pop_back();  // space-padded
        out.push_back(std::move(value));
    }
    return out;
}

// Keras >= 2.1 splits big attributes into name0, name1, …; read either form.
bool readChunkableList(hid_t object, const std::string& name, const std::string& path,
                       const std::string& where, std::vector<std::string>& out) {
    if (hasAttribute(object, name)) {
        out = readStringList(object, name, path, where);
        return true;
    }
    if (!hasAttribute(object, name + "0"))
        return false;
    out.clear();
    for (int chunk = 0; hasAttribute(object, name + std::to_string(chunk)); ++chunk) {
        auto part = readStringList(object, name + std::to_string(chunk), path, where);
        out.insert(out.end(), part.begin(), part.end());
    }
    return true;
}

std::string readScalarString(hid_t object, const std::string& name, const std::string& path) {
    if (!hasAttribute(object, name))
        return "";
    auto values = readStringList(object, name, path, "the root");
    return values.empty() ? "" : values.front();
}

std::string shapeText(const std::vector<hsize_t>& dims) {
    std::string out = "[";
    for (size_t i = 0; i < dims.size(); ++i)
        out += (i ? ", " : "") + std::to_string(dims[i]);
    return out + "]";
}

// A dataset's declared shape is allocated before it is read: refuse one that is absurd for any
// layer or, stored without compression, larger than the file that should hold it.
void checkDeclaredSize(hid_t data, hid_t type, const std::vector<hsize_t>& dims,
                       const std::string& where, const std::string& path) {
    uint64_t elements = 1;
    bool overflow = false;
    for (hsize_t d : dims) {
        if (d != 0 && elements > kMaxWeightElements / d)
            overflow = true;
        elements = overflow ? kMaxWeightElements + 1 : elements * d;
    }
    if (elements > kMaxWeightElements)
        throw WeightsError(path + ": " + where + " declares shape " + shapeText(dims) + " = " +
                           (overflow
                                ? std::string("more than ") + std::to_string(kMaxWeightElements)
                                : std::to_string(elements)) +
                           " elements, absurd for a layer (limit " +
                           std::to_string(kMaxWeightElements) + " elements)");
    h5::Handle plist = h5::plist(H5Dget_create_plist(data));
    const bool filtered = plist.valid() && H5Pget_nfilters(plist.get()) > 0;
    std::error_code ec;
    const uint64_t fileBytes = std::filesystem::file_size(path, ec);
    const uint64_t bytes = elements * H5Tget_size(type);
    if (!filtered && !ec && bytes > fileBytes)
        throw WeightsError(path + ": " + where + " declares shape " + shapeText(dims) + " = " +
                           std::to_string(bytes) + " bytes, but the file has only " +
                           std::to_string(fileBytes) + " bytes (damaged or forged header)");
}

torch::Tensor readDataset(hid_t group, const std::string& layer, const std::string& weight,
                          const std::string& path) {
    const std::string where = "dataset '" + layer + "/" + weight + "'";
    if (H5Lexists(group, weight.substr(0, weight.find('/')).c_str(), H5P_DEFAULT) <= 0)
        fail(path, where + " listed in weight_names is missing");
    h5::Handle data = h5::dataset(H5Dopen2(group, weight.c_str(), H5P_DEFAULT));
    if (!data.valid())
        fail(path, "cannot open " + where);
    h5::Handle type = h5::datatype(H5Dget_type(data.get()));
    if (H5Tget_class(type.get()) != H5T_FLOAT)
        fail(path, where + " is not a floating-point array");
    h5::Handle space = h5::dataspace(H5Dget_space(data.get()));
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0)
        fail(path, "unreadable shape of " + where);
    std::vector<hsize_t> dims(static_cast<size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    std::vector<int64_t> shape(dims.begin(), dims.end());
    checkDeclaredSize(data.get(), type.get(), dims, where, path);
    torch::Tensor value = torch::empty(shape, torch::kFloat32);
    // HDF5 converts float64/float16 files to float32 on the way in.
    if (value.numel() > 0 && H5Dread(data.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                                     value.data_ptr<float>()) < 0)
        fail(path, "cannot read " + where + " (damaged or truncated file)");
    return value;
}

WeightsFileGuard& weightsFileGuard() {
    static WeightsFileGuard guard;
    return guard;
}

}  // namespace

void setWeightsFileGuard(WeightsFileGuard guard) {
    weightsFileGuard() = std::move(guard);
}

KerasWeightFile readKerasWeights(const std::string& path) {
    h5::ErrorSilencer silence;
    H5Eclear2(H5E_DEFAULT);
    std::error_code ec;
    if (const std::string problem = inputFileProblem(path); problem == "no such file")
        throw WeightsError(path + ": file not found");
    else if (!problem.empty())
        throw WeightsError(path + ": " + problem + " (expected a Keras .h5 weights file)");
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        throw WeightsError(path + ": empty file, not an HDF5 file");
    const htri_t isHdf5 = H5Fis_hdf5(path.c_str());
    if (isHdf5 == 0)
        throw WeightsError(path + ": not an HDF5 file");
    if (isHdf5 < 0)
        fail(path, "cannot read the file");

    if (const auto& guard = weightsFileGuard())
        guard(path);
    h5::Handle file = h5::file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
    if (!file.valid())
        fail(path, "cannot open the HDF5 file (truncated or damaged?)");

    KerasWeightFile out;
    out.path = path;
    h5::Handle weightsGroup = h5::group(H5Gopen2(file.get(), "/", H5P_DEFAULT));
    if (!weightsGroup.valid())
        fail(path, "cannot open the root group (damaged file?)");
    std::vector<std::string> layerNames;
    if (!readChunkableList(weightsGroup.get(), "layer_names", path, "the root", layerNames)) {
        // model.save puts the weights under /model_weights, as load_weights knows.
        if (H5Lexists(file.get(), "model_weights", H5P_DEFAULT) > 0) {
            weightsGroup = h5::group(H5Gopen2(file.get(), "model_weights", H5P_DEFAULT));
            if (!weightsGroup.valid())
                fail(path, "cannot open group 'model_weights'");
            out.fullModel = true;
        }
        if (!out.fullModel || !readChunkableList(weightsGroup.get(), "layer_names", path,
                                                 "/model_weights", layerNames))
            throw WeightsError(path +
                               ": HDF5 file without a 'layer_names' attribute: not a Keras "
                               "weights file (foreign HDF5 file)");
    }
    out.kerasVersion = readScalarString(weightsGroup.get(), "keras_version", path);
    out.backend = readScalarString(weightsGroup.get(), "backend", path);
    if (out.fullModel && out.kerasVersion.empty())
        out.kerasVersion = readScalarString(file.get(), "keras_version", path);
    if (out.fullModel && out.backend.empty())
        out.backend = readScalarString(file.get(), "backend", path);
    out.configJson = readScalarString(file.get(), kConfigAttribute, path);

    out.layers.reserve(layerNames.size());
    for (size_t i = 0; i < layerNames.size(); ++i) {
        const std::string& name = layerNames[i];
        const std::string where = "layer #" + std::to_string(i) + " '" + name + "'";
        if (name.empty() || H5Lexists(weightsGroup.get(), name.c_str(), H5P_DEFAULT) <= 0)
            fail(path, where + " is listed in layer_names but has no group");
        h5::Handle layerGroup = h5::group(H5Gopen2(weightsGroup.get(), name.c_str(), H5P_DEFAULT));
        if (!layerGroup.valid())
            fail(path, "cannot open the group of " + where);
        KerasLayer layer{name, {}};
        std::vector<std::string> weightNames;
        if (!readChunkableList(layerGroup.get(), "weight_names", path, where, weightNames))
            throw WeightsError(path + ": " + where + " has no 'weight_names' attribute");
        for (const auto& weightName : weightNames)
            layer.weights.push_back(
                {weightName, readDataset(layerGroup.get(), name, weightName, path)});
        out.layers.push_back(std::move(layer));
    }
    return out;
}

}  // namespace mrcnn
