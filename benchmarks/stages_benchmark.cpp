// Speed of the index-logic stages at their real sizes: the proposal layer's NMS over the demo
// model's 4092 anchors and ROI alignment of 1000 proposals (demo and COCO widths).

#include <benchmark/benchmark.h>

#include "proposals/tf_non_max_suppression.h"
#include "roi_align/pyramid_roi_align.h"
#include "runtime/runtime.h"

namespace {

// Random normalised boxes of 3-50 % of the image: heavy overlap, as RPN proposals have.
torch::Tensor randomBoxes(int64_t n) {
    auto corner = torch::rand({n, 2}) * 0.7;
    auto size = torch::rand({n, 2}) * 0.47 + 0.03;
    return torch::cat({corner, (corner + size).clamp_max(1.0)}, 1).contiguous();
}

void BM_ProposalNms4092To1000(benchmark::State& state) {
    mrcnn::configureRuntime();
    torch::manual_seed(1);
    auto boxes = randomBoxes(4092);
    auto scores = torch::rand({4092});
    for (auto _ : state)
        benchmark::DoNotOptimize(mrcnn::tfNonMaxSuppression(boxes, scores, 1000, 0.7f));
}
BENCHMARK(BM_ProposalNms4092To1000)->Unit(benchmark::kMillisecond);

// Arguments: channels, P2 side (the molded image is 4x that).
void BM_PyramidRoiAlign1000(benchmark::State& state) {
    mrcnn::configureRuntime();
    torch::manual_seed(2);
    const int64_t channels = state.range(0), side = state.range(1);
    mrcnn::PyramidRoiAlignInput in;
    in.boxes = randomBoxes(1000);
    for (int k = 0; k < 4; ++k)
        in.featureMaps.push_back(torch::rand({1, side >> k, side >> k, channels}));
    in.layout = mrcnn::FeatureLayout::Nhwc;
    in.imageHeight = in.imageWidth = 4 * side;
    for (auto _ : state)
        benchmark::DoNotOptimize(mrcnn::pyramidRoiAlign(in, 7));
}
BENCHMARK(BM_PyramidRoiAlign1000)->Args({64, 32})->Args({256, 256})->Unit(benchmark::kMillisecond);

}  // namespace
