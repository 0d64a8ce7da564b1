#pragma once
// A loaded Mask R-CNN: config + parameters (+ the weights' load report) and the network built
// from them. run() reproduces MaskRCNN.detect() for one uint8 RGB image [H, W, 3] and returns
// the immutable Inspection of every stage; rerunFrom() repeats only the stages a threshold
// change affects, reusing the earlier record (the backbone never re-runs).

#include <torch/types.h>

#include <memory>
#include <optional>
#include <string>

#include "config/config.h"
#include "inspection/inspection.h"
#include "pipeline/network.h"
#include "pipeline/run_options.h"
#include "weights/config_resolution.h"
#include "weights/param_store.h"
#include "weights/weight_loader.h"

namespace mrcnn {

class Model {
public:
    // Throws std::invalid_argument when the parameters do not fit the config.
    Model(Config config, ParamStore params, LoadReport report = {});

    // Reads a Keras .h5 file; without a config, `auto` resolves it (resolveWeightsConfig over
    // the "base" preset: the file's own config, a JSON beside it, or inference), one image per
    // batch, and `resolution` (when given) receives how. Throws WeightsError / ConfigError
    // with the path and the reason.
    // NaN/Inf weights throw WeightsError naming them unless allowNonFinite (then
    // loadReport().nonFinite lists them).
    static Model load(const std::string& weightsPath, std::optional<Config> config = {},
                      ConfigResolution* resolution = nullptr, bool allowNonFinite = false);

    const Config& config() const { return m_config; }
    const ParamStore& params() const { return *m_params; }
    const LoadReport& loadReport() const { return m_report; }
    bool hasMaskHead() const { return m_network->mask.has_value(); }

    // Throws RunCancelled when options.progress returns false (nothing is returned then),
    // std::invalid_argument for an image that is not uint8 [H, W, 3]. Safe to call from several
    // threads, but runs (and re-runs) in one process take turns: see network.h.
    std::shared_ptr<const Inspection> run(const torch::Tensor& imageRgb,
                                          const RunOptions& options = {}) const;

    // Re-runs `from` and every later stage of `previous` with new options. Stages before
    // Proposals are never re-run; a Backbone/Rpn/Mold request is treated as Proposals.
    std::shared_ptr<const Inspection> rerunFrom(const Inspection& previous, Stage from,
                                                const RunOptions& options) const;

    // The earliest stage whose result changes between two option sets (Unmold for a mask
    // threshold change only; Detection for detection thresholds; Proposals for RPN ones);
    // nullopt when nothing changes.
    std::optional<Stage> firstAffectedStage(const RunOptions& before,
                                            const RunOptions& after) const;

private:
    Config m_config;
    std::shared_ptr<const ParamStore> m_params;
    LoadReport m_report;
    std::shared_ptr<const Network> m_network;
};

}  // namespace mrcnn
