// `mrcnn figure`: the inspector's figures without a window, drawn by the same renderer.
//   mrcnn figure --list
//   mrcnn figure --stage NAME --config CFG --weights W --image IMG --out F.png|F.svg|F.pdf
//   mrcnn figure --stage all  --config CFG --weights W --image IMG --out DIR [--format svg]
//   --annotation FILE adds the image's ground truth (any dataset file the inspector opens,
//   matched by file name), which the RPN-target, GT-mask and evaluation figures need.

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <iostream>

#include "command_registry.h"
#include "data/annotation_lookup.h"
#include "figures/figure_catalog.h"
#include "figures/ground_truth.h"
#include "model_args.h"
#include "pipeline/model.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace {

struct FigureOptions {
    bool list = false;
    std::string stage;
    ModelArgs model;
    std::string image;
    std::string annotation;
    std::string out;
    std::string format = "png";
    int detection = -1;
    int size = 1024;
    uint64_t seed = 0;
};

int runFigure(const FigureOptions& o) {
    if (o.list) {
        for (const auto& f : figures::figureCatalog())
            std::cout << f.name << "\n";
        return 0;
    }
    if (o.stage.empty() || o.model.weights.empty() || o.image.empty() || o.out.empty()) {
        std::cerr << "error: --stage, --weights, --image and --out are required (or --list)\n";
        return 2;
    }
    if (o.stage != "all" && !figures::isKnownFigure(o.stage)) {
        std::cerr << "error: unknown stage \"" << o.stage << "\"; see `mrcnn figure --list`\n";
        return 2;
    }
    // Figures need a Qt application; without a display, render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "mrcnn";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);

    Model model = loadModel(o.model);
    RunOptions runOptions;
    runOptions.keepFeatureMaps = true;
    figures::FigureInput input;
    input.inspection = model.run(loadImageRgb(o.image), runOptions);
    input.config = model.config();
    input.options.selectedDetection = o.detection;
    input.options.seed = o.seed;
    if (!o.annotation.empty()) {
        ImageAnnotation found = findImageAnnotation(o.annotation, o.image);
        if (!found.instances) {
            std::cerr << "error: " << o.annotation << " has no annotation for "
                      << std::filesystem::path(o.image).filename().string() << " ("
                      << found.imagesInFile << " images in the file)\n";
            return 1;
        }
        input.groundTruth = figures::groundTruthFromAnnotation(
            found, std::filesystem::path(o.annotation).filename().string());
    }

    auto writeOne = [&](const std::string& stage, const QString& path) {
        views::Figure f = figures::buildFigure(stage, input);
        if (!f.available) {
            std::cerr << "skipped " << stage << ": " << f.unavailableReason.toStdString() << "\n";
            return o.stage == "all";  // asking for one unavailable figure is an error
        }
        auto result = views::exportFigure(f, render::RenderOptions{}, path, o.size);
        if (!result.ok) {
            std::cerr << "error: " << result.error.toStdString() << "\n";
            return false;
        }
        std::cout << "wrote " << path.toStdString() << "\n";
        return true;
    };
    if (o.stage != "all")
        return writeOne(o.stage, QString::fromStdString(o.out)) ? 0 : 1;
    QDir dir(QString::fromStdString(o.out));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::cerr << "error: cannot create the folder " << o.out << "\n";
        return 1;
    }
    for (const auto& f : figures::figureCatalog())
        if (!writeOne(f.name, dir.filePath(QString::fromStdString(f.name + "." + o.format))))
            return 1;
    return 0;
}

const CommandRegistration kRegistration{
    "figure", [](CLI::App& app, int& exitCode) {
        auto o = std::make_shared<FigureOptions>();
        auto* cmd = app.add_subcommand("figure",
                                       "Write the inspector's figures (PNG, SVG or PDF) headless");
        cmd->add_flag("--list", o->list, "Print the figure (stage) names, one per line");
        cmd->add_option("--stage", o->stage, "Figure name from --list, or 'all'");
        // --list needs no model; runFigure checks --weights for everything else.
        addModelOptions(cmd, o->model, false);
        cmd->add_option("--image,-i", o->image, "Input image");
        cmd->add_option("--annotation", o->annotation,
                        "Ground truth: a dataset (COCO or VIA JSON, xBD label, mask folder) "
                        "holding the image, matched by file name")
            ->check(CLI::ExistingPath);
        cmd->add_option("--out,-o", o->out,
                        "Output file (.png/.svg/.pdf), or a folder with --stage all");
        cmd->add_option("--format", o->format, "Format for --stage all: png, svg or pdf")
            ->check(CLI::IsMember({"png", "jpg", "svg", "pdf"}));
        cmd->add_option("--detection", o->detection, "Highlight this final detection's lineage");
        cmd->add_option("--size", o->size, "Pixels of the longer side")
            ->check(CLI::Range(64, 16384));
        cmd->add_option("--seed", o->seed, "Seed for colours and random samples");
        cmd->callback([o, &exitCode] { exitCode = runFigure(*o); });
    }};

}  // namespace
}  // namespace mrcnn::cli
