#include "data/json_file.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include "data/dataset_error.h"

namespace mrcnn {

nlohmann::ordered_json readJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DatasetError(path, "", "cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseJsonText(ss.str(), path);
}

nlohmann::ordered_json parseJsonText(const std::string& text, const std::string& path) {
    try {
        return nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        size_t end = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        int64_t line = 1, column = 1;
        for (size_t i = 0; i < end; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string msg = e.what();
        auto pos = msg.find("syntax error");
        throw DatasetError(path,
                           "line " + std::to_string(line) + ", column " + std::to_string(column),
                           "malformed JSON: " + (pos == std::string::npos ? msg : msg.substr(pos)));
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
    if (value.is_number_integer())
        return value.get<int64_t>();
    if (value.is_number_float()) {
        double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v))
            return static_cast<int64_t>(v);
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
