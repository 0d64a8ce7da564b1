// Writing the Keras 2.0.8 save_weights layout with the HDF5 C API, attribute types as h5py
// gives them (fixed-length null-padded strings), so that Keras' load_weights reads our files
// by name or in order.

#include <string>
#include <vector>

#include "io/atomic_file.h"
#include "weights/hdf5_handle.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

// HDF5's object header limit; newer Keras splits bigger attributes into name0, name1, ….
constexpr size_t kMaxAttributeBytes = 64512;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    std::string detail = h5::lastErrorText();
    throw WeightsError(path + ": " + what + (detail.empty() ? "" : " (HDF5: " + detail + ")"));
}

h5::Handle fixedStringType(size_t size) {
    h5::Handle type = h5::datatype(H5Tcopy(H5T_C_S1));
    H5Tset_size(type.get(), size == 0 ? 1 : size);
    H5Tset_strpad(type.get(), H5T_STR_NULLPAD);
    return type;
}

void writeAttribute(hid_t object, const std::string& name, hid_t type, hid_t space,
                    const void* data, const std::string& path) {
    h5::Handle attr =
        h5::attribute(H5Acreate2(object, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT));
    if (!attr.valid() || H5Awrite(attr.get(), type, data) < 0)
        fail(path, "cannot write attribute '" + name + "'");
}

void writeScalarString(hid_t object, const std::string& name, const std::string& value,
                       const std::string& path) {
    h5::Handle type = fixedStringType(value.size());
    h5::Handle space = h5::dataspace(H5Screate(H5S_SCALAR));
    std::string padded = value.empty() ? std::string(1, '\0') : value;
    writeAttribute(object, name, type.get(), space.get(), padded.data(), path);
}

void writeStringArray(hid_t object, const std::string& name, const std::vector<std::string>& values,
                      const std::string& path) {
    if (values.empty()) {
        // What h5py stores for Keras' empty weight_names: a float64 array of length 0.
        hsize_t zero = 0;
        h5::Handle space = h5::dataspace(H5Screate_simple(1, &zero, nullptr));
        const double unused = 0;  // HDF5 wants a buffer even for zero elements
        writeAttribute(object, name, H5T_IEEE_F64LE, space.get(), &unused, path);
        return;
    }
    size_t width = 1;
    for (const auto& v : values)
        width = std::max(width, v.size());
    auto writeChunk = [&](const std::string& attrName, size_t begin, size_t end) {
        std::vector<char> buffer(width * (end - begin), '\0');
        for (size_t i = begin; i < end; ++i)
            std::copy(values[i].begin(), values[i].end(), buffer.begin() + (i - begin) * width);
        hsize_t count = end - begin;
        h5::Handle type = fixedStringType(width);
        h5::Handle space = h5::dataspace(H5Screate_simple(1, &count, nullptr));
        writeAttribute(object, attrName, type.get(), space.get(), buffer.data(), path);
    };
    if (width * values.size() <= kMaxAttributeBytes) {
        writeChunk(name, 0, values.size());
        return;
    }
    const size_t perChunk = std::max<size_t>(1, kMaxAttributeBytes / width);
    for (size_t begin = 0, chunk = 0; begin < values.size(); begin += perChunk, ++chunk)
        writeChunk(name + std::to_string(chunk), begin, std::min(values.size(), begin + perChunk));
}

void writeDataset(hid_t group, const KerasWeight& weight, const std::string& layer,
                  const std::string& path) {
    if (!weight.value.defined())
        throw WeightsError(path + ": weight '" + layer + "/" + weight.name + "' has no value");
    torch::Tensor value = weight.value.to(torch::kCPU, torch::kFloat32).contiguous();
    std::vector<hsize_t> dims(value.sizes().begin(), value.sizes().end());
    h5::Handle space = h5::dataspace(
        dims.empty() ? H5Screate(H5S_SCALAR)
                     : H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr));
    // Weight names contain '/', which becomes nested groups exactly as h5py makes them.
    h5::Handle linkProps = h5::plist(H5Pcreate(H5P_LINK_CREATE));
    H5Pset_create_intermediate_group(linkProps.get(), 1);
    h5::Handle data =
        h5::dataset(H5Dcreate2(group, weight.name.c_str(), H5T_IEEE_F32LE, space.get(),
                               linkProps.get(), H5P_DEFAULT, H5P_DEFAULT));
    if (!data.valid())
        fail(path, "cannot create dataset '" + layer + "/" + weight.name + "'");
    if (value.numel() > 0 && H5Dwrite(data.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                                      value.data_ptr<float>()) < 0)
        fail(path, "cannot write dataset '" + layer + "/" + weight.name + "'");
}

}  // namespace

void writeKerasWeights(const std::string& path, const KerasWeightFile& file) {
    h5::ErrorSilencer silence;
    H5Eclear2(H5E_DEFAULT);
    std::vector<std::string> layerNames;
    for (const auto& layer : file.layers) {
        if (layer.name.empty() || layer.name.find('/') != std::string::npos)
            throw WeightsError(path + ": invalid layer name '" + layer.name + "'");
        for (const auto& other : layerNames)
            if (other == layer.name)
                throw WeightsError(path + ": layer name '" + layer.name + "' appears twice");
        layerNames.push_back(layer.name);
    }
    // One attribute, as h5py stores a str: a config only comes near the limit with
    // thousands of class names.
    if (file.configJson.size() > kMaxAttributeBytes)
        throw WeightsError(path + ": the config JSON (" + std::to_string(file.configJson.size()) +
                           " bytes) is too big for the HDF5 attribute '" + kConfigAttribute +
                           "' (at most " + std::to_string(kMaxAttributeBytes) + " bytes)");

    AtomicFile target(path);  // a checkpoint is replaced whole or not at all
    h5::Handle out =
        h5::file(H5Fcreate(target.path().c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
    if (!out.valid())
        fail(path, "cannot create the file");
    writeStringArray(out.get(), "layer_names", layerNames, path);
    writeScalarString(out.get(), "backend", file.backend.empty() ? "tensorflow" : file.backend,
                      path);
    writeScalarString(out.get(), "keras_version",
                      file.kerasVersion.empty() ? "2.0.8" : file.kerasVersion, path);
    if (!file.configJson.empty())
        writeScalarString(out.get(), kConfigAttribute, file.configJson, path);

    for (const auto& layer : file.layers) {
        h5::Handle group = h5::group(
            H5Gcreate2(out.get(), layer.name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
        if (!group.valid())
            fail(path, "cannot create group '" + layer.name + "'");
        std::vector<std::string> weightNames;
        for (const auto& w : layer.weights)
            weightNames.push_back(w.name);
        writeStringArray(group.get(), "weight_names", weightNames, path);
        for (const auto& w : layer.weights)
            writeDataset(group.get(), w, layer.name, path);
    }
    if (H5Fflush(out.get(), H5F_SCOPE_GLOBAL) < 0)
        fail(path, "cannot write the file");
    out.reset();  // closed before it is moved into place
    target.commit();
}

}  // namespace mrcnn
