// `mrcnn dataset info PATH`: recognises the dataset format, counts images and instances per
// class (crowds apart) and lists what could not be read and why; `--json` writes the same.
// `mrcnn dataset export PATH --out DIR`: the images as PNG and their ground truth as COCO.

#include <iomanip>
#include <iostream>
#include <optional>

#include "command_registry.h"
#include "data/dataset_summary.h"
#include "data/open_dataset.h"
#include "dataset_export.h"
#include "io/atomic_file.h"

namespace mrcnn::cli {
namespace {

struct DatasetInfoOptions {
    std::string path;
    std::string images;
    std::string json;
    std::string classAttribute;
    bool skipImageCheck = false;
};

int runInfo(const DatasetInfoOptions& o) {
    std::optional<AtomicFile> json;  // reserved now: an unwritable --json fails before the scan
    if (!o.json.empty())
        json.emplace(o.json);
    OpenOptions open;
    open.imageDir = o.images;
    open.classAttribute = o.classAttribute;
    open.skipUnreadable = true;
    auto dataset = openDataset(o.path, open);
    DatasetSummary s = summarizeDataset(*dataset, !o.skipImageCheck);
    std::cout << "path:    " << o.path << "\n"
              << "format:  " << s.format << "\n"
              << "images:  " << s.images << "\n"
              << "classes: " << s.instances.size() << " (plus BG)\n"
              << "instances per class:\n";
    for (const auto& [name, n] : s.instances)
        std::cout << "  " << std::left << std::setw(24) << name << " " << n << "\n";
    std::cout << "crowd regions: " << s.crowd << "\n"
              << "problems: " << s.problems.size() << "\n";
    for (const auto& p : s.problems)
        std::cout << "  " << p << "\n";
    if (json) {
        json->write(summaryToJson(s).dump(2) + "\n");
        std::cout << "wrote " << o.json << "\n";
    }
    return 0;
}

const CommandRegistration kRegistration{
    "dataset", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<DatasetInfoOptions>();
        auto* cmd = app.add_subcommand("dataset", "Inspect annotation datasets");
        cmd->require_subcommand(1);
        auto* info = cmd->add_subcommand(
            "info",
            "Format, image count, instances per class and problems of a dataset "
            "(COCO JSON, VIA JSON, xBD labels, nucleus mask folders, shapes specs)");
        info->add_option("path", opts->path, "Dataset file or folder")->required();
        info->add_option("--images", opts->images,
                         "Folder holding the images (default: by format)");
        info->add_option("--json", opts->json, "Also write the summary as JSON to this file");
        info->add_option("--class-attribute", opts->classAttribute,
                         "VIA: region attribute naming the class (default: detected)");
        info->add_flag("--skip-image-check", opts->skipImageCheck, "Do not decode every image");
        info->callback([opts, &exitCode] { exitCode = runInfo(*opts); });

        auto exportOpts = std::make_shared<DatasetExportOptions>();
        auto* exp = cmd->add_subcommand(
            "export", "Write a dataset's images as PNG and its ground truth as a COCO file");
        exp->add_option("path", exportOpts->path, "Dataset file or folder, or a shapes spec")
            ->required();
        exp->add_option("--images", exportOpts->images,
                        "Folder holding the images (default: by format)");
        exp->add_option("--out,-o", exportOpts->out, "Folder for the PNG files")->required();
        exp->add_option("--name", exportOpts->name,
                        "File name stem; {source} and {index} are replaced")
            ->capture_default_str();
        exp->add_option("--coco", exportOpts->coco,
                        "COCO instances file to write (default: OUT/annotations.json)");
        exp->callback([exportOpts, &exitCode] { exitCode = runDatasetExport(*exportOpts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
