#pragma once
// The one JSON parse for every reader (config loader, COCO, VIA, xBD, results): nesting depth
// is limited by a pre-scan before nlohmann recurses, numbers out of double range and syntax
// errors are reported with the file, line, column, byte offset and the reason in plain words.

#include <cstdint>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace mrcnn {

inline constexpr int kMaxJsonDepth = 512;

class JsonError : public std::runtime_error {
public:
    JsonError(std::string path, int64_t line, int64_t column, int64_t byte, std::string reason);
    const std::string& path() const { return m_path; }
    // "line L, column C (byte B)"; empty when no position is known.
    const std::string& where() const { return m_where; }
    const std::string& reason() const { return m_reason; }
    int64_t line() const { return m_line; }

private:
    std::string m_path;
    std::string m_where;
    std::string m_reason;
    int64_t m_line;
};

// `text` came from `path` (only used in messages). Throws JsonError.
nlohmann::json parseJson(const std::string& text, const std::string& path,
                         int maxDepth = kMaxJsonDepth);
nlohmann::ordered_json parseOrderedJson(const std::string& text, const std::string& path,
                                        int maxDepth = kMaxJsonDepth);

}  // namespace mrcnn
