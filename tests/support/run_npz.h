#pragma once
// A reference run (.npz) as named LibTorch tensors, for tests that feed a stage its inputs
// from the run and compare with its outputs.

#include <torch/types.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

#include "config/config.h"
#include "io/npy.h"
#include "io/npy_torch.h"

namespace mrcnn::test {

class RunNpz {
public:
    explicit RunNpz(const std::filesystem::path& path) : m_arrays(readNpzMap(path.string())) {}

    bool has(const std::string& key) const { return m_arrays.count(key) > 0; }
    torch::Tensor tensor(const std::string& key) const {
        auto it = m_arrays.find(key);
        if (it == m_arrays.end())
            throw std::runtime_error("run has no array '" + key + "'");
        return npyToTensor(it->second);
    }
    Config config() const { return configFromJson(npyToString(m_arrays.at("config_json"))); }

private:
    std::map<std::string, NpyArray> m_arrays;
};

}  // namespace mrcnn::test
