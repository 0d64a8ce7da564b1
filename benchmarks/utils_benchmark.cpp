// Speed of the numpy/skimage-faithful utilities on full-size inputs.

#include <benchmark/benchmark.h>

#include "runtime/runtime.h"
#include "utils/image_ops.h"

namespace {

void BM_SkimageResize640To1024(benchmark::State& state) {
    mrcnn::configureRuntime();
    auto img = torch::randint(0, 256, {640, 640, 3}, torch::kUInt8);
    for (auto _ : state)
        benchmark::DoNotOptimize(mrcnn::skimageResize(img, 1024, 1024));
}
BENCHMARK(BM_SkimageResize640To1024)->Unit(benchmark::kMillisecond);

void BM_Unmold100Masks(benchmark::State& state) {
    mrcnn::configureRuntime();
    auto masks = torch::rand({100, 28, 28});
    for (auto _ : state) {
        for (int i = 0; i < 100; ++i) {
            const int64_t y = (i * 37) % 700, x = (i * 53) % 700;
            benchmark::DoNotOptimize(
                mrcnn::unmoldMask(masks[i], {y, x, y + 100 + i * 2, x + 150 + i}, 1024, 1024));
        }
    }
}
BENCHMARK(BM_Unmold100Masks)->Unit(benchmark::kMillisecond);

}  // namespace
