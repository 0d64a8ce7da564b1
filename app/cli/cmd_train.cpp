// `mrcnn train --config CFG --dataset DS [--val DS] --layers L --epochs E [--steps S] --out DIR`
// and the rest of the original's train() choices: start from random weights or a weight file
// with an exclude list, resume from a checkpoint, step the learning rate down, flips, seed.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "command_registry.h"
#include "data/open_dataset.h"
#include "runtime/runtime.h"
#include "training/trainer.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

namespace mrcnn::cli {
namespace {

struct TrainCliOptions {
    std::string config;
    std::string dataset;
    std::string validation;
    std::string images;
    std::string init = "random";
    std::vector<std::string> exclude;
    std::string resume;
    std::string layers = "heads";
    int epochs = 1;
    int steps = 0;
    int validationSteps = 0;
    double learningRate = 0;
    std::string learningRateSteps;
    std::string flips = "none";
    std::string out;
    uint64_t seed = 1;
    int threads = 0;
};

std::vector<std::pair<int, double>> parseRateSteps(const std::string& text) {
    std::vector<std::pair<int, double>> steps;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto colon = item.find(':');
        try {
            if (colon == std::string::npos)
                throw std::invalid_argument(item);
            steps.emplace_back(std::stoi(item.substr(0, colon)), std::stod(item.substr(colon + 1)));
        } catch (const std::exception&) {
            throw std::invalid_argument("--lr-steps: expected EPOCH:FACTOR[,EPOCH:FACTOR…], got '" +
                                        item + "'");
        }
    }
    return steps;
}

training::FlipOptions parseFlips(const std::string& text) {
    if (text == "none")
        return {};
    if (text == "h")
        return {true, false};
    if (text == "v")
        return {false, true};
    if (text == "hv")
        return {true, true};
    throw std::invalid_argument("--flip: expected none, h, v or hv, got '" + text + "'");
}

std::string clock(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    return text;
}

std::string lossLine(const training::LossValues& v) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(4) << "loss " << v.total << " (rpn_class " << v.rpnClass
        << ", rpn_bbox " << v.rpnBbox << ", class " << v.mrcnnClass << ", bbox " << v.mrcnnBbox
        << ", mask " << v.mrcnnMask << ", l2 " << v.l2 << ")";
    return out.str();
}

ParamStore initialParams(const TrainCliOptions& opts, const Config& config, int& initialEpoch) {
    initialEpoch = 0;
    if (!opts.resume.empty()) {
        const auto epoch = training::checkpointEpoch(opts.resume);
        if (!epoch)
            throw std::invalid_argument(
                "--resume: " + opts.resume +
                " does not end in a 4-digit epoch (mask_rcnn_NAME_0007.h5)");
        initialEpoch = *epoch;
        LoadReport report;
        auto params = loadParams(readKerasWeights(opts.resume), config, report);
        std::cout << "resuming after epoch " << initialEpoch << " from " << opts.resume << "\n";
        return params;
    }
    if (opts.init == "random") {
        std::cout << "starting from random weights (seed " << opts.seed << ")\n";
        return initParams(config, opts.seed);
    }
    LoadReport report;
    LoadOptions load;
    load.exclude = opts.exclude;
    load.allowMissing = true;
    auto params = loadParams(readKerasWeights(opts.init), config, report, load);
    std::cout << "starting from " << opts.init << ": " << report.summary() << "\n";
    return params;
}

int runTrain(const TrainCliOptions& opts) {
    configureRuntime(opts.threads);
    const Config config = resolveConfig(opts.config);
    OpenOptions open;
    open.imageDir = opts.images;
    auto trainSet = openDataset(opts.dataset, open);
    std::unique_ptr<Dataset> validationSet;
    if (!opts.validation.empty())
        validationSet = openDataset(opts.validation, open);
    std::cout << "training on " << trainSet->numImages() << " images (" << trainSet->format()
              << ")";
    if (validationSet)
        std::cout << ", validating on " << validationSet->numImages();
    std::cout << "\n";

    training::TrainOptions options;
    ParamStore params = initialParams(opts, config, options.initialEpoch);
    options.layers = opts.layers;
    options.epochs = opts.epochs;
    options.stepsPerEpoch = opts.steps;
    options.validationSteps = opts.validationSteps;
    options.learningRate = opts.learningRate;
    options.learningRateSteps = parseRateSteps(opts.learningRateSteps);
    options.outDir = opts.out;
    options.seed = opts.seed;
    options.flips = parseFlips(opts.flips);
    training::Trainer trainer(config, std::move(params), options);
    std::cout << "layers " << opts.layers << ": " << trainer.trainable().size()
              << " trainable weights\n";
    std::filesystem::create_directories(opts.out);
    const std::string configPath = (std::filesystem::path(opts.out) / "config.json").string();
    saveConfigFile(config, configPath);
    std::cout << "wrote " << configPath << "\n" << std::flush;

    const bool tty = isatty(STDERR_FILENO);
    auto progress = [tty](const training::TrainProgress& p) {
        const bool last = p.step == p.steps;
        if (!tty && p.step % 10 != 0 && !last)
            return;
        std::cerr << (tty ? "\r" : "") << "epoch " << p.epoch << "/" << p.epochs << " step "
                  << p.step << "/" << p.steps << " " << lossLine(p.average) << " lr "
                  << std::defaultfloat << std::setprecision(4) << p.learningRate << " "
                  << std::fixed << std::setprecision(2) << p.secondsPerStep << " s/step ETA "
                  << clock(p.etaSeconds) << (tty ? "\033[K" : "\n");
        if (tty && last)
            std::cerr << "\n";
        std::cerr << std::flush;
    };
    auto epochDone = [](const training::EpochSummary& s) {
        std::cout << "epoch " << s.epoch << ": " << lossLine(s.train);
        if (s.validation)
            std::cout << "; val_" << lossLine(*s.validation);
        std::cout << "; " << std::fixed << std::setprecision(1) << s.seconds << " s";
        if (!s.checkpoint.empty())
            std::cout << "; wrote " << s.checkpoint;
        std::cout << "\n" << std::flush;
    };
    trainer.train(*trainSet, validationSet.get(), progress, nullptr, epochDone);
    return 0;
}

const CommandRegistration kRegistration{
    "train", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<TrainCliOptions>();
        auto* cmd = app.add_subcommand(
            "train", "Train a model on a dataset (the original's MaskRCNN.train)");
        cmd->add_option("--config,-c", opts->config, "Preset name or JSON config")->required();
        cmd->add_option("--dataset", opts->dataset,
                        "Training set: COCO/VIA/xBD JSON, nucleus folder, shapes specs JSON or "
                        "shapes:COUNT[xSIZE][@SEED]")
            ->required();
        cmd->add_option("--val", opts->validation, "Validation set (same forms)");
        cmd->add_option("--images", opts->images, "Image folder when not the dataset's default");
        cmd->add_option("--init", opts->init, "random, or a .h5 to start from (loaded by name)")
            ->capture_default_str();
        cmd->add_option("--exclude", opts->exclude,
                        "Layers not to load from --init (e.g. mrcnn_class_logits mrcnn_bbox_fc "
                        "mrcnn_mask)");
        cmd->add_option("--resume", opts->resume,
                        "Continue from a checkpoint mask_rcnn_NAME_EPOCH.h5 after its epoch");
        cmd->add_option("--layers", opts->layers, "heads, 3+, 4+, 5+, all or a regex")
            ->capture_default_str();
        cmd->add_option("--epochs", opts->epochs, "Train up to this epoch")->required();
        cmd->add_option("--steps", opts->steps, "Steps per epoch (default STEPS_PER_EPOCH)");
        cmd->add_option("--val-steps", opts->validationSteps,
                        "Validation steps (default VALIDATION_STEPS)");
        cmd->add_option("--lr", opts->learningRate, "Learning rate (default LEARNING_RATE)");
        cmd->add_option("--lr-steps", opts->learningRateSteps,
                        "EPOCH:FACTOR,… multiply the rate from that epoch (0-based) on");
        cmd->add_option("--flip", opts->flips, "Random flips: none, h, v, hv")
            ->capture_default_str();
        cmd->add_option("--out,-o", opts->out, "Checkpoint folder")->required();
        cmd->add_option("--seed", opts->seed, "Random seed")->capture_default_str();
        cmd->add_option("--threads", opts->threads, "LibTorch threads (0 = all cores)");
        cmd->callback([opts, &exitCode] { exitCode = runTrain(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
