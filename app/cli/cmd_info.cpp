// `mrcnn info WEIGHTS.h5 [--json OUT]`: what a Keras weight file holds (layers, weights and
// shapes, parameter counts per group) and what it says about the model.

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command_registry.h"
#include "io/atomic_file.h"
#include "weights/keras_layout.h"
#include "weights/weight_finite.h"
#include "weights/weight_loader.h"

namespace mrcnn::cli {
namespace {

struct InfoOptions {
    std::string weights;
    std::string json;
};

std::string shapeText(const torch::Tensor& t) {
    std::string s = "(";
    for (int64_t i = 0; i < t.dim(); ++i)
        s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + (t.dim() == 1 ? ",)" : ")");
}

template <typename T>
nlohmann::json orNull(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// The config attribute as JSON; its text when it does not parse, null when absent.
nlohmann::json storedConfig(const KerasWeightFile& file) {
    if (file.configJson.empty())
        return nullptr;
    nlohmann::json parsed = nlohmann::json::parse(file.configJson, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json(file.configJson) : parsed;
}

nlohmann::json describe(const KerasWeightFile& file) {
    nlohmann::json layers = nlohmann::json::array();
    std::map<std::string, int64_t> groups = {
        {"backbone", 0}, {"fpn", 0}, {"rpn", 0}, {"heads", 0}, {"other", 0}};
    int64_t total = 0, weighted = 0, tensors = 0;
    for (const auto& layer : file.layers) {
        nlohmann::json weights = nlohmann::json::array();
        for (const auto& w : layer.weights) {
            weights.push_back({{"name", w.name}, {"shape", w.value.sizes().vec()}});
            groups[parameterGroup(layer.name)] += w.value.numel();
            total += w.value.numel();
            ++tensors;
        }
        if (!layer.weights.empty())
            ++weighted;
        layers.push_back({{"name", layer.name}, {"weights", weights}});
    }
    const WeightsFacts f = weightsFacts(file);
    nlohmann::json nonFinite = nlohmann::json::array();
    for (const auto& b : nonFiniteTensors(file))
        nonFinite.push_back({{"name", b.name}, {"nan", b.nan}, {"inf", b.inf}, {"count", b.numel}});
    return {{"keras_version", file.kerasVersion},
            {"backend", file.backend},
            {"full_model", file.fullModel},
            {"num_layers", file.layers.size()},
            {"num_weighted_layers", weighted},
            {"num_weight_tensors", tensors},
            {"num_parameters", total},
            {"parameters_by_group", groups},
            {"stored_config", storedConfig(file)},
            {"inferred",
             {{"BACKBONE", orNull(f.backbone)},
              {"NUM_CLASSES", orNull(f.numClasses)},
              {"RESNET_WIDTH", orNull(f.resnetWidth)},
              {"IMAGE_CHANNEL_COUNT", orNull(f.inputChannels)},
              {"TOP_DOWN_PYRAMID_SIZE", orNull(f.pyramidSize)},
              {"FPN_CLASSIF_FC_LAYERS_SIZE", orNull(f.fcSize)},
              {"POOL_SIZE", orNull(f.poolSize)},
              {"RPN_CONV_CHANNELS", orNull(f.rpnConvChannels)},
              {"MASK_HEAD_CHANNELS", orNull(f.maskHeadChannels)},
              {"anchors_per_location", orNull(f.anchorsPerLocation)},
              {"mask_head", f.maskHead}}},
            {"non_finite", nonFinite},
            {"layers", layers}};
}

void print(const KerasWeightFile& file, const nlohmann::json& info) {
    std::cout << "layers:\n";
    for (const auto& layer : file.layers) {
        std::cout << "  " << layer.name << "\n";
        for (const auto& w : layer.weights)
            std::cout << "      " << std::left << std::setw(44) << w.name << " "
                      << shapeText(w.value) << "\n";
    }
    std::cout << "keras_version: " << (file.kerasVersion.empty() ? "?" : file.kerasVersion)
              << "\nbackend: " << (file.backend.empty() ? "?" : file.backend)
              << (file.fullModel ? "\nsaved with model.save (weights under /model_weights)" : "")
              << "\nlayers: " << info["num_layers"] << " (" << info["num_weighted_layers"]
              << " with weights, " << info["num_weight_tensors"] << " arrays)"
              << "\nparameters: " << info["num_parameters"] << "\n";
    for (const char* g : {"backbone", "fpn", "rpn", "heads", "other"})
        std::cout << "  " << std::left << std::setw(10) << g << info["parameters_by_group"][g]
                  << "\n";
    std::cout << "stored config: "
              << (file.configJson.empty()
                      ? std::string("none (run commands infer one and name each guess)")
                      : std::string("yes (attribute ") + kConfigAttribute + ")")
              << "\n";
    // NaN/Inf weights make run commands refuse the file: say so here first.
    std::cout << "non-finite values: "
              << (info["non_finite"].empty() ? std::string("none") : std::string("")) << "\n";
    for (const auto& b : info["non_finite"])
        std::cout << "  " << b["name"].get<std::string>() << ": " << b["nan"] << " NaN, "
                  << b["inf"] << " Inf of " << b["count"] << "\n";
    std::cout << "inferred:\n";
    for (const auto& [key, value] : info["inferred"].items())
        std::cout << "  " << std::left << std::setw(28) << key
                  << (value.is_null() ? std::string("(not in the file)") : value.dump()) << "\n";
}

int runInfo(const InfoOptions& opts) {
    const KerasWeightFile file = readKerasWeights(opts.weights);
    const nlohmann::json info = describe(file);
    print(file, info);
    if (!opts.json.empty()) {
        writeFileAtomically(opts.json, info.dump(1) + "\n");
    }
    return 0;
}

const CommandRegistration kRegistration{
    "info", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<InfoOptions>();
        auto* cmd =
            app.add_subcommand("info", "Show the layers, shapes and sizes of a weights file");
        cmd->add_option("weights", opts->weights, "Keras .h5 weights file")->required();
        cmd->add_option("--json", opts->json, "Also write the information as JSON to this file");
        cmd->callback([opts, &exitCode] { exitCode = runInfo(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
