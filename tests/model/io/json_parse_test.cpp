#include "io/json_parse.h"

#include <gtest/gtest.h>

using namespace mrcnn;

namespace {

std::string nested(int depth) {
    return std::string(static_cast<size_t>(depth), '[') +
           std::string(static_cast<size_t>(depth), ']');
}

TEST(JsonParse, DepthIsLimitedBeforeParsing) {
    EXPECT_NO_THROW(parseJson(nested(kMaxJsonDepth), "ok.json"));
    try {
        parseJson("{\"a\":\n" + nested(100000) + "}", "deep.json");  // would overflow the stack
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "deep.json");
        EXPECT_EQ(e.line(), 2);
        EXPECT_NE(e.reason().find("nested deeper than 512 levels"), std::string::npos)
            << e.reason();
        EXPECT_EQ(e.where(), "line 2, column 512 (byte 517)");
    }
    // Brackets inside strings (escaped quotes too) do not count.
    const std::string inString = "[\"" + std::string(1000, '[') + "\\\"" + "\"]";
    EXPECT_NO_THROW(parseOrderedJson(inString, "s.json"));
}

TEST(JsonParse, NumberOutOfRangeNamesTheLiteralAndLine) {
    try {
        parseJson("{\n \"NUM_CLASSES\": 1e400\n}", "cfg.json");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_EQ(e.reason(),
                  "number 1e400 is out of range (beyond the largest double, about 1.8e308)");
        EXPECT_EQ(std::string(e.what()), "cfg.json: line 2, column 17 (byte 18): " + e.reason());
    }
}

TEST(JsonParse, SyntaxErrorsInPlainWords) {
    try {
        parseJson("{\"a\": tru}", "x.json");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.reason().rfind("malformed JSON: ", 0), 0u) << e.reason();
        EXPECT_EQ(e.reason().find("[json.exception"), std::string::npos) << e.reason();
        EXPECT_EQ(e.line(), 1);
    }
    try {
        parseJson("  \n", "empty.json");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.reason(), "malformed JSON: empty file, expected JSON");
    }
}

TEST(JsonParse, OrderedKeepsKeyOrder) {
    auto j = parseOrderedJson(R"({"z": 1, "a": 2})", "p");
    EXPECT_EQ(j.begin().key(), "z");
    EXPECT_EQ(parseJson("[1, 2.5]", "p")[1].get<double>(), 2.5);
}

}  // namespace
