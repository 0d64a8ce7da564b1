#include "data/json_file.h"

#include <gtest/gtest.h>

#include <limits>

#include "data/dataset_error.h"
#include "data_test_util.h"

using namespace mrcnn;

TEST(DatasetJson, ParseErrorGivesLineAndColumn) {
    try {
        parseJsonText("{\n  \"a\": 1,\n  \"b\": ]\n}", "f.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), "f.json");
        EXPECT_EQ(e.record(), "line 3, column 8 (byte 19)");
        EXPECT_NE(e.reason().find("malformed JSON"), std::string::npos);
    }
}

TEST(DatasetJson, EmptyAndTruncatedText) {
    EXPECT_THROW(parseJsonText("", "e.json"), DatasetError);
    try {
        parseJsonText("{\"a\": [1, 2", "t.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.record(), "line 1, column 12 (byte 11)");
    }
}

TEST(DatasetJson, MissingFile) {
    try {
        readJsonFile("/nonexistent/x.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.reason(), "no such file");
    }
}

TEST(DatasetJson, TypedAccess) {
    auto j = parseJsonText(R"({"n": 3, "f": 2.0, "s": "17", "bad": "x", "arr": []})", "p");
    EXPECT_EQ(requireInteger(requireKey(j, "n", "p", "r"), "n", "p", "r"), 3);
    EXPECT_EQ(requireInteger(j["f"], "f", "p", "r"), 2);
    EXPECT_EQ(requireInteger(j["s"], "s", "p", "r"), 17);
    EXPECT_THROW(requireInteger(j["bad"], "bad", "p", "r"), DatasetError);
    // Beyond int64: refused, not wrapped or cast out of range (found by fuzzing).
    auto big = parseJsonText(R"({"f": 1.88e52, "u": 18446744073709551615, "m": -9.3e18})", "p");
    for (const char* key : {"f", "u", "m"})
        EXPECT_THROW(requireInteger(big[key], key, "p", "r"), DatasetError) << key;
    EXPECT_EQ(requireInteger(parseJsonText("-9223372036854775808", "p"), "x", "p", "r"),
              std::numeric_limits<int64_t>::min());
    EXPECT_THROW(requireNumber(j["s"], "s", "p", "r"), DatasetError);
    EXPECT_THROW(requireString(j["n"], "n", "p", "r"), DatasetError);
    EXPECT_THROW(requireKey(j["arr"], "x", "p", "r"), DatasetError);
    try {
        requireKey(j, "missing", "p.json", "images[3]");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_STREQ(e.what(), "p.json: images[3]: missing key 'missing'");
    }
}

TEST(DatasetJson, KeepsFileOrder) {
    auto j = parseJsonText(R"({"z": 1, "a": 2})", "p");
    EXPECT_EQ(j.begin().key(), "z");
}
