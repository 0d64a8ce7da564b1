// `mrcnn train --config CFG --dataset DS [--val DS] --layers L --epochs E [--steps S] --out DIR`
// and the rest of the original's train() choices: start from random weights or a weight file
// with an exclude list, resume from a checkpoint, step the learning rate down, flips, seed.

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <utility>

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
            size_t used = 0;
            const int epoch = std::stoi(item.substr(0, colon), &used);
            const bool epochWhole = used == colon;
            const double factor = std::stod(item.substr(colon + 1), &used);
            if (!epochWhole || used != item.size() - colon - 1)
                throw std::invalid_argument(item);
            if (epoch < 0 || !std::isfinite(factor) || factor <= 0)
                throw std::invalid_argument("--lr-steps: '" + item +
                                            "' needs an epoch of 0 or more and a finite factor "
                                            "above 0");
            steps.emplace_back(epoch, factor);
        } catch (const std::invalid_argument& e) {
            if (std::string(e.what()).rfind("--lr-steps", 0) == 0)
                throw;
            throw std::invalid_argument("--lr-steps: expected EPOCH:FACTOR[,EPOCH:FACTOR…], got '" +
                                        item + "'");
        } catch (const std::out_of_range&) {
            throw std::invalid_argument("--lr-steps: '" + item + "' is out of range");
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

// Combinations the options cannot express through CLI11 (--init has a default).
void checkCombinations(const TrainCliOptions& opts) {
    if (!opts.exclude.empty() && opts.init == "random")
        throw std::invalid_argument(
            "--exclude names layers not to load from --init, but no --init weights file is "
            "given (training starts from random weights)");
}

// `text` read as a T when the whole of it is one (std::stoll/stod accept a trailing rest).
template <typename T>
std::optional<T> wholeText(const std::string& text) {
    try {
        size_t used = 0;
        T value;
        if constexpr (std::is_integral_v<T>)
            value = std::stoll(text, &used);
        else
            value = std::stod(text, &used);
        return used == text.size() ? std::optional<T>(value) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// CLI11 puts the option's name in front of these messages.
CLI::Validator atLeastOne(const std::string& hint) {
    return CLI::Validator(
        [hint](std::string& text) -> std::string {
            const auto value = wholeText<long long>(text);
            if (!value)
                return "expected a whole number, got '" + text + "'";
            if (*value < 1 || *value > std::numeric_limits<int>::max())
                return "must be at least 1 (and at most " +
                       std::to_string(std::numeric_limits<int>::max()) + "), got " + text + " (" +
                       hint + ")";
            return {};
        },
        "INT>=1");
}

CLI::Validator positiveFinite() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const auto value = wholeText<double>(text);
            if (!value)
                return "expected a number, got '" + text + "'";
            if (!std::isfinite(*value) || *value <= 0)
                return "the learning rate must be a finite number above 0, got " + text +
                       " (leave it out for the config's LEARNING_RATE)";
            return {};
        },
        "NUMBER>0");
}

int runTrain(const TrainCliOptions& opts) {
    checkCombinations(opts);
    const auto rateSteps = parseRateSteps(opts.learningRateSteps);
    const auto flips = parseFlips(opts.flips);
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
    options.learningRateSteps = rateSteps;
    options.outDir = opts.out;
    options.writeConfig = true;
    options.seed = opts.seed;
    options.flips = flips;
    training::Trainer trainer(config, std::move(params), options);
    std::cout << "layers " << opts.layers << ": " << trainer.trainable().size()
              << " trainable weights\n";

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
    auto epochDone = [&opts, configReported = false](const training::EpochSummary& s) mutable {
        if (!std::exchange(configReported, true))  // written with the first step
            std::cout << "wrote " << training::configFilePath(opts.out) << "\n";
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
        auto* validation =
            cmd->add_option("--val", opts->validation, "Validation set (same forms)");
        cmd->add_option("--images", opts->images, "Image folder when not the dataset's default");
        auto* init =
            cmd->add_option("--init", opts->init, "random, or a .h5 to start from (loaded by name)")
                ->capture_default_str();
        auto* exclude = cmd->add_option("--exclude", opts->exclude,
                                        "Layers not to load from --init (e.g. mrcnn_class_logits "
                                        "mrcnn_bbox_fc mrcnn_mask)")
                            ->needs(init);
        cmd->add_option("--resume", opts->resume,
                        "Continue from a checkpoint mask_rcnn_NAME_EPOCH.h5 after its epoch")
            ->excludes(init)
            ->excludes(exclude);
        cmd->add_option("--layers", opts->layers, "heads, 3+, 4+, 5+, all or a regex")
            ->capture_default_str();
        cmd->add_option("--epochs", opts->epochs, "Train up to this epoch")
            ->required()
            ->check(atLeastOne("the number of the last epoch to train"));
        cmd->add_option("--steps", opts->steps, "Steps per epoch (default STEPS_PER_EPOCH)")
            ->check(atLeastOne("leave it out for the config's STEPS_PER_EPOCH"));
        cmd->add_option("--val-steps", opts->validationSteps,
                        "Validation steps (default VALIDATION_STEPS)")
            ->check(atLeastOne("leave it out for the config's VALIDATION_STEPS"))
            ->needs(validation);
        cmd->add_option("--lr", opts->learningRate, "Learning rate (default LEARNING_RATE)")
            ->check(positiveFinite());
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
