#include "io/npy_torch.h"

#include <cstring>

namespace mrcnn {

namespace {
torch::ScalarType scalarTypeOf(const std::string& dtype) {
    const std::string d = dtype.substr(1);
    if (d == "f4")
        return torch::kFloat32;
    if (d == "f8")
        return torch::kFloat64;
    if (d == "i4")
        return torch::kInt32;
    if (d == "i8")
        return torch::kInt64;
    if (d == "u1")
        return torch::kUInt8;
    if (d == "i1")
        return torch::kInt8;
    if (d == "b1")
        return torch::kBool;
    if (d == "i2")
        return torch::kInt16;
    throw NpyError("no tensor type for numpy dtype " + dtype);
}

const char* descrOf(torch::ScalarType t) {
    switch (t) {
        case torch::kFloat32:
            return "<f4";
        case torch::kFloat64:
            return "<f8";
        case torch::kInt32:
            return "<i4";
        case torch::kInt64:
            return "<i8";
        case torch::kUInt8:
            return "|u1";
        case torch::kInt8:
            return "|i1";
        case torch::kBool:
            return "|b1";
        case torch::kInt16:
            return "<i2";
        default:
            throw NpyError("no numpy dtype for this tensor type");
    }
}
}  // namespace

torch::Tensor npyToTensor(const NpyArray& array) {
    auto type = scalarTypeOf(array.dtype);
    std::vector<int64_t> shape(array.shape.begin(), array.shape.end());
    auto t = torch::empty(shape, torch::TensorOptions().dtype(type));
    if (!array.data.empty())
        std::memcpy(t.data_ptr(), array.data.data(), array.data.size());
    return t;
}

NpyArray tensorToNpy(const torch::Tensor& tensor) {
    auto t = tensor.detach().to(torch::kCPU).contiguous();
    NpyArray out;
    out.dtype = descrOf(t.scalar_type());
    out.shape.assign(t.sizes().begin(), t.sizes().end());
    out.data.resize(t.numel() * t.element_size());
    if (!out.data.empty())
        std::memcpy(out.data.data(), t.data_ptr(), out.data.size());
    return out;
}

}  // namespace mrcnn
