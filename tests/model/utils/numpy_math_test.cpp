#include "utils/numpy_math.h"

#include <gtest/gtest.h>

#include <cmath>

#include "model/utils/utils_test_data.h"

using namespace mrcnn;

// Values recorded from numpy 1.24 (np.exp / np.log on float32 arrays) on x86-64.
TEST(UtilsNumpyMath, ExpMatchesNumpyBitForBit) {
    auto t = test::loadNpyTensor(test::utilsDataDir() / "numpy_exp_f32.npy");
    auto got = numpyExp(t[0].contiguous());
    EXPECT_TRUE(got.equal(t[1])) << (got - t[1]).abs().max();
    EXPECT_TRUE(std::isinf(numpyExpF32(100.0f)));
    EXPECT_EQ(numpyExpF32(-200.0f), 0.0f);
    EXPECT_TRUE(std::isnan(numpyExpF32(NAN)));
    EXPECT_EQ(numpyExpF32(0.0f), 1.0f);
}

TEST(UtilsNumpyMath, LogMatchesNumpyBitForBit) {
    auto t = test::loadNpyTensor(test::utilsDataDir() / "numpy_log_f32.npy");
    auto got = numpyLog(t[0].contiguous());
    EXPECT_TRUE(got.equal(t[1])) << (got - t[1]).abs().max();
    EXPECT_EQ(numpyLogF32(0.0f), -INFINITY);
    EXPECT_TRUE(std::isnan(numpyLogF32(-1.0f)));
    EXPECT_EQ(numpyLogF32(INFINITY), INFINITY);
    EXPECT_EQ(numpyLogF32(1.0f), 0.0f);
    EXPECT_THROW(numpyLog(torch::zeros({2}, torch::kFloat64)), std::invalid_argument);
    EXPECT_EQ(numpyExp(torch::zeros({0}, torch::kFloat32)).numel(), 0);
}
