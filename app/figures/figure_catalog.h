#pragma once
// Every figure the inspector shows, in pipeline order, grouped by stage: the one description
// of a figure. Each entry names its builder, what the ids of its boxes mean and its typed
// parameters. The GUI's navigator and options bar, `mrcnn figure --list/--describe/--set`, the
// screenshot tour and the tests all read this table; a new figure is one entry plus its
// builder.

#include <string>
#include <vector>

#include "figure/figure.h"
#include "figures/figure_input.h"
#include "figures/figure_params.h"

namespace mrcnn::figures {

// What a click on one of the figure's boxes points at.
enum class BoxIds {
    None,       // nothing to trace
    Detection,  // an index into the final detections
    Roi,        // a proposal row (the final detection it became, if any)
};

using Builder = views::Figure (*)(const FigureInput&);

struct FigureInfo {
    std::string name;   // stable id (CLI --stage)
    std::string group;  // stage group, untranslated id: input, anchors, rpn_targets, …
    const char* title;  // untranslated; translate with QCoreApplication::translate("Figures", …)
    Builder build = nullptr;
    BoxIds boxIds = BoxIds::None;
    std::vector<ParamSpec> params{};
    bool tourShot = false;  // photographed by the screenshot tour (docs/screenshots)

    const ParamSpec* param(const std::string& key) const;  // nullptr when it has none
    std::string paramKeys() const;                         // "a, b, c" or "(none)"
};

// The figures that panels embed by name, and the one the window opens on.
namespace figure_ids {
inline constexpr char kWeightStages[] = "weight_stages";
inline constexpr char kWeightHistogram[] = "weight_histogram";
inline constexpr char kWeightDiff[] = "weight_diff";
inline constexpr char kTrainingEpochs[] = "training_history";
inline constexpr char kTrainingSteps[] = "training_steps";
inline constexpr char kTrainingLearningRate[] = "training_learning_rate";
inline constexpr char kFirstShown[] = "instances";
}  // namespace figure_ids

const std::vector<FigureInfo>& figureCatalog();
const FigureInfo* findFigure(const std::string& name);  // nullptr when unknown
const std::vector<std::string>& figureGroups();         // in pipeline order
QString groupTitle(const std::string& group);           // translated
QString figureTitle(const std::string& name);           // translated; the name when unknown
bool isKnownFigure(const std::string& name);
// Figures drawn from the weight file or the training log alone (groups weights, training):
// they need no image and no run.
bool isRunFree(const std::string& name);
// The figures the screenshot tour photographs for a group, in catalog order (the first
// flagged one, or the group's first figure when none is flagged).
std::vector<std::string> tourFigures(const std::string& group);

// FigureOptions holding the figure's declared defaults.
FigureOptions defaultOptions(const FigureInfo& figure);
// input.options made valid for this run: a tensor the run no longer has becomes the default
// (an empty tensor name the first available one), numbers are clamped into the run's range.
FigureOptions resolvedOptions(const FigureInfo& figure, const FigureInput& input);
// `--set KEY=VALUE` for one figure: parses and checks against the declared range (and the
// run's, when `run` is given), then stores it. Throws ParamError naming the figure's keys
// for an unknown key, or the valid range for a bad value.
void applySetting(const FigureInfo& figure, FigureOptions& options, const std::string& key,
                  const std::string& text, const FigureInput* run = nullptr);
// `mrcnn figure --describe NAME`: the name, group, title and one line per parameter (key,
// type, range, default, label); ranges narrowed by `run` when one is given.
std::string describeFigure(const FigureInfo& figure, const FigureInput* run = nullptr);

// Builds one figure with its options resolved for the run; an unknown name throws
// std::invalid_argument, and so does a missing run for a figure that needs one. A figure whose
// inputs are missing (no ground truth, no feature maps, detection-only model) comes back with
// available = false and the reason.
views::Figure buildFigure(const std::string& name, const FigureInput& input);

}  // namespace mrcnn::figures
