// `mrcnn init-weights --config CFG --out W.h5 [--seed N]`: random weights for a config, in the
// Keras 2.0.8 save_weights layout the original can load.

#include <iostream>

#include "command_registry.h"
#include "weights/keras_layout.h"
#include "weights/weight_loader.h"

namespace mrcnn::cli {
namespace {

struct InitOptions {
    std::string config;
    std::string out;
    uint64_t seed = 0;
};

int runInitWeights(const InitOptions& opts) {
    const Config config = resolveConfig(opts.config);
    const KerasWeightFile file = toKerasFile(initParams(config, opts.seed), config);
    writeKerasWeights(opts.out, file);
    std::cout << "wrote " << opts.out << " (" << file.layers.size() << " layers, "
              << parameterCount(kerasLayout(config)) << " parameters, seed " << opts.seed << ")\n";
    return 0;
}

const CommandRegistration kRegistration{
    "init-weights", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<InitOptions>();
        auto* cmd = app.add_subcommand("init-weights", "Write randomly initialised weights");
        cmd->add_option("--config,-c", opts->config, "Preset name or JSON config")->required();
        cmd->add_option("--out,-o", opts->out, "Output .h5 file")->required();
        cmd->add_option("--seed", opts->seed, "Random seed")->capture_default_str();
        cmd->callback([opts, &exitCode] { exitCode = runInitWeights(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
