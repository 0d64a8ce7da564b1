#include "io/npy.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <numeric>
#include <regex>
#include <sstream>

#include "io/atomic_file.h"
#include "io/input_file.h"

namespace mrcnn {

namespace {

std::string readWholeFile(const std::string& path) {
    try {
        return readInputFile(path);
    } catch (const InputFileError& e) {
        throw NpyError("cannot open " + std::string(e.what()));
    }
}

size_t dtypeSize(const std::string& dtype) {
    if (dtype.size() < 3)
        throw NpyError("unsupported dtype '" + dtype + "'");
    char kind = dtype[1];
    size_t n = std::stoul(dtype.substr(2));
    if (kind == 'U')
        return 4 * n;
    return n;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        s += std::to_string(shape[i]);
        if (shape.size() == 1 || i + 1 < shape.size())
            s += ",";
        if (i + 1 < shape.size())
            s += " ";
    }
    return s + ")";
}

// Fortran → C order: element at C index i (row-major over shape) comes from the
// column-major position.
std::vector<uint8_t> fortranToC(const std::vector<uint8_t>& src, const std::vector<int64_t>& shape,
                                size_t item) {
    int64_t n = 1;
    for (auto d : shape)
        n *= d;
    std::vector<uint8_t> dst(src.size());
    std::vector<int64_t> idx(shape.size(), 0);
    for (int64_t c = 0; c < n; ++c) {
        int64_t f = 0, stride = 1;
        for (size_t k = 0; k < shape.size(); ++k) {
            f += idx[k] * stride;
            stride *= shape[k];
        }
        std::memcpy(&dst[c * item], &src[f * item], item);
        for (int k = static_cast<int>(shape.size()) - 1; k >= 0; --k) {
            if (++idx[k] < shape[k])
                break;
            idx[k] = 0;
        }
    }
    return dst;
}

struct ZipCloser {
    void operator()(zip_t* z) const {
        if (z)
            zip_discard(z);
    }
};

}  // namespace

int64_t NpyArray::numel() const {
    return std::accumulate(shape.begin(), shape.end(), int64_t{1}, std::multiplies<>());
}

size_t NpyArray::itemSize() const {
    return dtypeSize(dtype);
}

NpyArray parseNpy(const std::string& bytes, const std::string& what) {
    if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0)
        throw NpyError(what + ": not a .npy file (missing \\x93NUMPY magic)");
    uint8_t major = static_cast<uint8_t>(bytes[6]);
    size_t headerLen, offset;
    if (major == 1) {
        headerLen = static_cast<uint8_t>(bytes[8]) | (static_cast<uint8_t>(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            throw NpyError(what + ": truncated header");
        headerLen = 0;
        for (int i = 0; i < 4; ++i)
            headerLen |= size_t(static_cast<uint8_t>(bytes[8 + i])) << (8 * i);
        offset = 12;
    } else {
        throw NpyError(what + ": unsupported .npy version " + std::to_string(major));
    }
    if (bytes.size() < offset + headerLen)
        throw NpyError(what + ": truncated header");
    std::string header = bytes.substr(offset, headerLen);
    std::smatch m;
    NpyArray out;
    if (!std::regex_search(header, m, std::regex("'descr':\\s*'([^']+)'")))
        throw NpyError(what + ": header has no descr");
    out.dtype = m[1];
    if (out.dtype.size() >= 2 && out.dtype[0] == '=')
        out.dtype[0] = '<';
    if (out.dtype[0] == '>' && out.dtype.substr(1) != "u1" && out.dtype.substr(1) != "i1")
        throw NpyError(what + ": big-endian arrays are not supported");
    bool fortran = std::regex_search(header, std::regex("'fortran_order':\\s*True"));
    if (!std::regex_search(header, m, std::regex("'shape':\\s*\\(([^)]*)\\)")))
        throw NpyError(what + ": header has no shape");
    std::string dims = m[1];
    std::regex num("\\d+");
    for (auto it = std::sregex_iterator(dims.begin(), dims.end(), num);
         it != std::sregex_iterator(); ++it)
        out.shape.push_back(std::stoll(it->str()));
    size_t item = dtypeSize(out.dtype);
    size_t need = static_cast<size_t>(out.numel()) * item;
    size_t start = offset + headerLen;
    if (bytes.size() < start + need)
        throw NpyError(what + ": truncated data (" + std::to_string(bytes.size() - start) + " of " +
                       std::to_string(need) + " bytes)");
    out.data.assign(bytes.begin() + start, bytes.begin() + start + need);
    if (fortran && out.shape.size() > 1)
        out.data = fortranToC(out.data, out.shape, item);
    return out;
}

std::string serializeNpy(const NpyArray& array) {
    std::string dict = "{'descr': '" + array.dtype +
                       "', 'fortran_order': False, 'shape': " + shapeText(array.shape) + ", }";
    // Pad so that magic + header is a multiple of 64 and ends with a newline.
    size_t total = 10 + dict.size() + 1;
    size_t pad = (64 - total % 64) % 64;
    dict += std::string(pad, ' ') + "\n";
    std::string out = "\x93NUMPY";
    out += char(1);
    out += char(0);
    out += char(dict.size() & 0xff);
    out += char((dict.size() >> 8) & 0xff);
    out += dict;
    out.append(reinterpret_cast<const char*>(array.data.data()), array.data.size());
    return out;
}

NpyArray readNpyFile(const std::string& path) {
    return parseNpy(readWholeFile(path), path);
}

void writeNpyFile(const std::string& path, const NpyArray& array) {
    writeFileAtomically(path, serializeNpy(array));
}

std::vector<std::pair<std::string, NpyArray>> readNpz(const std::string& path) {
    if (const std::string problem = inputFileProblem(path); !problem.empty())
        throw NpyError("cannot open " + path + ": " + problem);
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &err));
    if (!archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        std::string msg = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        throw NpyError("cannot open " + path + " as .npz: " + msg);
    }
    std::vector<std::pair<std::string, NpyArray>> out;
    zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive.get(), i, 0, &st) != 0)
            continue;
        std::string name = st.name;
        if (name.size() < 4 || name.substr(name.size() - 4) != ".npy")
            continue;
        zip_file_t* f = zip_fopen_index(archive.get(), i, 0);
        if (!f)
            throw NpyError(path + ": cannot read entry " + name);
        std::string bytes(st.size, '\0');
        zip_int64_t got = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (got != static_cast<zip_int64_t>(st.size))
            throw NpyError(path + ": entry " + name + " is truncated");
        out.emplace_back(name.substr(0, name.size() - 4), parseNpy(bytes, path + ":" + name));
    }
    return out;
}

std::map<std::string, NpyArray> readNpzMap(const std::string& path) {
    std::map<std::string, NpyArray> out;
    for (auto& [k, v] : readNpz(path))
        out.emplace(k, std::move(v));
    return out;
}

void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& arrays,
              bool compress) {
    AtomicFile target(path);
    int err = 0;
    zip_t* archive = zip_open(target.path().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!archive)
        throw NpyError("cannot create " + path);
    // Buffers must live until zip_close writes them.
    std::vector<std::string> buffers;
    buffers.reserve(arrays.size());
    for (const auto& [name, array] : arrays) {
        buffers.push_back(serializeNpy(array));
        const std::string& b = buffers.back();
        zip_source_t* src = zip_source_buffer(archive, b.data(), b.size(), 0);
        if (!src) {
            zip_discard(archive);
            throw NpyError("cannot add " + name + " to " + path);
        }
        zip_int64_t idx = zip_file_add(archive, (name + ".npy").c_str(), src, ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            zip_discard(archive);
            throw NpyError("cannot add " + name + " to " + path);
        }
        zip_set_file_compression(archive, idx, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) {
        std::string msg = zip_strerror(archive);
        zip_discard(archive);
        throw NpyError("failed writing " + path + ": " + msg);
    }
    target.commit();
}

std::string npyToString(const NpyArray& array) {
    if (array.dtype.size() < 3)
        throw NpyError("not a string array");
    char kind = array.dtype[1];
    std::string out;
    if (kind == 'S') {
        out.assign(array.data.begin(), array.data.end());
    } else if (kind == 'U') {
        for (size_t i = 0; i + 4 <= array.data.size(); i += 4) {
            uint32_t cp = array.data[i] | (array.data[i + 1] << 8) | (array.data[i + 2] << 16) |
                          (uint32_t(array.data[i + 3]) << 24);
            if (cp == 0)
                continue;
            if (cp < 0x80) {
                out += char(cp);
            } else if (cp < 0x800) {
                out += char(0xC0 | (cp >> 6));
                out += char(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += char(0xE0 | (cp >> 12));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            } else {
                out += char(0xF0 | (cp >> 18));
                out += char(0x80 | ((cp >> 12) & 0x3F));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            }
        }
    } else {
        throw NpyError("array of dtype " + array.dtype + " is not text");
    }
    while (!out.empty() && out.back() == '\0')
        out.pop_back();
    return out;
}

NpyArray npyFromString(const std::string& utf8) {
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<uint8_t>(utf8[i]);
        uint32_t cp;
        int extra;
        if (c < 0x80) {
            cp = c;
            extra = 0;
        } else if ((c >> 5) == 6) {
            cp = c & 0x1F;
            extra = 1;
        } else if ((c >> 4) == 14) {
            cp = c & 0x0F;
            extra = 2;
        } else {
            cp = c & 0x07;
            extra = 3;
        }
        for (int k = 1; k <= extra && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<uint8_t>(utf8[i + k]) & 0x3F);
        cps.push_back(cp);
        i += 1 + extra;
    }
    NpyArray out;
    out.dtype = "<U" + std::to_string(std::max<size_t>(cps.size(), 1));
    out.data.assign(std::max<size_t>(cps.size(), 1) * 4, 0);
    for (size_t i = 0; i < cps.size(); ++i)
        for (int b = 0; b < 4; ++b)
            out.data[i * 4 + b] = (cps[i] >> (8 * b)) & 0xFF;
    return out;
}

namespace {
template <typename T>
const char* descrOf();
template <>
const char* descrOf<float>() {
    return "<f4";
}
template <>
const char* descrOf<double>() {
    return "<f8";
}
template <>
const char* descrOf<int32_t>() {
    return "<i4";
}
template <>
const char* descrOf<int64_t>() {
    return "<i8";
}
template <>
const char* descrOf<uint8_t>() {
    return "|u1";
}
template <>
const char* descrOf<int8_t>() {
    return "|i1";
}
template <>
const char* descrOf<bool>() {
    return "|b1";
}

template <typename T, typename S>
void convertFrom(const NpyArray& a, std::vector<T>& out) {
    const auto* p = reinterpret_cast<const S*>(a.data.data());
    for (int64_t i = 0; i < a.numel(); ++i)
        out[i] = static_cast<T>(p[i]);
}
}  // namespace

template <typename T>
NpyArray makeNpy(const std::vector<int64_t>& shape, const std::vector<T>& values) {
    NpyArray a;
    a.dtype = descrOf<T>();
    a.shape = shape;
    if (static_cast<int64_t>(values.size()) != a.numel())
        throw NpyError("makeNpy: value count does not match shape");
    a.data.resize(values.size() * sizeof(T));
    if constexpr (std::is_same_v<T, bool>) {
        for (size_t i = 0; i < values.size(); ++i)
            a.data[i] = values[i] ? 1 : 0;
    } else {
        std::memcpy(a.data.data(), values.data(), a.data.size());
    }
    return a;
}

template <typename T>
std::vector<T> npyValues(const NpyArray& a) {
    std::vector<T> out(a.numel());
    const std::string d = a.dtype.substr(1);
    if (d == "f4")
        convertFrom<T, float>(a, out);
    else if (d == "f8")
        convertFrom<T, double>(a, out);
    else if (d == "i4")
        convertFrom<T, int32_t>(a, out);
    else if (d == "i8")
        convertFrom<T, int64_t>(a, out);
    else if (d == "u1")
        convertFrom<T, uint8_t>(a, out);
    else if (d == "i1")
        convertFrom<T, int8_t>(a, out);
    else if (d == "b1")
        convertFrom<T, uint8_t>(a, out);
    else if (d == "u2")
        convertFrom<T, uint16_t>(a, out);
    else if (d == "i2")
        convertFrom<T, int16_t>(a, out);
    else if (d == "u4")
        convertFrom<T, uint32_t>(a, out);
    else if (d == "u8")
        convertFrom<T, uint64_t>(a, out);
    else
        throw NpyError("cannot convert dtype " + a.dtype + " to numbers");
    return out;
}

template NpyArray makeNpy<float>(const std::vector<int64_t>&, const std::vector<float>&);
template NpyArray makeNpy<double>(const std::vector<int64_t>&, const std::vector<double>&);
template NpyArray makeNpy<int32_t>(const std::vector<int64_t>&, const std::vector<int32_t>&);
template NpyArray makeNpy<int64_t>(const std::vector<int64_t>&, const std::vector<int64_t>&);
template NpyArray makeNpy<uint8_t>(const std::vector<int64_t>&, const std::vector<uint8_t>&);
template NpyArray makeNpy<int8_t>(const std::vector<int64_t>&, const std::vector<int8_t>&);
template NpyArray makeNpy<bool>(const std::vector<int64_t>&, const std::vector<bool>&);
template std::vector<float> npyValues<float>(const NpyArray&);
template std::vector<double> npyValues<double>(const NpyArray&);
template std::vector<int32_t> npyValues<int32_t>(const NpyArray&);
template std::vector<int64_t> npyValues<int64_t>(const NpyArray&);
template std::vector<uint8_t> npyValues<uint8_t>(const NpyArray&);
template std::vector<int8_t> npyValues<int8_t>(const NpyArray&);

}  // namespace mrcnn
