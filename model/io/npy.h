#pragma once
// NumPy .npy (format 1.0/2.0) and .npz (zip of .npy) reading and writing, so that runs can be
// compared key by key with `numpy.load` and with the reference runs.

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace mrcnn {

class NpyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct NpyArray {
    std::string dtype;  // numpy descr, e.g. "<f4", "<f8", "<i4", "<i8", "|b1", "|u1", "<U12"
    std::vector<int64_t> shape;  // empty for a scalar
    std::vector<uint8_t> data;   // raw little-endian bytes, C order after reading
    int64_t numel() const;
    size_t itemSize() const;  // bytes per element
};

// Parse the bytes of one .npy file; Fortran-ordered arrays are transposed to C order.
NpyArray parseNpy(const std::string& bytes, const std::string& what = "npy data");
std::string serializeNpy(const NpyArray& array);

NpyArray readNpyFile(const std::string& path);
void writeNpyFile(const std::string& path, const NpyArray& array);

// Keys without the ".npy" suffix, in archive order.
std::vector<std::pair<std::string, NpyArray>> readNpz(const std::string& path);
std::map<std::string, NpyArray> readNpzMap(const std::string& path);
// Writes a zip like numpy.savez_compressed (deflate) or numpy.savez (stored).
void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& arrays,
              bool compress = true);

// A numpy unicode ("<U…") or bytes ("|S…") scalar or 1-element array as UTF-8 text.
std::string npyToString(const NpyArray& array);
// A 0-d numpy unicode array holding text (as numpy.array(str) gives).
NpyArray npyFromString(const std::string& utf8);

// Typed helpers for plain arrays.
template <typename T>
NpyArray makeNpy(const std::vector<int64_t>& shape, const std::vector<T>& values);
template <typename T>
std::vector<T> npyValues(const NpyArray& array);  // converts numeric dtypes to T

}  // namespace mrcnn
