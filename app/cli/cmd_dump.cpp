// `mrcnn dump`: run a model on one image and write every named tensor of the run as a .npz
// with the reference runs' keys, shapes, layouts and dtypes.

#include <iostream>

#include "command_registry.h"
#include "inspection/inspection_npz.h"
#include "io/atomic_file.h"
#include "model_args.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace {

struct DumpOptions {
    ModelArgs model;
    std::string image;
    std::string out;
    bool noTrace = false;
    bool featureMaps = false;
};

int runDump(const DumpOptions& o) {
    checkOutputFile(o.out);  // before the run, which takes a while
    Model model = loadModel(o.model);
    RunOptions run;
    run.keepFeatureMaps = o.featureMaps;
    run.keepTrace = !o.noTrace;
    auto rec = model.run(loadImageRgb(o.image), run);
    NpzExportOptions exportOptions;
    exportOptions.trace = !o.noTrace;
    exportOptions.featureMaps = o.featureMaps;
    writeInspectionNpz(*rec, o.out, exportOptions);
    std::cout << "wrote " << o.out << " (" << rec->detections.count() << " detections)\n";
    return 0;
}

const CommandRegistration kRegistration{
    "dump", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<DumpOptions>();
        auto* cmd =
            app.add_subcommand("dump", "Run one image and write every named tensor as .npz");
        addModelOptions(cmd, opts->model);
        cmd->add_option("--image,-i", opts->image, "Image file")->required();
        cmd->add_option("--out,-o", opts->out, "Output .npz")->required();
        cmd->add_flag("--no-trace", opts->noTrace, "Leave out the detection-layer trace");
        cmd->add_flag("--feature-maps", opts->featureMaps, "Include res*_out and fpn_p* (large)");
        cmd->callback([opts, &exitCode] { exitCode = runDump(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
