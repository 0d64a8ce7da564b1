// `mrcnn bench`: time a model on one image: per-stage and total seconds (median of N runs
// after one warm-up run), peak resident memory and the OpenBLAS core.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "command_registry.h"
#include "io/atomic_file.h"
#include "model_args.h"
#include "runtime/conv_autotune.h"
#include "runtime/runtime.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace {

struct BenchOptions {
    ModelArgs model;
    std::string image;
    int runs = 5;
    std::string json;
    bool autotuneReport = false;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// A large single-precision matrix product's rate on the threads in use: what a convolution
// could reach at best.
double sgemmGflops() {
    const int64_t n = 2048;
    const auto a = torch::rand({n, n}), b = torch::rand({n, n});
    (void)torch::mm(a, b);
    double best = 1e30;
    for (int r = 0; r < 3; ++r) {
        const auto start = std::chrono::steady_clock::now();
        (void)torch::mm(a, b);
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return 2.0 * double(n * n * n) / best / 1e9;
}

// The autotune's table for the shapes this run met: each candidate's rate, the choice.
nlohmann::json printAutotuneReport() {
    const double peak = sgemmGflops();
    nlohmann::json rows = nlohmann::json::array();
    std::cout << "\nconvolution paths measured on this machine (" << ConvAutotune::machineTag()
              << "; sgemm peak " << std::setprecision(0) << peak << " GFLOP/s):\n"
              << std::setw(52) << std::left << "input -> output, kernel, stride, padding"
              << std::right;
    for (size_t p = 0; p < kConvPathCount; ++p)
        std::cout << std::setw(16) << convPathName(ConvPath(p));
    std::cout << "   chosen (GFLOP/s)\n";
    double chosenSeconds = 0, channelsLastSeconds = 0;
    for (const ConvChoice& c : ConvAutotune::instance().choices()) {
        std::cout << std::setw(52) << std::left << c.call.describe() << std::right;
        nlohmann::json rates = nlohmann::json::object();
        for (size_t p = 0; p < kConvPathCount; ++p) {
            if (!c.seconds[p]) {
                std::cout << std::setw(16) << "-";
                continue;
            }
            const double gflops = c.call.flops() / *c.seconds[p] / 1e9;
            rates[convPathName(ConvPath(p))] = gflops;
            std::cout << std::setw(16) << std::setprecision(1) << gflops;
        }
        std::cout << "   " << convPathName(c.path) << "\n";
        if (const auto& s = c.seconds[size_t(c.path)])
            chosenSeconds += *s;
        if (const auto& s = c.seconds[size_t(ConvPath::ChannelsLast)])
            channelsLastSeconds += *s;
        rows.push_back(
            {{"shape", c.call.describe()}, {"gflops", rates}, {"chosen", convPathName(c.path)}});
    }
    std::cout << std::setprecision(1) << "sum over the shapes (each once): chosen "
              << chosenSeconds * 1e3 << " ms, all channels-last " << channelsLastSeconds * 1e3
              << " ms\n";
    return {{"machine", ConvAutotune::machineTag()}, {"sgemm_gflops", peak}, {"shapes", rows}};
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
    if (o.autotuneReport) {
        if (!ConvAutotune::instance().enabled())
            throw std::invalid_argument(
                "--autotune-report measures the autotune: leave out --no-autotune");
        // Measured anew (and cached again), so the table has every candidate's time.
        ConvAutotune::instance().enable(ConvAutotune::defaultCacheFolder(), true);
    }
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
              << intraOpThreads() << ", OpenBLAS core " << blasCoreName() << ", convolutions "
              << (ConvAutotune::instance().enabled() ? "autotuned" : "channels-last") << "\n";
    if (o.autotuneReport)
        out["autotune"] = printAutotuneReport();
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
        cmd->add_flag("--autotune-report", opts->autotuneReport,
                      "Measure every convolution path of the model's shapes anew and print the "
                      "table (GFLOP/s per path, the choice, the sgemm peak)");
        cmd->callback([opts, &exitCode] { exitCode = runBench(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
