// An evaluation at the size of a COCO validation slice, as the window holds one: 500 images of
// 640×480, 7 ground-truth instances and 100 detections each (50,000 detections, every mask an
// RLE), 80 categories. Two targets of the dataset-evaluation issue:
//   BM_RefilterAllMetrics500x100: every number at a new minimum confidence (the live slider),
//     under 200 ms;
//   BM_OpenEvaluationMemory500: the resident memory the open evaluation adds (ground truth,
//     detections and the report at one threshold), under 1 GB.
// The detections are synthetic but shaped like a model's: three near copies of each instance
// (one of another class), the rest scattered, polygons rasterised by the COCO code.

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <random>

#include "coco/rle.h"
#include "metrics/evaluation_report.h"
#include "runtime/runtime.h"

namespace {

using namespace mrcnn;

constexpr int kImages = 500, kHeight = 480, kWidth = 640, kInstances = 7, kDetections = 100;
constexpr int kCategories = 80;

// An octagon inscribed in the box, as COCO polygons [x0, y0, x1, y1, …].
std::vector<double> octagon(double x, double y, double w, double h) {
    std::vector<double> xy;
    for (int k = 0; k < 8; ++k) {
        const double a = (k + 0.5) * M_PI / 4;
        xy.push_back(x + w / 2 + w / 2 * std::cos(a));
        xy.push_back(y + h / 2 + h / 2 * std::sin(a));
    }
    return xy;
}

coco::CocoAnnotation instance(int64_t id, int64_t image, int64_t category, double x, double y,
                              double w, double h) {
    coco::CocoAnnotation a;
    a.id = id;
    a.imageId = image;
    a.categoryId = category;
    a.hasSegmentation = true;
    a.segmentation = coco::fromPolygon(octagon(x, y, w, h), kHeight, kWidth);
    a.area = double(coco::area(a.segmentation));
    a.bbox = coco::toBbox(a.segmentation);
    return a;
}

struct Evaluation {
    coco::CocoDataset gt;
    std::shared_ptr<const std::vector<coco::CocoAnnotation>>
        detections;                                      // as the window holds them
    std::shared_ptr<const coco::MaskOverlaps> overlaps;  // made once, as the window does
};

Evaluation makeEvaluation() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> category(1, kCategories);
    Evaluation e;
    std::vector<coco::CocoAnnotation> detections;
    for (int c = 1; c <= kCategories; ++c)
        e.gt.categories.push_back({c, "class" + std::to_string(c), ""});
    int64_t gtId = 1, dtId = 1;
    for (int i = 1; i <= kImages; ++i) {
        e.gt.imageIndex.emplace(i, e.gt.images.size());
        e.gt.images.push_back({i, kWidth, kHeight, ""});
        int made = 0;
        for (int k = 0; k < kInstances; ++k) {
            const double w = 20 + 250 * unit(rng), h = 20 + 200 * unit(rng);
            const double x = unit(rng) * (kWidth - w), y = unit(rng) * (kHeight - h);
            const int64_t c = category(rng);
            e.gt.annotations.push_back(instance(gtId++, i, c, x, y, w, h));
            for (int copy = 0; copy < 3; ++copy, ++made) {  // near copies; the last mislabelled
                const double jx = (unit(rng) - 0.5) * 0.3 * w, jy = (unit(rng) - 0.5) * 0.3 * h;
                auto d = instance(dtId++, i, copy == 2 ? category(rng) : c, x + jx, y + jy, w, h);
                d.score = copy == 0 ? 0.5 + 0.5 * unit(rng) : unit(rng);
                detections.push_back(std::move(d));
            }
        }
        for (; made < kDetections; ++made) {  // scattered, mostly low scores
            const double w = 10 + 150 * unit(rng), h = 10 + 150 * unit(rng);
            auto d = instance(dtId++, i, category(rng), unit(rng) * (kWidth - w),
                              unit(rng) * (kHeight - h), w, h);
            d.score = std::pow(unit(rng), 3);
            detections.push_back(std::move(d));
        }
    }
    e.detections = std::make_shared<const std::vector<coco::CocoAnnotation>>(std::move(detections));
    return e;
}

const Evaluation& evaluation() {
    static const Evaluation e = [] {
        mrcnn::configureRuntime();  // the allocator policy of the window and the CLI
        Evaluation made = makeEvaluation();
        made.overlaps = std::make_shared<const coco::MaskOverlaps>(made.gt, *made.detections);
        return made;
    }();
    return e;
}

double residentMegabytes() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Argument: the minimum score in hundredths.
void BM_RefilterAllMetrics500x100(benchmark::State& state) {
    const Evaluation& e = evaluation();
    const double minScore = double(state.range(0)) / 100.0;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            metrics::evaluationReport(e.gt, e.detections, minScore, e.overlaps));
    state.counters["detections"] =
        double(metrics::detectionsAtOrAbove(*e.detections, minScore).size());
}
BENCHMARK(BM_RefilterAllMetrics500x100)
    ->Arg(0)
    ->Arg(50)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Each evaluator of the report alone at confidence 0 (where the time goes), and the mask
// intersections made once per evaluation.
void BM_RefilterPart500x100(benchmark::State& state) {
    const Evaluation& e = evaluation();
    const auto& dt = *e.detections;
    const coco::MaskOverlaps* overlaps = e.overlaps.get();
    const char* labels[] = {"COCO bbox", "COCO segm",    "TIDE bbox",           "TIDE segm",
                            "confusion", "original mAP", "mask overlaps (once)"};
    state.SetLabel(labels[state.range(0)]);
    for (auto _ : state) {
        switch (state.range(0)) {
            case 0:
                benchmark::DoNotOptimize(coco::evaluate(e.gt, dt, coco::IouType::Bbox));
                break;
            case 1:
                benchmark::DoNotOptimize(
                    coco::evaluate(e.gt, dt, coco::IouType::Segm, {.maskOverlaps = overlaps}));
                break;
            case 2:
                benchmark::DoNotOptimize(coco::tideErrors(e.gt, dt, coco::IouType::Bbox));
                break;
            case 3:
                benchmark::DoNotOptimize(
                    coco::tideErrors(e.gt, dt, coco::IouType::Segm, {.maskOverlaps = overlaps}));
                break;
            case 4:
                benchmark::DoNotOptimize(
                    coco::confusionMatrix(e.gt, dt, coco::IouType::Segm, 0.5, 0.0, overlaps));
                break;
            case 5:
                benchmark::DoNotOptimize(metrics::matterportDatasetMap(e.gt, dt, 0.0, overlaps));
                break;
            default:
                benchmark::DoNotOptimize(coco::MaskOverlaps(e.gt, dt));
        }
    }
}
BENCHMARK(BM_RefilterPart500x100)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

// One iteration: the memory is what is held after it is built, not a time.
void BM_OpenEvaluationMemory500(benchmark::State& state) {
    for (auto _ : state) {
        const double before = residentMegabytes();
        const Evaluation e = makeEvaluation();
        const double held = residentMegabytes();
        const auto report = metrics::evaluationReport(e.gt, e.detections, 0.0);
        benchmark::DoNotOptimize(report);
        state.counters["resident_MB_evaluation"] = held - before;
        state.counters["resident_MB_with_report"] = residentMegabytes() - before;
        state.counters["detections"] = double(e.detections->size());
    }
}
BENCHMARK(BM_OpenEvaluationMemory500)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
