#include "io/prefetch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace mrcnn {
namespace {

TEST(Prefetch, HandsOverEveryItemInOrderWithItsErrors) {
    const std::vector<int64_t> indices = {4, 1, 7, 2};
    std::vector<int64_t> seen;
    std::vector<std::string> errors;
    forEachPrefetched<int>(
        indices,
        [](int64_t i) {
            if (i == 7)
                throw std::runtime_error("image 7 is unreadable");
            return int(i * 10);
        },
        [&](Prefetched<int> item) {
            seen.push_back(item.index);
            if (item.value)
                EXPECT_EQ(*item.value, item.index * 10);
            else
                errors.push_back(item.error);
        });
    EXPECT_EQ(seen, indices);
    EXPECT_EQ(errors, std::vector<std::string>{"image 7 is unreadable"});
}

// The point of it: the next read runs while the current item is used. use(first) waits for
// load(second) to start; a loader that only read on demand would leave it waiting.
TEST(Prefetch, TheNextReadOverlapsTheCurrentUse) {
    std::atomic<bool> secondStarted{false};
    bool overlapped = false;
    forEachPrefetched<int>(
        {0, 1},
        [&](int64_t i) {
            if (i == 1)
                secondStarted = true;
            return int(i);
        },
        [&](Prefetched<int> item) {
            if (item.index != 0)
                return;
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (!secondStarted && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            overlapped = secondStarted;
        });
    EXPECT_TRUE(overlapped);
}

TEST(Prefetch, AUseReturningFalseStopsTheLoop) {
    std::vector<int64_t> used;
    forEachPrefetched<int>(
        {0, 1, 2, 3}, [](int64_t i) { return int(i); },
        [&](Prefetched<int> item) {
            used.push_back(item.index);
            return item.index < 1;
        });
    EXPECT_EQ(used, (std::vector<int64_t>{0, 1}));
}

TEST(Prefetch, AnEmptyListCallsNeitherLoadNorUse) {
    int calls = 0;
    forEachPrefetched<int>(
        {}, [&](int64_t) { return ++calls; }, [&](Prefetched<int>) { ++calls; });
    EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace mrcnn
