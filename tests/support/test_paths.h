#pragma once
// Where test data lives: tests/data (always present) and ../shared (development only).

#include <filesystem>
#include <string>

namespace mrcnn::test {

inline std::filesystem::path dataDir() {
    return MRCNN_TEST_DATA_DIR;
}
inline std::filesystem::path sharedDir() {
    return MRCNN_SHARED_DIR;
}
inline bool haveShared() {
    return std::filesystem::exists(sharedDir() / "reference");
}

}  // namespace mrcnn::test

// Skips the current test when ../shared is not next to the checkout (a plain clone).
#define MRCNN_REQUIRE_SHARED()                  \
    do {                                        \
        if (!::mrcnn::test::haveShared())       \
            GTEST_SKIP() << "../shared absent"; \
    } while (0)
