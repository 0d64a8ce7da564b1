// `mrcnn config`: show a preset or a config file as the original's config.display() does,
// or write it as JSON.

#include <fstream>
#include <iostream>

#include "command_registry.h"
#include "config/config.h"

namespace mrcnn::cli {
namespace {

struct ConfigOptions {
    std::string config = "coco";
    std::string out;
};

int runConfig(const ConfigOptions& opts) {
    Config config = resolveConfig(opts.config);
    for (const auto& p : config.problems())
        std::cerr << "warning: " << p << "\n";
    for (const auto& [k, v] : config.unknownKeys)
        std::cerr << "warning: unknown config key " << k << " (kept as is)\n";
    if (!opts.out.empty()) {
        saveConfigFile(config, opts.out);
        std::cout << "wrote " << opts.out << "\n";
    } else {
        std::cout << displayConfig(config);
    }
    return 0;
}

const CommandRegistration kRegistration{
    "config", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<ConfigOptions>();
        auto* cmd =
            app.add_subcommand("config", "Show a config (preset or JSON) or save it as JSON");
        cmd->add_option(
               "--config,-c", opts->config,
               "Preset (" +
                   [] {
                       std::string s;
                       for (auto& n : presetNames())
                           s += (s.empty() ? "" : ", ") + n;
                       return s;
                   }() +
                   ") or JSON file")
            ->capture_default_str();
        cmd->add_option("--out,-o", opts->out, "Write the config as JSON to this file");
        cmd->callback([opts, &exitCode] { exitCode = runConfig(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
