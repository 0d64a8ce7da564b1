#include "data/json_file.h"

#include <cmath>
#include <limits>

#include "data/dataset_error.h"
#include "io/input_file.h"
#include "io/json_parse.h"

namespace mrcnn {

// Through the core's checked input file and JSON parse (io/): special files, depth, range and
// syntax errors become DatasetError with "line L, column C (byte B)" as the record.

nlohmann::ordered_json readJsonFile(const std::string& path) {
    std::string text;
    try {
        text = readInputFile(path);
    } catch (const InputFileError& e) {
        throw DatasetError(path, "", e.reason());
    }
    return parseJsonText(text, path);
}

nlohmann::ordered_json parseJsonText(const std::string& text, const std::string& path) {
    try {
        return parseOrderedJson(text, path);
    } catch (const JsonError& e) {
        throw DatasetError(path, e.where(), e.reason());
    }
}

const nlohmann::ordered_json& requireKey(const nlohmann::ordered_json& obj, const std::string& key,
                                         const std::string& path, const std::string& record) {
    if (!obj.is_object())
        throw DatasetError(path, record, "expected an object holding '" + key + "'");
    auto it = obj.find(key);
    if (it == obj.end())
        throw DatasetError(path, record, "missing key '" + key + "'");
    return *it;
}

double requireNumber(const nlohmann::ordered_json& value, const std::string& what,
                     const std::string& path, const std::string& record) {
    if (!value.is_number())
        throw DatasetError(path, record, "'" + what + "' is not a number");
    double v = value.get<double>();
    if (!std::isfinite(v))
        throw DatasetError(path, record, "'" + what + "' is not finite");
    return v;
}

std::string requireString(const nlohmann::ordered_json& value, const std::string& what,
                          const std::string& path, const std::string& record) {
    if (!value.is_string())
        throw DatasetError(path, record, "'" + what + "' is not a string");
    return value.get<std::string>();
}

int64_t requireInteger(const nlohmann::ordered_json& value, const std::string& what,
                       const std::string& path, const std::string& record) {
    // Ids beyond int64 are refused: the conversion would wrap (unsigned) or be undefined
    // (a double such as 1e52; found by fuzzing). 2^63 is exact as a double.
    const auto outOfRange = [&] {
        return DatasetError(path, record, "'" + what + "' " + value.dump() + " is out of range");
    };
    if (value.is_number_unsigned() &&
        value.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
        throw outOfRange();
    if (value.is_number_integer())
        return value.get<int64_t>();
    if (value.is_number_float()) {
        double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v)) {
            if (v < -0x1p63 || v >= 0x1p63)
                throw outOfRange();
            return static_cast<int64_t>(v);
        }
    }
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        try {
            size_t used = 0;
            int64_t v = std::stoll(s, &used);
            if (used == s.size())
                return v;
        } catch (const std::exception&) {
        }
    }
    throw DatasetError(path, record, "'" + what + "' is not an integer");
}

}  // namespace mrcnn
