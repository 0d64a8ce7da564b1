// SerialScope: one thread inside, the previous LibTorch (OpenMP) and OpenBLAS counts after.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "runtime/runtime.h"

using namespace mrcnn;

TEST(SerialScope, OneThreadInsideAndTheCountsRestoredAfter) {
    const int torchBefore = torch::get_num_threads();
    const int blasBefore = blasThreads();
    const bool openBlas = blasCoreName() != "unknown";  // otherwise the BLAS calls do nothing
    torch::set_num_threads(2);
    setBlasThreads(2);
    {
        SerialScope serial;
        EXPECT_EQ(torch::get_num_threads(), 1);
        if (openBlas) {
            EXPECT_EQ(blasThreads(), 1);
        }
        {
            SerialScope nested;  // a no-op inside another
            EXPECT_EQ(torch::get_num_threads(), 1);
        }
        EXPECT_EQ(torch::get_num_threads(), 1);
    }
    EXPECT_EQ(torch::get_num_threads(), 2);
    if (openBlas) {
        EXPECT_EQ(blasThreads(), 2);
    }
    {
        SerialScope inactive(false);
        EXPECT_EQ(torch::get_num_threads(), 2);
    }
    EXPECT_EQ(torch::get_num_threads(), 2);
    torch::set_num_threads(torchBefore);
    setBlasThreads(blasBefore);
}
