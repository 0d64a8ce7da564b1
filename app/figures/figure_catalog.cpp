#include "figures/figure_catalog.h"

#include <QCoreApplication>

#include <stdexcept>

#include "figures/figure_builders.h"

namespace mrcnn::figures {

const std::vector<FigureInfo>& figureCatalog() {
    static const std::vector<FigureInfo> catalog = {
        {"input", "input", QT_TRANSLATE_NOOP("Figures", "Molded input image")},
        {"anchors", "anchors",
         QT_TRANSLATE_NOOP("Figures", "Anchors of the centre cell per level")},
        {"anchors_level", "anchors", QT_TRANSLATE_NOOP("Figures", "All anchors of one level")},
        {"rpn_targets", "rpn_targets",
         QT_TRANSLATE_NOOP("Figures", "RPN targets: positive anchors and their refinement")},
        {"rpn_top_anchors", "rpn", QT_TRANSLATE_NOOP("Figures", "Top anchors by objectness")},
        {"rpn_refinement", "rpn",
         QT_TRANSLATE_NOOP("Figures", "Pre-NMS anchors and their refinement")},
        {"rpn_clipped", "rpn",
         QT_TRANSLATE_NOOP("Figures", "Refined anchors clipped to the image")},
        {"rpn_post_nms", "rpn", QT_TRANSLATE_NOOP("Figures", "Refined anchors after NMS")},
        {"rpn_proposals", "rpn", QT_TRANSLATE_NOOP("Figures", "Final proposals")},
        {"proposal_classification", "classification",
         QT_TRANSLATE_NOOP("Figures", "Proposal classification")},
        {"detection_refinement", "detection",
         QT_TRANSLATE_NOOP("Figures", "Bounding-box refinement")},
        {"detection_filter", "detection",
         QT_TRANSLATE_NOOP("Figures", "Background and low-confidence filtering")},
        {"detection_nms", "detection",
         QT_TRANSLATE_NOOP("Figures", "Per-class non-maximum suppression")},
        {"detections", "detection", QT_TRANSLATE_NOOP("Figures", "Final detections")},
        {"gt_masks", "masks", QT_TRANSLATE_NOOP("Figures", "Ground-truth masks")},
        {"mask_soft", "masks", QT_TRANSLATE_NOOP("Figures", "Predicted 28×28 masks (soft)")},
        {"mask_binary", "masks",
         QT_TRANSLATE_NOOP("Figures", "Predicted 28×28 masks (thresholded)")},
        {"masks_pasted", "masks", QT_TRANSLATE_NOOP("Figures", "Masks pasted into the image")},
        {"instances", "masks", QT_TRANSLATE_NOOP("Figures", "Predictions")},
        {"differences", "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Ground truth and detections")},
        {"pr_curve", "ground_truth", QT_TRANSLATE_NOOP("Figures", "Precision-recall curve")},
        {"overlaps", "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Overlaps of ground truth and predictions")},
        {"detection_targets", "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Training targets: ROIs sampled from the proposals")},
        {"mask_targets", "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Training targets: mask targets of the positive ROIs")},
        {"feature_maps", "activations", QT_TRANSLATE_NOOP("Figures", "Feature maps")},
        {"rpn_bbox_dy", "activations", QT_TRANSLATE_NOOP("Figures", "RPN deltas: dy")},
        {"rpn_bbox_dx", "activations", QT_TRANSLATE_NOOP("Figures", "RPN deltas: dx")},
        {"rpn_bbox_log_dh", "activations", QT_TRANSLATE_NOOP("Figures", "RPN deltas: log(dh)")},
        {"rpn_bbox_log_dw", "activations", QT_TRANSLATE_NOOP("Figures", "RPN deltas: log(dw)")},
        {"proposal_corners_y1x1", "activations",
         QT_TRANSLATE_NOOP("Figures", "Proposal corners (y1, x1)")},
        {"proposal_corners_y2x2", "activations",
         QT_TRANSLATE_NOOP("Figures", "Proposal corners (y2, x2)")},
        {"weight_stages", "weights", QT_TRANSLATE_NOOP("Figures", "Parameters per stage")},
        {"weight_histogram", "weights",
         QT_TRANSLATE_NOOP("Figures", "Histogram of a weight tensor")},
        {"weight_diff", "weights",
         QT_TRANSLATE_NOOP("Figures", "Change by layer against a second weight file")},
        {"training_history", "training", QT_TRANSLATE_NOOP("Figures", "Losses per epoch")},
        {"training_steps", "training", QT_TRANSLATE_NOOP("Figures", "Losses per step")},
        {"training_learning_rate", "training", QT_TRANSLATE_NOOP("Figures", "Learning rate")},
    };
    return catalog;
}

const std::vector<std::string>& figureGroups() {
    static const std::vector<std::string> groups = {
        "input", "anchors",      "rpn_targets", "rpn",     "classification", "detection",
        "masks", "ground_truth", "activations", "weights", "training"};
    return groups;
}

QString groupTitle(const std::string& group) {
    static const std::map<std::string, const char*> titles = {
        {"input", QT_TRANSLATE_NOOP("Figures", "1. Input")},
        {"anchors", QT_TRANSLATE_NOOP("Figures", "2. Anchors")},
        {"rpn_targets", QT_TRANSLATE_NOOP("Figures", "3. RPN targets")},
        {"rpn", QT_TRANSLATE_NOOP("Figures", "4. RPN predictions")},
        {"classification", QT_TRANSLATE_NOOP("Figures", "5. Proposal classification")},
        {"detection", QT_TRANSLATE_NOOP("Figures", "6. Detection, step by step")},
        {"masks", QT_TRANSLATE_NOOP("Figures", "7. Masks")},
        {"ground_truth", QT_TRANSLATE_NOOP("Figures", "8. Against ground truth")},
        {"activations", QT_TRANSLATE_NOOP("Figures", "9. Activations")},
        {"weights", QT_TRANSLATE_NOOP("Figures", "10. Weights")},
        {"training", QT_TRANSLATE_NOOP("Figures", "11. Training history")},
    };
    auto it = titles.find(group);
    return it == titles.end() ? QString::fromStdString(group)
                              : QCoreApplication::translate("Figures", it->second);
}

QString figureTitle(const std::string& name) {
    for (const auto& f : figureCatalog())
        if (f.name == name)
            return QCoreApplication::translate("Figures", f.title);
    return QString::fromStdString(name);
}

bool isRunFree(const std::string& name) {
    for (const auto& f : figureCatalog())
        if (f.name == name)
            return f.group == "weights" || f.group == "training";
    return false;
}

bool isKnownFigure(const std::string& name) {
    for (const auto& f : figureCatalog())
        if (f.name == name)
            return true;
    return false;
}

views::Figure buildFigure(const std::string& name, const FigureInput& input) {
    if (!isKnownFigure(name))
        throw std::invalid_argument("unknown figure \"" + name + "\"");
    if (!input.inspection && !isRunFree(name))
        throw std::invalid_argument("no run to draw");
    views::Figure f = dispatchFigure(name, input);
    f.name = name;
    if (f.title.isEmpty())
        f.title = figureTitle(name);
    if (f.kind == views::FigureKind::Scene && f.scene.title.isEmpty())
        f.scene.title = f.title;
    return f;
}

}  // namespace mrcnn::figures
