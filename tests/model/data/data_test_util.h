#pragma once
// Helpers for the dataset tests: scratch folders with small hand-written files, and mask sums.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <torch/torch.h>

#include "support/test_paths.h"

namespace mrcnn::test {

inline std::filesystem::path datasetsDir() {
    return dataDir() / "datasets";
}

// A fresh folder under the temp dir, removed at scope exit.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : m_path(std::filesystem::temp_directory_path() /
                 ("mrcnn_data_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::string write(const std::string& name, const std::string& text) const {
        auto p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

private:
    std::filesystem::path m_path;
};

// Sum over all set pixels of their row-major index r * W + c (a cheap exact fingerprint).
inline int64_t maskIndexSum(const torch::Tensor& masksHWN) {
    const auto w = masksHWN.size(1);
    auto r = torch::arange(masksHWN.size(0), torch::kLong).unsqueeze(1);
    auto c = torch::arange(w, torch::kLong).unsqueeze(0);
    // Each pixel counts once per instance it belongs to.
    auto perPixel = masksHWN.sum(2, false, torch::kLong);
    return ((r * w + c) * perPixel).sum().item<int64_t>();
}

}  // namespace mrcnn::test
