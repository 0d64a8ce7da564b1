// `mrcnn`: the headless command-line tool over the model core.

#include <iostream>

#include "command_registry.h"
#include "runtime/conv_autotune.h"
#include "runtime/runtime.h"
#include "runtime/startup_environment.h"
#include "utils/image_header.h"
#include "weights_guard.h"

namespace mrcnn::cli {
std::vector<CommandEntry>& commandRegistry() {
    static std::vector<CommandEntry> entries;
    return entries;
}
}  // namespace mrcnn::cli

int main(int argc, char** argv) {
    mrcnn::restartWithTunedEnvironment(argv);
    mrcnn::configureRuntime();
    CLI::App app{"mrcnn — Mask R-CNN Inspector command-line tool"};
    app.set_version_flag("--version", std::string("mrcnn ") + MRCNN_VERSION);
    app.require_subcommand(1);
    // Before the command (mrcnn --max-image-pixels N detect …); applies to every image read.
    app.add_option_function<uint64_t>(
           "--max-image-pixels", [](uint64_t n) { mrcnn::setMaxImagePixels(n); },
           "Largest image (width x height) decoded; default 100000000 or MRCNN_MAX_IMAGE_PIXELS")
        ->check(CLI::PositiveNumber)
        ->trigger_on_parse();
    // Each convolution shape's fastest path is measured once per machine and cached.
    mrcnn::ConvAutotune::instance().enable(mrcnn::ConvAutotune::defaultCacheFolder());
    app.add_flag_callback(
           "--no-autotune", [] { mrcnn::ConvAutotune::instance().disable(); },
           "Run every convolution channels-last instead of the path measured fastest on this "
           "machine (cached in $XDG_CACHE_HOME/mrcnn-inspector)")
        ->trigger_on_parse();
    int exitCode = 0;
    auto entries = mrcnn::cli::commandRegistry();
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    for (auto& entry : entries)
        entry.setup(app, exitCode);
    mrcnn::cli::addCheckWeightsFileCommand(app, exitCode);
    mrcnn::cli::installWeightsFileGuard();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return exitCode;
}
