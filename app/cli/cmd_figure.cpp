// `mrcnn figure`: the inspector's figures without a window, drawn by the same renderer.
//   mrcnn figure --list [--long]          names (with --long: every parameter)
//   mrcnn figure --describe NAME          a figure's parameters: type, range, default
//   mrcnn figure --stage NAME --config CFG --weights W --image IMG --out F.png|F.svg|F.pdf
//                [--set KEY=VALUE …]      the figure's parameters, as the options bar sets them
//   mrcnn figure --stage all  --config CFG --weights W --image IMG --out DIR [--format svg]
//   --annotation FILE adds the image's ground truth (any dataset file the inspector opens,
//   matched by file name), which the RPN-target, GT-mask and evaluation figures need.
//   The weights and training figures need no image: --weights W alone (+ --compare B.h5 for
//   weight_diff, --log RUN for the training figures, found beside W when it is a checkpoint).
//   The dataset figures need only --dataset D (any dataset the inspector opens); with
//   --image-id ID an image of D (its id or file name) stands for --image, its masks for
//   --annotation, as choosing it in the window's Dataset dock does.

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <vector>

#include "command_registry.h"
#include "data/annotation_lookup.h"
#include "data/dataset_stats.h"
#include "data/open_dataset.h"
#include "export/figure_export.h"
#include "figures/figure_catalog.h"
#include "figures/ground_truth.h"
#include "figures/weights_loading.h"
#include "io/atomic_file.h"
#include "model_args.h"
#include "pipeline/model.h"
#include "training/training_history.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace {

// The dataset image whose id, or file name, is `key`; -1 when none is.
int64_t findDatasetImage(const Dataset& dataset, const std::string& key) {
    for (int64_t i = 0; i < dataset.numImages(); ++i)
        if (dataset.imageInfo(i).sourceId == key)
            return i;
    for (int64_t i = 0; i < dataset.numImages(); ++i)
        if (std::filesystem::path(dataset.imageInfo(i).path).filename() == key)
            return i;
    return -1;
}

struct FigureOptions {
    bool list = false;
    bool longList = false;
    std::string describe;
    std::vector<std::string> settings;  // KEY=VALUE
    std::string stage;
    ModelArgs model;
    std::string image;
    std::string annotation;
    std::string dataset;  // the dataset figures
    std::string imageId;  // with dataset: the image (its id or file name) instead of --image
    std::string out;
    std::string format = "png";
    int detection = -1;
    bool detectionGiven = false;
    int size = 1024;
    std::string seed;
    std::string compare;  // weight_diff: the reference file B
    std::string log;      // training figures: a training folder, log or checkpoint
    std::string tensor;   // the figure's tensor parameter (weight_histogram, feature_maps)
    std::string bins;
    bool logScale = false;
};

// --tensor names the figure's tensor parameter, whichever it is.
constexpr char kAnyTensor[] = "(tensor)";

struct Setting {
    std::string key, value;
    bool alias = false;  // from --tensor/--bins/--log-scale/--seed: only where the figure has it
};

// --set KEY=VALUE and the older specific flags, in the order they apply.
std::vector<Setting> settingsOf(const FigureOptions& o) {
    std::vector<Setting> out;
    if (!o.seed.empty())
        out.push_back({"seed", o.seed, true});
    if (!o.tensor.empty())
        out.push_back({kAnyTensor, o.tensor, true});
    if (!o.bins.empty())
        out.push_back({"bins", o.bins, true});
    if (o.logScale)
        out.push_back({"logScale", "true", true});
    for (const auto& kv : o.settings) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos || eq == 0)
            throw figures::ParamError("--set expects KEY=VALUE, got \"" + kv + "\"");
        out.push_back({kv.substr(0, eq), kv.substr(eq + 1), false});
    }
    return out;
}

const figures::ParamSpec* target(const figures::FigureInfo& f, const Setting& s) {
    if (s.key != kAnyTensor)
        return f.param(s.key);
    for (const auto& p : f.params)
        if (p.type == figures::ParamType::FeatureTensor ||
            p.type == figures::ParamType::WeightTensor)
            return &p;
    return nullptr;
}

// Each figure's options: its defaults with the settings applied (checked against the run when
// one is given). For one figure, an unknown key or a bad value is an error; for all, a
// setting must suit at least one figure and applies to those it suits.
std::map<std::string, figures::FigureOptions> optionsFor(
    const std::vector<const figures::FigureInfo*>& chosen, const std::vector<Setting>& settings,
    const figures::FigureInput* run) {
    std::map<std::string, figures::FigureOptions> out;
    for (const auto* f : chosen)
        out[f->name] = figures::defaultOptions(*f);
    const bool one = chosen.size() == 1;
    for (const Setting& s : settings) {
        bool used = false;
        std::optional<figures::ParamError> refused;
        for (const auto* f : chosen) {
            const figures::ParamSpec* p = target(*f, s);
            if (!p) {
                if (one && !s.alias)  // throws, naming the figure's keys
                    figures::applySetting(*f, out[f->name], s.key, s.value, run);
                continue;
            }
            try {
                figures::applySetting(*f, out[f->name], p->key, s.value, run);
                used = true;
            } catch (const figures::ParamError& e) {
                if (one)
                    throw;
                refused = e;
            }
        }
        if (!used && refused)
            throw *refused;
        if (!used && !s.alias && !one)
            throw figures::ParamError("no figure has a parameter \"" + s.key +
                                      "\"; `mrcnn figure --list --long` lists them");
    }
    return out;
}

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
            std::cout << (o.longList ? figures::describeFigure(f) : f.name + "\n");
        return 0;
    }
    if (!o.describe.empty()) {
        const figures::FigureInfo* f = figures::findFigure(o.describe);
        if (!f) {
            std::cerr << "error: unknown figure \"" << o.describe
                      << "\"; see `mrcnn figure --list`\n";
            return 2;
        }
        std::cout << figures::describeFigure(*f);
        return 0;
    }
    const bool runFree = o.stage != "all" && figures::isRunFree(o.stage);
    const figures::FigureInfo* stageInfo = figures::findFigure(o.stage);
    const bool logOnly = runFree && !o.log.empty() && stageInfo && stageInfo->group == "training";
    const bool datasetOnly = stageInfo && stageInfo->group == "dataset";
    if (!o.imageId.empty() && (o.dataset.empty() || !o.image.empty() || !o.annotation.empty())) {
        std::cerr << "error: --image-id chooses an image of --dataset, in place of --image and "
                     "--annotation\n";
        return 2;
    }
    if (datasetOnly && o.dataset.empty()) {
        std::cerr << "error: the dataset figures need --dataset (a dataset file, folder or "
                     "shapes:COUNT[xSIZE][@SEED])\n";
        return 2;
    }
    if (o.stage.empty() || o.out.empty() || (o.model.weights.empty() && !logOnly && !datasetOnly) ||
        (o.image.empty() && o.imageId.empty() && !runFree)) {
        std::cerr << "error: --stage, --weights, --image and --out are required (or --list); "
                     "the weights and training figures need no --image\n";
        return 2;
    }
    if (o.stage != "all" && !figures::isKnownFigure(o.stage)) {
        std::cerr << "error: unknown stage \"" << o.stage << "\"; see `mrcnn figure --list`\n";
        return 2;
    }
    if (o.stage != "all") {  // the output, before the model loads
        const std::string ext = std::filesystem::path(o.out).extension().string();
        const QString suffix = QString::fromStdString(ext).mid(1).toLower();
        if (!render::exportFormats().contains(suffix) && suffix != "jpeg") {
            std::cerr << "error: --out " << o.out << ": unknown figure format \"" << ext
                      << "\"; use .png, .jpg, .svg or .pdf\n";
            return 2;
        }
        checkOutputFile(o.out);
    }
    std::vector<const figures::FigureInfo*> chosen;
    for (const auto& f : figures::figureCatalog())
        if (o.stage == "all" || f.name == o.stage)
            chosen.push_back(&f);
    std::vector<Setting> settings;
    try {  // the declared ranges, before the model loads
        settings = settingsOf(o);
        optionsFor(chosen, settings, nullptr);
    } catch (const figures::ParamError& e) {
        std::cerr << "error: " << e.what() << "\n";
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
    if (logOnly) {
        figures::attachTrainingLog(input.weights, o.log);
    } else if (!o.model.weights.empty()) {
        input.weights = weightsInput(o);
    }
    std::unique_ptr<Dataset> dataset;
    int64_t datasetImage = -1;
    if (!o.dataset.empty()) {
        dataset = openDataset(o.dataset);
        if (!o.imageId.empty()) {
            datasetImage = findDatasetImage(*dataset, o.imageId);
            if (datasetImage < 0) {
                std::cerr << "error: --image-id " << o.imageId << ": no image of " << o.dataset
                          << " has this id or file name (" << dataset->numImages() << " images)\n";
                return 1;
            }
        }
        // Every image's masks are read: only for the figures that count them.
        const bool counts = std::any_of(chosen.begin(), chosen.end(),
                                        [](const auto* f) { return f->group == "dataset"; });
        if (counts)
            input.datasetStats =
                std::make_shared<const DatasetStats>(computeDatasetStats(*dataset));
    }
    if (!runFree) {
        Model model = loadModel(o.model);
        RunOptions runOptions;
        runOptions.keepFeatureMaps = true;
        input.inspection =
            model.run(datasetImage >= 0 ? dataset->loadImage(datasetImage) : loadImageRgb(o.image),
                      runOptions);
        input.config = model.config();
    }
    if (datasetImage >= 0)
        input.groundTruth = figures::groundTruthFromInstances(dataset->loadMask(datasetImage),
                                                              dataset->classNames(),
                                                              o.dataset + " image " + o.imageId);
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

    if (o.detectionGiven) {
        const int64_t n = input.inspection ? input.inspection->detections.count() : 0;
        if (!input.inspection) {
            std::cerr << "error: --detection " << o.detection
                      << " selects a detection of an image's run, and this figure runs no image\n";
            return 2;
        }
        if (o.detection < 0 || o.detection >= n) {
            std::cerr << "error: --detection " << o.detection << " is out of range: "
                      << (n == 0 ? std::string("this image has 0 detections")
                                 : "this image has " + std::to_string(n) +
                                       " detections, numbered 0 to " + std::to_string(n - 1))
                      << "\n";
            return 2;
        }
    }
    std::map<std::string, figures::FigureOptions> options;
    try {  // and the run's: tensors it kept, channels of the chosen map, its levels
        options = optionsFor(chosen, settings, &input);
    } catch (const figures::ParamError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    }
    auto writeOne = [&](const std::string& stage, const QString& path) {
        input.options = options.at(stage);
        input.options.selectedDetection = o.detection;
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
        cmd->add_flag("--long", o->longList,
                      "With --list: each figure's parameters (type, range, default)");
        cmd->add_option("--describe", o->describe,
                        "Print a figure's parameters: key, type, range, default");
        cmd->add_option("--stage", o->stage, "Figure name from --list, or 'all'");
        cmd->add_option("--set", o->settings,
                        "KEY=VALUE: a parameter of the figure (see --describe NAME); repeatable");
        // --list needs no model; runFigure checks --weights for everything else.
        addModelOptions(cmd, o->model, false);
        cmd->add_option("--image,-i", o->image, "Input image");
        cmd->add_option("--annotation", o->annotation,
                        "Ground truth: a dataset (COCO or VIA JSON, xBD label, mask folder) "
                        "holding the image, matched by file name")
            ->check(CLI::ExistingPath);
        cmd->add_option(
            "--dataset", o->dataset,
            "The dataset figures: a dataset file, folder or shapes:COUNT[xSIZE][@SEED]");
        cmd->add_option("--image-id", o->imageId,
                        "With --dataset: the image (its id or file name) in place of --image, "
                        "its masks as the ground truth");
        cmd->add_option("--out,-o", o->out,
                        "Output file (.png/.svg/.pdf), or a folder with --stage all");
        cmd->add_option("--format", o->format, "Format for --stage all: png, svg or pdf")
            ->check(CLI::IsMember({"png", "jpg", "svg", "pdf"}));
        cmd->add_option("--detection", o->detection, "Highlight this final detection's lineage");
        cmd->add_option("--size", o->size, "Pixels of the longer side")
            ->check(CLI::Range(64, 16384));
        cmd->add_option("--seed", o->seed, "Seed for colours and random samples (--set seed=N)");
        cmd->add_option("--compare", o->compare,
                        "weight_diff: a second .h5, the reference B of ‖a − b‖ / ‖b‖")
            ->check(CLI::ExistingFile);
        cmd->add_option("--log", o->log,
                        "Training figures: a training folder, its training_log.csv or "
                        "training_steps.csv, or a checkpoint in it (default: beside --weights)")
            ->check(CLI::ExistingPath);
        cmd->add_option("--tensor", o->tensor,
                        "weight_histogram: the tensor, as the file names it (conv1/kernel:0); "
                        "feature_maps: the feature map (fpn_p3)");
        cmd->add_option("--bins", o->bins, "Histograms: number of bins (--set bins=N)");
        cmd->add_flag("--log-scale", o->logScale,
                      "Histograms: counts on a log axis (--set logScale=true)");
        cmd->callback([o, cmd, &exitCode] {
            o->detectionGiven = cmd->count("--detection") > 0;
            exitCode = runFigure(*o);
        });
    }};

}  // namespace
}  // namespace mrcnn::cli
