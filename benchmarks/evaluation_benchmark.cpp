// The live minimum-confidence threshold of a dataset evaluation: every number recomputed from
// the detections kept at confidence 0 (metrics/evaluation_report.h), on the demo model's 200
// shapes images. The target is well under 200 ms, a fraction of a second in the window;
// BM_DemoModelOneImage is the peer of the same run (one image through the model).

#include <benchmark/benchmark.h>

#include <memory>

#include "config/config.h"
#include "data/shapes_dataset.h"
#include "metrics/dataset_eval.h"
#include "metrics/evaluation_report.h"
#include "pipeline/model.h"
#include "runtime/runtime.h"

namespace {

const mrcnn::Model& demoModel() {
    static const mrcnn::Model model = [] {
        mrcnn::configureRuntime();
        const std::string demo = std::string(MRCNN_SOURCE_DIR) + "/resources/demo/";
        return mrcnn::Model::load(demo + "shapes.h5", mrcnn::loadConfigFile(demo + "shapes.json"));
    }();
    return model;
}

struct DemoEvaluation {
    std::unique_ptr<mrcnn::ShapesDataset> dataset;
    mrcnn::coco::CocoDataset gt;
    std::vector<mrcnn::coco::CocoAnnotation> results;
};

const DemoEvaluation& demoEvaluation() {
    static const DemoEvaluation evaluation = [] {
        DemoEvaluation e;
        e.dataset = std::make_unique<mrcnn::ShapesDataset>(200, 128, 128, 1);
        mrcnn::metrics::DatasetEvalBuilder builder(*e.dataset);
        mrcnn::RunOptions options;
        options.detectionMinConfidence = 0.0;  // as the window's evaluation keeps them
        options.keepTrace = false;
        for (int64_t i = 0; i < e.dataset->numImages(); ++i) {
            const auto image = e.dataset->loadImage(i);
            builder.addImage(i, image.size(0), image.size(1),
                             demoModel().run(image, options)->detections);
        }
        e.gt = builder.groundTruth();
        e.results = builder.results();
        return e;
    }();
    return evaluation;
}

// Argument: the minimum score in hundredths.
void BM_EvaluationAtMinScore200Images(benchmark::State& state) {
    const DemoEvaluation& e = demoEvaluation();
    const double minScore = double(state.range(0)) / 100.0;
    // Held as the window holds them: the report points into them, nothing is copied.
    const auto results =
        std::make_shared<const std::vector<mrcnn::coco::CocoAnnotation>>(e.results);
    for (auto _ : state)
        benchmark::DoNotOptimize(mrcnn::metrics::evaluationReport(e.gt, results, minScore));
    state.counters["detections"] =
        double(mrcnn::metrics::detectionsAtOrAbove(e.results, minScore).size());
}
BENCHMARK(BM_EvaluationAtMinScore200Images)
    ->Arg(0)
    ->Arg(70)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_DemoModelOneImage(benchmark::State& state) {
    const mrcnn::ShapesDataset dataset(1, 128, 128, 1);
    const auto image = dataset.loadImage(0);
    mrcnn::RunOptions options;
    options.keepTrace = false;
    for (auto _ : state)
        benchmark::DoNotOptimize(demoModel().run(image, options));
}
BENCHMARK(BM_DemoModelOneImage)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
