#include "training/trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>
#include <stdexcept>

#include "io/atomic_file.h"
#include "runtime/runtime.h"
#include "training/data_generator.h"
#include "training/keras_sgd.h"
#include "training/layer_selection.h"
#include "training/losses.h"
#include "training/train_step.h"
#include "training/training_log.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

namespace mrcnn::training {
namespace {

using Clock = std::chrono::steady_clock;

LossValues values(const LossTerms& terms, const torch::Tensor& l2, const torch::Tensor& total) {
    LossValues v;
    v.rpnClass = terms.rpnClass.item<double>();
    v.rpnBbox = terms.rpnBbox.item<double>();
    v.mrcnnClass = terms.mrcnnClass.item<double>();
    v.mrcnnBbox = terms.mrcnnBbox.item<double>();
    v.mrcnnMask = terms.mrcnnMask.item<double>();
    v.l2 = l2.item<double>();
    v.total = total.item<double>();
    return v;
}

void accumulate(LossValues& sum, const LossValues& v, double weight) {
    sum.total += v.total * weight;
    sum.rpnClass += v.rpnClass * weight;
    sum.rpnBbox += v.rpnBbox * weight;
    sum.mrcnnClass += v.mrcnnClass * weight;
    sum.mrcnnBbox += v.mrcnnBbox * weight;
    sum.mrcnnMask += v.mrcnnMask * weight;
    sum.l2 += v.l2 * weight;
}

LossValues scaled(LossValues v, double factor) {
    LossValues out;
    accumulate(out, v, factor);
    return out;
}

std::string lowered(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::optional<int> checkpointEpoch(const std::string& path) {
    static const std::regex re(R"(.*[/\\]?[\w-]+?(\d{4})\.h5$)");
    std::smatch m;
    const std::string name = std::filesystem::path(path).filename().string();
    if (!std::regex_match(name, m, re))
        return std::nullopt;
    return std::stoi(m[1].str());
}

std::string configFilePath(const std::string& dir) {
    return (std::filesystem::path(dir) / "config.json").string();
}

std::string checkpointPath(const std::string& dir, const Config& config, int epoch) {
    char number[16];
    std::snprintf(number, sizeof number, "%04d", epoch);
    const std::string name = lowered(config.NAME.value_or("model"));
    return (std::filesystem::path(dir) / ("mask_rcnn_" + name + "_" + number + ".h5")).string();
}

Trainer::Trainer(Config config, ParamStore initial, TrainOptions options)
    : m_config(std::move(config)), m_params(std::move(initial)), m_options(std::move(options)) {
    m_config.validate();
    if (m_options.epochs <= m_options.initialEpoch)
        throw std::invalid_argument("--epochs (" + std::to_string(m_options.epochs) +
                                    ") must exceed the epochs already done (" +
                                    std::to_string(m_options.initialEpoch) + ")");
    if (!std::isfinite(m_options.learningRate))
        throw std::invalid_argument("the learning rate " + std::to_string(m_options.learningRate) +
                                    " is not a finite number");
    if (m_options.stepsPerEpoch <= 0)
        m_options.stepsPerEpoch = m_config.STEPS_PER_EPOCH;
    if (m_options.validationSteps <= 0)
        m_options.validationSteps = m_config.VALIDATION_STEPS;
    if (m_options.learningRate <= 0)
        m_options.learningRate = m_config.LEARNING_RATE;
    m_trainable = trainableKeys(m_params, m_options.layers);
    if (m_trainable.empty())
        throw std::invalid_argument("--layers " + m_options.layers + " selects no weighted layer");
    if (!m_params.hasMaskHead())
        throw std::invalid_argument("training needs the mask head's weights");
    for (auto& [key, tensor] : m_params.tensors)
        tensor = tensor.detach().to(torch::kFloat32).contiguous();
    for (const auto& key : m_trainable)
        m_params.tensors[key].requires_grad_(true);
}

std::vector<EpochSummary> Trainer::train(
    const Dataset& trainSet, const Dataset* validationSet,
    const std::function<void(const TrainProgress&)>& progress, const std::atomic<bool>* cancel,
    const std::function<void(const EpochSummary&)>& epochDone) {
    // Training batches several images: LibTorch splits the convolutions over them, so BLAS
    // threads would only fight its threads.
    BlasThreadScope blasAlone(1);
    TrainNetwork network(m_params, m_config);
    DataGenerator generator(trainSet, m_config, m_options.seed, m_options.flips);
    std::optional<DataGenerator> validation;
    if (validationSet)
        validation.emplace(*validationSet, m_config, m_options.seed + 1);
    std::mt19937_64 rng(m_options.seed ^ 0x5DEECE66DULL);

    std::vector<torch::Tensor> trainable;
    for (const auto& key : m_trainable)
        trainable.push_back(m_params.tensors.at(key));
    KerasSgd sgd(trainable, m_config.LEARNING_MOMENTUM, m_config.GRADIENT_CLIP_NORM);
    // Outputs are made once the first step has run: a refused dataset or a step that
    // fails leaves no folder, config or log behind.
    std::unique_ptr<TrainingLogWriter> log;
    auto openOutputs = [&] {
        if (log || m_options.outDir.empty())
            return;
        makeOutputFolder(m_options.outDir);
        log = std::make_unique<TrainingLogWriter>(m_options.outDir, validationSet != nullptr,
                                                  m_options.initialEpoch);
        if (m_options.writeConfig)
            saveConfigFile(m_config, configFilePath(m_options.outDir));
    };

    std::vector<EpochSummary> summaries;
    const int steps = m_options.stepsPerEpoch;
    const int totalSteps = (m_options.epochs - m_options.initialEpoch) * steps;
    int stepsDone = 0;
    const auto runStart = Clock::now();
    for (int epoch = m_options.initialEpoch; epoch < m_options.epochs; ++epoch) {
        double rate = m_options.learningRate;
        for (const auto& [from, factor] : m_options.learningRateSteps)
            if (epoch >= from)
                rate = m_options.learningRate * factor;
        const auto epochStart = Clock::now();
        LossValues sum;
        for (int step = 0; step < steps; ++step) {
            if (cancel && cancel->load())
                return summaries;
            TrainBatch batch = generator.next();
            LossTerms terms = computeLosses(network, batch, m_config, rng);
            auto l2 = l2Regularization(m_params, m_trainable, m_config.WEIGHT_DECAY);
            auto total = terms.weightedSum(m_config) + l2;
            const LossValues v = values(terms, l2, total);
            if (!std::isfinite(v.total))
                throw std::runtime_error("training diverged at epoch " + std::to_string(epoch + 1) +
                                         " step " + std::to_string(step + 1) +
                                         " (a loss is not finite); lower the learning rate");
            total.backward();
            sgd.step(rate);
            accumulate(sum, v, 1.0);
            ++stepsDone;
            openOutputs();
            if (log)
                log->step(epoch, step, rate, v);
            if (progress) {
                TrainProgress p;
                p.epoch = epoch + 1;
                p.epochs = m_options.epochs;
                p.step = step + 1;
                p.steps = steps;
                p.last = v;
                p.average = scaled(sum, 1.0 / (step + 1));
                p.learningRate = rate;
                const double elapsed =
                    std::chrono::duration<double>(Clock::now() - runStart).count();
                p.secondsPerStep = elapsed / stepsDone;
                p.etaSeconds = p.secondsPerStep * (totalSteps - stepsDone);
                progress(p);
            }
        }
        EpochSummary summary;
        summary.epoch = epoch + 1;
        summary.train = scaled(sum, 1.0 / steps);
        if (validation) {
            // Validation reads the moving statistics and never updates them.
            torch::NoGradGuard noGrad;
            Config frozen = m_config;
            frozen.TRAIN_BN = false;
            TrainNetwork evalNetwork(m_params, frozen);
            LossValues vsum;
            std::mt19937_64 vrng(m_options.seed + 2);
            for (int step = 0; step < m_options.validationSteps; ++step) {
                TrainBatch batch = validation->next();
                LossTerms terms = computeLosses(evalNetwork, batch, frozen, vrng);
                auto l2 = l2Regularization(m_params, m_trainable, m_config.WEIGHT_DECAY);
                accumulate(vsum, values(terms, l2, terms.weightedSum(m_config) + l2), 1.0);
            }
            summary.validation = scaled(vsum, 1.0 / m_options.validationSteps);
        }
        if (!m_options.outDir.empty()) {
            torch::NoGradGuard noGrad;
            summary.checkpoint = checkpointPath(m_options.outDir, m_config, epoch + 1);
            ParamStore snapshot;
            for (const auto& [key, tensor] : m_params.tensors)
                snapshot.tensors[key] = tensor.detach();
            writeKerasWeights(summary.checkpoint, toKerasFile(snapshot, m_config));
        }
        if (log)
            log->epoch(epoch, rate, summary.train, summary.validation);
        summary.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        summaries.push_back(summary);
        if (epochDone)
            epochDone(summary);
    }
    return summaries;
}

}  // namespace mrcnn::training
