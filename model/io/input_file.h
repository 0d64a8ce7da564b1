#pragma once
// One check for every file the tool reads (images, configs, weights, datasets' JSON, results):
// stat before open, so a FIFO never blocks and /dev/zero is never read; a directory, a symlink
// loop, a missing or unreadable file is named with its reason. Each caller wraps the reason in
// its own error type (ImageError, ConfigError, DatasetError, WeightsError).

#include <cstdint>
#include <stdexcept>
#include <string>

namespace mrcnn {

// Empty when `path` names a readable regular file (symlinks followed); otherwise the reason in
// plain words, e.g. "is a FIFO (named pipe), not a regular file", "symlink loop (too many
// levels of symbolic links)".
std::string inputFileProblem(const std::string& path);

// Thrown by readInputFile; what() is "<path>: <reason>".
class InputFileError : public std::runtime_error {
public:
    InputFileError(const std::string& path, const std::string& reason)
        : std::runtime_error(path + ": " + reason), m_path(path), m_reason(reason) {}
    const std::string& path() const { return m_path; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

// The whole file, after inputFileProblem; refuses files over maxBytes (default 4 GiB) before
// reading them.
std::string readInputFile(const std::string& path, uint64_t maxBytes = uint64_t{4} << 30);

}  // namespace mrcnn
