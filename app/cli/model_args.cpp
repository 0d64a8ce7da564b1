#include "model_args.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "config_report.h"
#include "io/input_file.h"
#include "runtime/runtime.h"

namespace mrcnn::cli {

void addModelOptions(CLI::App* cmd, ModelArgs& args, bool weightsRequired) {
    cmd->add_option("--config,-c", args.config,
                    "Preset, JSON file, or 'auto' to infer it from the weights")
        ->capture_default_str();
    cmd->add_option("--weights,-w", args.weights, "Keras .h5 weights")->required(weightsRequired);
    cmd->add_option("--threads", args.threads,
                    "Intra-op threads (0 = all cores, at most 4 x the cores)")
        ->capture_default_str()
        ->check(CLI::Range(0, maxThreads()));
    cmd->add_flag("--allow-nonfinite-weights", args.allowNonFinite,
                  "Load weights holding NaN/Inf values (refused otherwise), with a warning");
}

namespace {

Model warnNonFinite(Model model, const std::string& path) {
    const auto& bad = model.loadReport().nonFinite;
    if (!bad.empty())
        std::cerr << "WARNING: " << path << ": " << describeNonFinite(bad)
                  << "; loaded anyway (--allow-nonfinite-weights): results are not meaningful\n";
    return model;
}

}  // namespace

Model loadModel(const ModelArgs& args) {
    configureRuntime(args.threads);
    if (args.config.empty() || args.config == "auto") {
        ConfigResolution resolution;
        try {
            Model model = Model::load(args.weights, std::nullopt, &resolution, args.allowNonFinite);
            std::cerr << describeConfigResolution(resolution);
            return warnNonFinite(std::move(model), args.weights);
        } catch (...) {
            // A config that does not fit the weights: say which one it was.
            if (!resolution.origin.empty())
                std::cerr << describeConfigResolution(resolution);
            throw;
        }
    }
    Config config = resolveConfig(args.config);
    // Inference runs one image at a time, as the inspect notebooks' InferenceConfig does.
    config.GPU_COUNT = 1;
    config.IMAGES_PER_GPU = 1;
    try {
        config.validate();  // here, so the message can name the file
    } catch (const ConfigError& e) {
        throw ConfigError(args.config + ": " + e.what());
    }
    return warnNonFinite(Model::load(args.weights, config, nullptr, args.allowNonFinite),
                         args.weights);
}

std::vector<std::string> listImages(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        if (inputFileProblem(path) == "no such file")
            throw std::runtime_error("no such image or folder: " + path);
        return {path};  // loadImageRgb names any other problem (FIFO, symlink loop, …)
    }
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(path)) {
        if (!entry.is_regular_file())
            continue;
        auto ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".tif" ||
            ext == ".tiff")
            out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    if (out.empty())
        throw std::runtime_error("no images in folder " + path);
    return out;
}

}  // namespace mrcnn::cli
