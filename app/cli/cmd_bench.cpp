// `mrcnn bench`: time a model on one image: per-stage and total seconds (median of N runs
// after one warm-up run), peak resident memory and the OpenBLAS core.

#include <sys/resource.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "command_registry.h"
#include "io/atomic_file.h"
#include "model_args.h"
#include "runtime/runtime.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace {

struct BenchOptions {
    ModelArgs model;
    std::string image;
    int runs = 5;
    std::string json;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

int runBench(const BenchOptions& o) {
    if (o.runs < 1)
        throw std::invalid_argument("--runs must be at least 1, got " + std::to_string(o.runs));
    // Reserved now, so an unwritable --json is reported before the timing runs.
    std::optional<AtomicFile> json;
    if (!o.json.empty())
        json.emplace(o.json);
    Model model = loadModel(o.model);
    auto image = loadImageRgb(o.image);
    model.run(image);  // warm-up: first-touch allocations and kernel selection
    std::vector<std::vector<double>> perStage(kStageCount);
    std::vector<double> totals;
    for (int r = 0; r < o.runs; ++r) {
        auto rec = model.run(image);
        for (int s = 0; s < kStageCount; ++s)
            perStage[s].push_back(rec->seconds(static_cast<Stage>(s)));
        totals.push_back(rec->totalSeconds());
    }
    nlohmann::json out;
    out["stages"] = nlohmann::json::object();
    std::cout << std::fixed << std::setprecision(4);
    for (int s = 0; s < kStageCount; ++s) {
        const double m = median(perStage[s]);
        out["stages"][stageName(static_cast<Stage>(s))] = m;
        std::cout << std::setw(12) << stageName(static_cast<Stage>(s)) << "  " << m << " s\n";
    }
    out["total_s"] = median(totals);
    out["peak_rss_mb"] = peakRssMb();
    std::cout << std::setw(12) << "total"
              << "  " << median(totals) << " s (median of " << o.runs << ")\n"
              << "peak RSS " << std::setprecision(1) << peakRssMb() << " MB, threads "
              << intraOpThreads() << ", OpenBLAS core " << blasCoreName() << "\n";
    if (json) {
        json->write(out.dump(1) + "\n");
        std::cout << "wrote " << o.json << "\n";
    }
    return 0;
}

const CommandRegistration kRegistration{
    "bench", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<BenchOptions>();
        auto* cmd = app.add_subcommand("bench", "Time a model per stage on one image");
        addModelOptions(cmd, opts->model);
        cmd->add_option("--image,-i", opts->image, "Image file")->required();
        cmd->add_option("--runs,-n", opts->runs, "Timed runs after one warm-up")
            ->capture_default_str();
        cmd->add_option("--json", opts->json, "Write {stages, total_s, peak_rss_mb} as JSON");
        cmd->callback([opts, &exitCode] { exitCode = runBench(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
