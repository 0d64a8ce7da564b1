#include "pipeline/model.h"

#include <chrono>
#include <mutex>

#include "pipeline/run_steps.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

// Runs the steps in order with timing and the progress/cancel callback.
class StageSequence {
public:
    StageSequence(RunState& state, const ProgressCallback& progress)
        : m_state(state), m_progress(progress) {}

    template <typename Fn>
    void step(Stage stage, Fn&& fn) {
        if (m_progress && !m_progress(stage, static_cast<int>(stage), kStageCount))
            throw RunCancelled(std::string("run cancelled before stage ") + stageName(stage));
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
        m_state.record.timings.push_back({stage, dt.count()});
    }

private:
    RunState& m_state;
    const ProgressCallback& m_progress;
};

void resolveOptions(Inspection& rec, const Config& c, const RunOptions& options) {
    rec.options = options;
    rec.options.progress = nullptr;  // the record must not keep the caller's callback alive
    rec.detectionMinConfidence =
        options.detectionMinConfidence.value_or(c.DETECTION_MIN_CONFIDENCE);
    rec.detectionNmsThreshold = options.detectionNmsThreshold.value_or(c.DETECTION_NMS_THRESHOLD);
    rec.rpnNmsThreshold = options.rpnNmsThreshold.value_or(c.RPN_NMS_THRESHOLD);
    rec.postNmsRoisInference = options.postNmsRoisInference.value_or(c.POST_NMS_ROIS_INFERENCE);
    if (rec.postNmsRoisInference < 1)
        throw std::invalid_argument("POST_NMS_ROIS_INFERENCE must be at least 1");
    if (options.maskThreshold < 0 || options.maskThreshold > 1)
        throw std::invalid_argument("the mask threshold must lie in [0, 1]");
}

// Runs take turns in the whole process: their stages set and restore OpenBLAS's thread count
// (BlasThreadScope, SerialScope), a process-wide value that overlapping runs would leave wrong.
std::mutex& runMutex() {
    static std::mutex m;
    return m;
}

}  // namespace

Model::Model(Config config, ParamStore params, LoadReport report)
    : m_config(std::move(config)),
      m_params(std::make_shared<const ParamStore>(std::move(params))),
      m_report(std::move(report)) {
    m_config.validate();
    m_network = std::make_shared<const Network>(*m_params, m_config);
    m_report.maskHeadPresent = m_network->mask.has_value();
}

Model Model::load(const std::string& weightsPath, std::optional<Config> config,
                  ConfigResolution* resolution, bool allowNonFinite) {
    auto file = readKerasWeights(weightsPath);
    Config cfg;
    if (config) {
        cfg = *config;
    } else {
        ConfigResolution resolved = resolveWeightsConfig(weightsPath, file, presetConfig("base"));
        cfg = resolved.config;
        cfg.IMAGES_PER_GPU = 1;  // a stored training config may batch more
        cfg.GPU_COUNT = 1;
        if (resolution)
            *resolution = std::move(resolved);
    }
    cfg.validate();  // bounds before any allocation the config sizes
    LoadReport report;
    LoadOptions options;
    options.allowNonFinite = allowNonFinite;
    auto params = loadParams(file, cfg, report, options);
    return Model(std::move(cfg), std::move(params), std::move(report));
}

std::shared_ptr<const Inspection> Model::run(const torch::Tensor& imageRgb,
                                             const RunOptions& options) const {
    std::scoped_lock oneRunAtATime(runMutex());
    torch::NoGradGuard noGrad;
    auto rec = std::make_shared<Inspection>();
    resolveOptions(*rec, m_config, options);
    rec->configJson = configToJson(m_config, true);
    rec->loadReport = m_report;
    RunState state{m_config, *m_network, *rec};
    StageSequence seq(state, options.progress);
    // mold_inputs → backbone (ResNet + FPN) → RPN → ProposalLayer → classifier head →
    // DetectionLayer → mask head → unmold_detections.
    seq.step(Stage::Mold, [&] { moldStep(state, imageRgb); });
    seq.step(Stage::Backbone, [&] { backboneStep(state); });
    seq.step(Stage::Rpn, [&] { rpnStep(state); });
    seq.step(Stage::Proposals, [&] { proposalStep(state); });
    seq.step(Stage::Classifier, [&] { classifierStep(state); });
    seq.step(Stage::Detection, [&] { detectionStep(state); });
    seq.step(Stage::MaskHead, [&] { maskStep(state); });
    seq.step(Stage::Unmold, [&] { unmoldStep(state); });
    publishTensors(*rec);
    return rec;
}

std::shared_ptr<const Inspection> Model::rerunFrom(const Inspection& previous, Stage from,
                                                   const RunOptions& options) const {
    std::scoped_lock oneRunAtATime(runMutex());
    torch::NoGradGuard noGrad;
    if (previous.mrcnnFeatureMaps.size() != 4)
        throw std::invalid_argument("the earlier inspection holds no feature maps to re-run from");
    // The typed stage outputs are shared, never modified: re-run stages replace theirs.
    auto rec = std::make_shared<Inspection>(previous);
    resolveOptions(*rec, m_config, options);
    // Feature-map and trace tensors follow the new options only where the stages re-run.
    rec->options.keepFeatureMaps = previous.options.keepFeatureMaps;
    rec->timings.clear();
    RunState state{m_config, *m_network, *rec};
    StageSequence seq(state, options.progress);
    const Stage start = from < Stage::Proposals ? Stage::Proposals : from;
    if (start <= Stage::Proposals)
        seq.step(Stage::Proposals, [&] { proposalStep(state); });
    if (start <= Stage::Classifier)
        seq.step(Stage::Classifier, [&] { classifierStep(state); });
    if (start <= Stage::Detection)
        seq.step(Stage::Detection, [&] { detectionStep(state); });
    if (start <= Stage::MaskHead)
        seq.step(Stage::MaskHead, [&] { maskStep(state); });
    seq.step(Stage::Unmold, [&] { unmoldStep(state); });
    publishTensors(*rec);
    return rec;
}

std::optional<Stage> Model::firstAffectedStage(const RunOptions& a, const RunOptions& b) const {
    const auto& c = m_config;
    auto val = [](const auto& opt, auto fallback) { return opt.value_or(fallback); };
    if (val(a.rpnNmsThreshold, c.RPN_NMS_THRESHOLD) !=
            val(b.rpnNmsThreshold, c.RPN_NMS_THRESHOLD) ||
        val(a.postNmsRoisInference, c.POST_NMS_ROIS_INFERENCE) !=
            val(b.postNmsRoisInference, c.POST_NMS_ROIS_INFERENCE) ||
        a.keepTrace != b.keepTrace)
        return Stage::Proposals;
    if (val(a.detectionMinConfidence, c.DETECTION_MIN_CONFIDENCE) !=
            val(b.detectionMinConfidence, c.DETECTION_MIN_CONFIDENCE) ||
        val(a.detectionNmsThreshold, c.DETECTION_NMS_THRESHOLD) !=
            val(b.detectionNmsThreshold, c.DETECTION_NMS_THRESHOLD))
        return Stage::Detection;
    if (a.maskThreshold != b.maskThreshold)
        return Stage::Unmold;
    return std::nullopt;
}

}  // namespace mrcnn
