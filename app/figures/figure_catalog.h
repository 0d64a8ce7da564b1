#pragma once
// Every figure the inspector shows, in pipeline order, grouped by stage. The GUI's stage
// navigator, `mrcnn figure --list` and `mrcnn figure --stage NAME` all read this one table,
// and buildFigure() is the one place that turns a run into a Figure.

#include <string>
#include <vector>

#include "figure/figure.h"
#include "figures/figure_input.h"

namespace mrcnn::figures {

struct FigureInfo {
    std::string name;   // stable id (CLI --stage)
    std::string group;  // stage group, untranslated id: input, anchors, rpn_targets, …
    const char* title;  // untranslated; translate with QCoreApplication::translate("Figures", …)
};

const std::vector<FigureInfo>& figureCatalog();
const std::vector<std::string>& figureGroups();  // in pipeline order
QString groupTitle(const std::string& group);    // translated
QString figureTitle(const std::string& name);    // translated; the name when unknown
bool isKnownFigure(const std::string& name);
// Figures drawn from the weight file or the training log alone (groups weights, training):
// they need no image and no run.
bool isRunFree(const std::string& name);

// Builds one figure; an unknown name throws std::invalid_argument, and so does a missing run
// for a figure that needs one. A figure whose inputs
// are missing (no ground truth, no feature maps, detection-only model) comes back with
// available = false and the reason.
views::Figure buildFigure(const std::string& name, const FigureInput& input);

}  // namespace mrcnn::figures
