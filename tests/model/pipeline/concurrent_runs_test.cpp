// Runs started from several threads take turns (one process-wide lock), give the same results
// as one after another, and leave OpenBLAS's process-wide thread count as it was.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "pipeline/model.h"
#include "runtime/runtime.h"
#include "support/micro_model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"

namespace mrcnn {
namespace {

TEST(ConcurrentRuns, TakeTurnsAndMatchOneAfterAnother) {
    const Model& model = test::microModel();
    const auto image = loadImageRgb((test::dataDir() / "images/shapes_001.png").string());
    const int blasBefore = blasThreads();
    setBlasThreads(2);  // the mask head's BlasThreadScope sets 1 and must restore this
    const int blasSet = blasThreads();
    const auto reference = model.run(image);
    ASSERT_GT(reference->detections.count(), 0);

    // Each stage checks that the run that started last is still its own: an overlapping run
    // would take the slot over. The pause widens the window an overlap would need.
    std::atomic<int> owner{-1};
    std::atomic<int> overlaps{0};
    constexpr int kThreads = 3, kRuns = 2;
    std::vector<std::shared_ptr<const Inspection>> results(kThreads * kRuns);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int r = 0; r < kRuns; ++r) {
                RunOptions options;
                options.progress = [&, t](Stage stage, int, int) {
                    if (stage == Stage::Mold)
                        owner = t;
                    else if (owner != t)
                        ++overlaps;
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    return true;
                };
                results[t * kRuns + r] = model.run(image, options);
            }
        });
    for (auto& th : threads)
        th.join();

    EXPECT_EQ(overlaps, 0);
    const Detections& want = reference->detections;
    for (const auto& rec : results) {
        ASSERT_TRUE(rec);
        const Detections& got = rec->detections;
        EXPECT_TRUE(torch::equal(got.rois().tensor(), want.rois().tensor()));
        EXPECT_TRUE(torch::equal(got.classIds(), want.classIds()));
        EXPECT_TRUE(torch::equal(got.scores(), want.scores()));
        EXPECT_TRUE(torch::equal(got.masks(), want.masks()));
    }
    EXPECT_EQ(blasThreads(), blasSet);
    setBlasThreads(blasBefore);
}

}  // namespace
}  // namespace mrcnn
