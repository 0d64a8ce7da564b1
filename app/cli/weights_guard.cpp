#include "weights_guard.h"

#include <memory>
#include <string>

#include "weights/child_read_guard.h"
#include "weights/keras_h5.h"

namespace mrcnn::cli {

void installWeightsFileGuard() {
    setWeightsFileGuard(childProcessWeightsGuard("/proc/self/exe"));
}

void addCheckWeightsFileCommand(CLI::App& app, int& exitCode) {
    auto path = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(kCheckWeightsFileCommand, "");
    cmd->group("");  // hidden: the weights guard's child
    cmd->add_option("file", *path)->required();
    cmd->callback([path, &exitCode] {
        setWeightsFileGuard(nullptr);  // this process is the check
        readKerasWeights(*path);
        exitCode = 0;
    });
}

}  // namespace mrcnn::cli
