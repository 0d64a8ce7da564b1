#include "io/json_parse.h"

#include <algorithm>

namespace mrcnn {
namespace {

struct Position {
    int64_t line = 1;
    int64_t column = 1;
};

Position positionOf(const std::string& text, size_t offset) {
    Position p;
    offset = std::min(offset, text.size());
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

[[noreturn]] void failAt(const std::string& text, const std::string& path, size_t offset,
                         const std::string& reason) {
    Position p = positionOf(text, offset);
    throw JsonError(path, p.line, p.column, static_cast<int64_t>(offset), reason);
}

// nlohmann's DOM parser and destructor recurse per level, so 100,000 nested brackets overflow
// the stack: refuse them first, skipping strings.
void checkDepth(const std::string& text, const std::string& path, int maxDepth) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                failAt(text, path, i,
                       "JSON nested deeper than " + std::to_string(maxDepth) +
                           " levels (arrays/objects inside each other)");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

// nlohmann's message without the "[json.exception.parse_error.101] parse error at line 1,
// column 5: " prefix (the position is given separately).
std::string plainReason(const std::string& what) {
    std::string msg = what;
    if (auto pos = msg.find("] "); msg.rfind("[json.exception", 0) == 0 && pos != std::string::npos)
        msg = msg.substr(pos + 2);
    if (auto pos = msg.find(": "); msg.rfind("parse error", 0) == 0 && pos != std::string::npos)
        msg = msg.substr(pos + 2);
    return msg;
}

// nlohmann throws out_of_range.406 "number overflow parsing '1e400'" without a position: find
// the literal to give one.
[[noreturn]] void failOverflow(const std::string& text, const std::string& path,
                               const std::string& what) {
    std::string literal;
    if (auto a = what.find('\''); a != std::string::npos) {
        if (auto b = what.find('\'', a + 1); b != std::string::npos)
            literal = what.substr(a + 1, b - a - 1);
    }
    const std::string reason = "number " + (literal.empty() ? std::string("") : literal + " ") +
                               "is out of range (beyond the largest double, about 1.8e308)";
    size_t at = literal.empty() ? std::string::npos : text.find(literal);
    if (at == std::string::npos)
        throw JsonError(path, 0, 0, -1, reason);
    failAt(text, path, at, reason);
}

template <typename Json>
Json parseChecked(const std::string& text, const std::string& path, int maxDepth) {
    checkDepth(text, path, maxDepth);
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const size_t offset = e.byte == 0 ? 0 : e.byte - 1;
        std::string reason = plainReason(e.what());
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            reason = "empty file, expected JSON";
        failAt(text, path, offset, "malformed JSON: " + reason);
    } catch (const nlohmann::json::out_of_range& e) {
        failOverflow(text, path, e.what());
    } catch (const nlohmann::json::exception& e) {
        throw JsonError(path, 0, 0, -1, "malformed JSON: " + plainReason(e.what()));
    }
}

std::string whereText(int64_t line, int64_t column, int64_t byte) {
    if (line <= 0)
        return "";
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
           std::to_string(byte) + ")";
}

}  // namespace

JsonError::JsonError(std::string path, int64_t line, int64_t column, int64_t byte,
                     std::string reason)
    : std::runtime_error(path + (line > 0 ? ": " + whereText(line, column, byte) : "") + ": " +
                         reason),
      m_path(std::move(path)),
      m_where(whereText(line, column, byte)),
      m_reason(std::move(reason)),
      m_line(line) {}

nlohmann::json parseJson(const std::string& text, const std::string& path, int maxDepth) {
    return parseChecked<nlohmann::json>(text, path, maxDepth);
}

nlohmann::ordered_json parseOrderedJson(const std::string& text, const std::string& path,
                                        int maxDepth) {
    return parseChecked<nlohmann::ordered_json>(text, path, maxDepth);
}

}  // namespace mrcnn
