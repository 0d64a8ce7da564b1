// `mrcnn weights diff A.h5 B.h5 [--json OUT]`: two weight files compared tensor by tensor —
// relative change ‖a − b‖ / ‖b‖ in network order, tensors in one file only, shape changes.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "weights/weight_diff.h"
#include "weights_command.h"

namespace mrcnn::cli {
namespace {

struct DiffOptions {
    std::string a;
    std::string b;
    std::string json;
};

std::string changeText(double change) {
    if (std::isnan(change))
        return "nan";
    if (std::isinf(change))
        return "inf";
    if (change == 0)
        return "0";
    char text[32];
    std::snprintf(text, sizeof text, "%.4e", change);
    return text;
}

nlohmann::ordered_json toJson(const WeightDiff& d) {
    auto refs = [](const std::vector<TensorRef>& list) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& r : list)
            out.push_back({{"layer", r.layer}, {"name", r.name}, {"shape", r.shape}});
        return out;
    };
    nlohmann::ordered_json tensors = nlohmann::ordered_json::array();
    for (const auto& t : d.tensors)  // an infinite or NaN change is written as null
        tensors.push_back({{"layer", t.layer},
                           {"name", t.name},
                           {"relative_change", std::isfinite(t.relativeChange)
                                                   ? nlohmann::ordered_json(t.relativeChange)
                                                   : nlohmann::ordered_json(nullptr)}});
    nlohmann::ordered_json shapes = nlohmann::ordered_json::array();
    for (const auto& s : d.shapeChanged)
        shapes.push_back(
            {{"layer", s.layer}, {"name", s.name}, {"shape_a", s.shapeA}, {"shape_b", s.shapeB}});
    return {{"tensors", tensors},
            {"only_in_a", refs(d.onlyInA)},
            {"only_in_b", refs(d.onlyInB)},
            {"shape_changed", shapes}};
}

void print(const WeightDiff& d, const DiffOptions& opts) {
    auto& out = std::cout;
    out << "A: " << opts.a << "\nB: " << opts.b << "\nrelative change ||a - b|| / ||b||\n\n";
    size_t layerWidth = 5, nameWidth = 6;
    for (const auto& t : d.tensors) {
        layerWidth = std::max(layerWidth, t.layer.size());
        nameWidth = std::max(nameWidth, t.name.size());
    }
    out << std::left << std::setw(static_cast<int>(layerWidth)) << "layer"
        << "  " << std::setw(static_cast<int>(nameWidth)) << "weight"
        << "  relative change\n";
    for (const auto& t : d.tensors)
        out << std::left << std::setw(static_cast<int>(layerWidth)) << t.layer << "  "
            << std::setw(static_cast<int>(nameWidth)) << t.name << "  "
            << changeText(t.relativeChange) << "\n";
    auto list = [&](const char* title, const std::vector<TensorRef>& refs) {
        out << "\n" << title << ": " << refs.size() << "\n";
        for (const auto& r : refs)
            out << "  " << r.layer << "  " << r.name << "  " << shapeText(r.shape) << "\n";
    };
    list("only in A", d.onlyInA);
    list("only in B", d.onlyInB);
    out << "\nshape changed: " << d.shapeChanged.size() << "\n";
    for (const auto& s : d.shapeChanged)
        out << "  " << s.layer << "  " << s.name << "  " << shapeText(s.shapeA) << " -> "
            << shapeText(s.shapeB) << "\n";
    out << "\n" << d.changedCount() << " of " << d.tensors.size() << " common tensors changed\n";
    if (d.unrelated())
        out << "the files share no weight tensor: they are not two versions of one model\n";
}

int runDiff(const DiffOptions& opts) {
    const WeightDiff d = diffWeights(readKerasWeights(opts.a), readKerasWeights(opts.b));
    print(d, opts);
    if (!opts.json.empty())
        writeTextFile(opts.json, toJson(d).dump(1) + "\n");
    return 0;
}

const CommandRegistration kRegistration{
    "weights diff", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<DiffOptions>();
        auto* cmd = weightsCommand(app)->add_subcommand(
            "diff",
            "Compare two weights files: relative change of each tensor, added, removed "
            "and reshaped tensors");
        cmd->add_option("a", opts->a, "Keras .h5 weights file A")->required();
        cmd->add_option("b", opts->b, "Keras .h5 weights file B (the reference: ||a - b|| / ||b||)")
            ->required();
        cmd->add_option("--json", opts->json, "Also write the comparison as JSON to this file");
        cmd->callback([opts, &exitCode] { exitCode = runDiff(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
