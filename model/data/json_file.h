#pragma once
// JSON reading for the dataset readers (ordered, so images keep their file order): parse errors
// become DatasetError with line and column (computed from nlohmann's byte offset), and typed key
// access names the record when a key is missing or has the wrong type.

#include <string>

#include <nlohmann/json.hpp>

namespace mrcnn {

nlohmann::ordered_json readJsonFile(const std::string& path);
// Parses text that came from `path` (used by readJsonFile; exposed for tests).
nlohmann::ordered_json parseJsonText(const std::string& text, const std::string& path);

// obj[key], or DatasetError(path, record, "missing key 'key'") / "is not an object".
const nlohmann::ordered_json& requireKey(const nlohmann::ordered_json& obj, const std::string& key,
                                         const std::string& path, const std::string& record);
double requireNumber(const nlohmann::ordered_json& value, const std::string& what,
                     const std::string& path, const std::string& record);
std::string requireString(const nlohmann::ordered_json& value, const std::string& what,
                          const std::string& path, const std::string& record);
// Integer ids may be written as numbers or strings in the wild; both are accepted.
int64_t requireInteger(const nlohmann::ordered_json& value, const std::string& what,
                       const std::string& path, const std::string& record);

}  // namespace mrcnn
