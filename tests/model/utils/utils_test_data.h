#pragma once
// Shared helpers of the utils tests: reference files copied into tests/data/utils (same layout
// as shared/reference, so the JSON paths resolve against either root).

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "io/npy.h"
#include "io/npy_torch.h"
#include "support/test_paths.h"

namespace mrcnn::test {

inline std::filesystem::path utilsDataDir() {
    return dataDir() / "utils";
}
inline std::filesystem::path sharedReferenceDir() {
    return sharedDir() / "reference";
}

inline nlohmann::json loadJsonFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return nlohmann::json::parse(ss.str());
}

inline torch::Tensor loadNpyTensor(const std::filesystem::path& path) {
    return npyToTensor(readNpyFile(path.string()));
}

// Python dict reprs (single quotes) stored as strings in a few reference fields.
inline nlohmann::json parsePythonRepr(const nlohmann::json& value) {
    if (!value.is_string())
        return value;
    std::string s = value.get<std::string>();
    for (auto& c : s) {
        if (c == '\'')
            c = '"';
    }
    return nlohmann::json::parse(s);
}

// Count of elements of a floating tensor that are NaN.
inline int64_t nanCount(const torch::Tensor& t) {
    return torch::isnan(t).sum().item<int64_t>();
}

// Exact equality that treats NaN == NaN, for float tensors of the same shape.
inline bool sameWithNan(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.sizes() != b.sizes())
        return false;
    auto both = torch::isnan(a) & torch::isnan(b);
    return (a.eq(b) | both).all().item<bool>();
}

}  // namespace mrcnn::test
