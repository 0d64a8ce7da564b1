// `mrcnn figure`: the inspector's figures without a window, drawn by the same renderer.
//   mrcnn figure --list
//   mrcnn figure --stage NAME --config CFG --weights W --image IMG --out F.png|F.svg|F.pdf
//   mrcnn figure --stage all  --config CFG --weights W --image IMG --out DIR [--format svg]
//   --annotation FILE adds the image's ground truth (any dataset file the inspector opens,
//   matched by file name), which the RPN-target, GT-mask and evaluation figures need.
//   The weights and training figures need no image: --weights W alone (+ --compare B.h5 for
//   weight_diff, --log RUN for the training figures, found beside W when it is a checkpoint).

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <iostream>

#include "command_registry.h"
#include "data/annotation_lookup.h"
#include "figures/figure_catalog.h"
#include "figures/ground_truth.h"
#include "figures/weights_loading.h"
#include "model_args.h"
#include "pipeline/model.h"
#include "training/training_history.h"
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
    std::string compare;  // weight_diff: the reference file B
    std::string log;      // training figures: a training folder, log or checkpoint
    std::string tensor;   // weight_histogram
    int bins = 50;
    bool logScale = false;
};

// The weights part of the input: the file's statistics, the comparison, the training log
// (given, or beside the weights when they sit in a training folder).
figures::WeightsInput weightsInput(const FigureOptions& o) {
    figures::WeightsInput w = figures::analyseWeights(o.model.weights);
    if (!o.compare.empty())
        figures::compareWeights(w, o.compare);
    if (!o.log.empty())
        figures::attachTrainingLog(w, o.log);
    else if (auto beside = training::findTrainingLogsBeside(o.model.weights)) {
        try {  // a log found by looking around is a bonus, not a requirement
            w.history = std::make_shared<const training::TrainingHistory>(
                training::readTrainingHistory(*beside));
        } catch (const training::TrainingLogError& e) {
            std::cerr << "warning: " << e.what() << "\n";
        }
    }
    return w;
}

int runFigure(const FigureOptions& o) {
    if (o.list) {
        for (const auto& f : figures::figureCatalog())
            std::cout << f.name << "\n";
        return 0;
    }
    const bool runFree = o.stage != "all" && figures::isRunFree(o.stage);
    const bool logOnly = runFree && !o.log.empty() && o.stage.rfind("training", 0) == 0;
    if (o.stage.empty() || o.out.empty() || (o.model.weights.empty() && !logOnly) ||
        (o.image.empty() && !runFree)) {
        std::cerr << "error: --stage, --weights, --image and --out are required (or --list); "
                     "the weights and training figures need no --image\n";
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

    figures::FigureInput input;
    input.options.selectedDetection = o.detection;
    input.options.seed = o.seed;
    input.options.weightTensor = o.tensor;
    input.options.histogramBins = o.bins;
    input.options.histogramLog = o.logScale;
    if (logOnly) {
        figures::attachTrainingLog(input.weights, o.log);
    } else {
        input.weights = weightsInput(o);
    }
    if (!runFree) {
        Model model = loadModel(o.model);
        RunOptions runOptions;
        runOptions.keepFeatureMaps = true;
        input.inspection = model.run(loadImageRgb(o.image), runOptions);
        input.config = model.config();
    }
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
        cmd->add_option("--compare", o->compare,
                        "weight_diff: a second .h5, the reference B of ‖a − b‖ / ‖b‖")
            ->check(CLI::ExistingFile);
        cmd->add_option("--log", o->log,
                        "Training figures: a training folder, its training_log.csv or "
                        "training_steps.csv, or a checkpoint in it (default: beside --weights)")
            ->check(CLI::ExistingPath);
        cmd->add_option("--tensor", o->tensor,
                        "weight_histogram: the tensor, as the file names it (conv1/kernel:0)");
        cmd->add_option("--bins", o->bins, "weight_histogram: number of bins")
            ->check(CLI::Range(1, 1000));
        cmd->add_flag("--log-scale", o->logScale, "weight_histogram: counts on a log axis");
        cmd->callback([o, &exitCode] { exitCode = runFigure(*o); });
    }};

}  // namespace
}  // namespace mrcnn::cli
