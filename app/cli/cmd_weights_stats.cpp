// `mrcnn weights stats W.h5 [--json OUT]`: the original's weight-statistics table (every weight
// tensor with min, max, mean, std and its alerts) with NaN/Inf counts and parameters per stage.

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "weights/weight_stats.h"
#include "weights_command.h"

namespace mrcnn::cli {
namespace {

struct StatsOptions {
    std::string weights;
    std::string json;
};

std::string joined(const std::vector<std::string>& items) {
    std::string s;
    for (const auto& item : items)
        s += (s.empty() ? "" : ",") + item;
    return s;
}

nlohmann::ordered_json toJson(const WeightStats& stats) {
    nlohmann::ordered_json tensors = nlohmann::ordered_json::array();
    for (const auto& t : stats.tensors)  // NaN statistics (no finite value) are written as null
        tensors.push_back({{"layer", t.layer},
                           {"name", t.name},
                           {"shape", t.shape},
                           {"count", t.count},
                           {"min", t.min},
                           {"max", t.max},
                           {"mean", t.mean},
                           {"std", t.stddev},
                           {"nan", t.nan},
                           {"inf", t.inf},
                           {"alerts", t.alerts}});
    nlohmann::ordered_json stages = nlohmann::ordered_json::object();
    for (const auto& s : stats.stages)
        stages[s.stage] = s.parameters;
    return {{"tensors", tensors}, {"stages", stages}};
}

void print(const WeightStats& stats) {
    size_t layerWidth = 5, nameWidth = 6, shapeWidth = 5;
    for (const auto& t : stats.tensors) {
        layerWidth = std::max(layerWidth, t.layer.size());
        nameWidth = std::max(nameWidth, t.name.size());
        shapeWidth = std::max(shapeWidth, shapeText(t.shape).size());
    }
    auto& out = std::cout;
    out << std::left << std::setw(static_cast<int>(layerWidth)) << "layer"
        << "  " << std::setw(static_cast<int>(nameWidth)) << "weight"
        << "  " << std::setw(static_cast<int>(shapeWidth)) << "shape" << std::right << std::setw(12)
        << "count" << std::setw(13) << "min" << std::setw(13) << "max" << std::setw(13) << "mean"
        << std::setw(13) << "std" << std::setw(8) << "nan" << std::setw(8) << "inf"
        << "  alerts\n";
    std::map<std::string, int> alertCounts;
    for (const auto& t : stats.tensors) {
        out << std::left << std::setw(static_cast<int>(layerWidth)) << t.layer << "  "
            << std::setw(static_cast<int>(nameWidth)) << t.name << "  "
            << std::setw(static_cast<int>(shapeWidth)) << shapeText(t.shape) << std::right
            << std::setw(12) << t.count << std::setw(13) << signedFixed(t.min) << std::setw(13)
            << signedFixed(t.max) << std::setw(13) << signedFixed(t.mean) << std::setw(13)
            << signedFixed(t.stddev) << std::setw(8) << t.nan << std::setw(8) << t.inf << "  "
            << joined(t.alerts) << "\n";
        for (const auto& a : t.alerts)
            ++alertCounts[a];
    }
    out << "\n"
        << stats.tensors.size() << " tensors, " << grouped(stats.totalParameters)
        << " parameters; alerts:";
    if (alertCounts.empty())
        out << " none";
    for (const char* a : {"dead", "exploding", "nan", "inf"})
        if (alertCounts.count(a))
            out << " " << alertCounts[a] << " " << a;
    out << "\n\nparameters by stage:\n";
    for (const auto& s : stats.stages)
        out << "  " << std::left << std::setw(12) << s.stage << std::right << std::setw(14)
            << grouped(s.parameters) << "\n";
}

int runStats(const StatsOptions& opts) {
    const WeightStats stats = weightStats(readKerasWeights(opts.weights));
    print(stats);
    if (!opts.json.empty())
        writeTextFile(opts.json, toJson(stats).dump(1) + "\n");
    return 0;
}

const CommandRegistration kRegistration{
    "weights stats", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<StatsOptions>();
        auto* cmd = weightsCommand(app)->add_subcommand(
            "stats", "Every weight tensor's min, max, mean, std, NaN/Inf counts and alerts");
        cmd->add_option("weights", opts->weights, "Keras .h5 weights file")->required();
        cmd->add_option("--json", opts->json, "Also write the statistics as JSON to this file");
        cmd->callback([opts, &exitCode] { exitCode = runStats(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
