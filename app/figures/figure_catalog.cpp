#include "figures/figure_catalog.h"

#include <QCoreApplication>

#include <map>

#include "figures/figure_builders.h"
#include "inspection/tensor_names.h"

namespace mrcnn::figures {

namespace {

// ---- The parameters, each declared once and listed by the figures that take it. ----

int64_t featureChannels(const FigureInput& in) {
    std::string name = in.options.featureTensor;
    const auto choices = paramChoices(ParamSpec{.type = ParamType::FeatureTensor}, in);
    if (name.empty() && !choices.empty())
        name = choices.front().value;
    return in.inspection->has(name) ? in.inspection->tensor(name).size(-1) : 1;
}

ParamSpec seed() {
    return {.key = "seed",
            .type = ParamType::Int,
            .field = &FigureOptions::seed,
            .defaultValue = int64_t{0},
            .range = {0, 2147483647},
            .label = QT_TRANSLATE_NOOP("Figures", "Seed"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "Seed of the random colours and samples; every figure "
                                         "shares it, so a detection keeps its colour"),
            .shared = true};
}

ParamSpec anchorLevel() {
    return {.key = "anchorLevel",
            .type = ParamType::Int,
            .field = &FigureOptions::anchorLevel,
            .defaultValue = int64_t{4},
            .range = {0, 9},
            .label = QT_TRANSLATE_NOOP("Figures", "Level"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "Pyramid level whose anchors are drawn: 0 = P2 (stride "
                                         "4, the smallest anchors) … 4 = P6"),
            .rangeNote = "up to the model's levels - 1: 0..4 for P2..P6",
            .runRange = [](const FigureInput& in) {
                return ParamRange{0, double(in.config.BACKBONE_STRIDES.size()) - 1};
            }};
}

ParamSpec topAnchors() {
    return {.key = "topAnchors",
            .type = ParamType::Int,
            .field = &FigureOptions::topAnchors,
            .defaultValue = int64_t{100},
            .range = {1, 1000000},
            .label = QT_TRANSLATE_NOOP("Figures", "Anchors drawn"),
            .tooltip =
                QT_TRANSLATE_NOOP("Figures", "How many anchors to draw, highest objectness first"),
            .rangeNote = "up to the run's anchor count",
            .runRange = [](const FigureInput& in) {
                const auto& insp = *in.inspection;
                return ParamRange{1, insp.has(names::kRpnClass)
                                         ? double(insp.tensor(names::kRpnClass).size(1))
                                         : 1.0};
            }};
}

ParamSpec refinementLimit() {
    return {.key = "refinementLimit",
            .type = ParamType::Int,
            .field = &FigureOptions::refinementLimit,
            .defaultValue = int64_t{50},
            .range = {1, 10000},
            .label = QT_TRANSLATE_NOOP("Figures", "Boxes drawn"),
            .tooltip = QT_TRANSLATE_NOOP(
                "Figures", "How many boxes to draw, best first (the notebooks draw 50)")};
}

ParamSpec proposalSample() {
    return {.key = "proposalSample",
            .type = ParamType::Int,
            .field = &FigureOptions::proposalSample,
            .defaultValue = int64_t{200},
            .range = {1, 10000},
            .label = QT_TRANSLATE_NOOP("Figures", "Proposals drawn"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "How many proposals to draw, picked at random with the "
                                         "seed (the notebook draws 200)")};
}

ParamSpec iouThreshold() {
    return {.key = "iouThreshold",
            .type = ParamType::Double,
            .field = &FigureOptions::iouThreshold,
            .defaultValue = 0.5,
            .range = {0.05, 1.0},
            .step = 0.05,
            .decimals = 2,
            .label = QT_TRANSLATE_NOOP("Figures", "IoU threshold"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "The overlap at which a detection matches a ground-truth "
                                         "instance; the ground-truth figures share it"),
            .shared = true};
}

ParamSpec boxIou() {
    return {.key = "boxIou",
            .type = ParamType::Bool,
            .field = &FigureOptions::boxIou,
            .defaultValue = false,
            .label = QT_TRANSLATE_NOOP("Figures", "Box IoU"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "Match on box overlap (COCO bbox) instead of mask "
                                         "overlap (COCO segm); a model without masks always "
                                         "uses boxes")};
}

ParamSpec featureTensor() {
    return {.key = "featureTensor",
            .type = ParamType::FeatureTensor,
            .field = &FigureOptions::featureTensor,
            .defaultValue = std::string(),
            .label = QT_TRANSLATE_NOOP("Figures", "Feature map"),
            .tooltip = QT_TRANSLATE_NOOP("Figures",
                                         "Which kept feature map to draw; its shape is [batch, "
                                         "height, width, channels]")};
}

ParamSpec channelOffset() {
    return {.key = "channelOffset",
            .type = ParamType::Int,
            .field = &FigureOptions::channelOffset,
            .defaultValue = int64_t{0},
            .range = {0, 65535},
            .label = QT_TRANSLATE_NOOP("Figures", "First channel"),
            .tooltip = QT_TRANSLATE_NOOP("Figures", "The first channel drawn"),
            .rangeNote = "below the feature map's channel count",
            .runRange =
                [](const FigureInput& in) {
                    return ParamRange{0, double(featureChannels(in) - 1)};
                },
            .disabledBy = "allChannels"};
}

ParamSpec channelCount() {
    return {.key = "channelCount",
            .type = ParamType::Int,
            .field = &FigureOptions::channelCount,
            .defaultValue = int64_t{16},
            .range = {1, 65536},
            .label = QT_TRANSLATE_NOOP("Figures", "Channels"),
            .tooltip = QT_TRANSLATE_NOOP("Figures", "How many channels to draw from the first"),
            .rangeNote = "up to the feature map's channel count",
            .runRange =
                [](const FigureInput& in) {
                    return ParamRange{1, double(featureChannels(in))};
                },
            .disabledBy = "allChannels"};
}

ParamSpec allChannels() {
    return {.key = "allChannels",
            .type = ParamType::Bool,
            .field = &FigureOptions::allChannels,
            .defaultValue = false,
            .label = QT_TRANSLATE_NOOP("Figures", "All channels"),
            .tooltip = QT_TRANSLATE_NOOP(
                "Figures", "Every channel of the feature map, in a grid that scrolls")};
}

ParamSpec weightTensor() {
    return {.key = "weightTensor",
            .type = ParamType::WeightTensor,
            .field = &FigureOptions::weightTensor,
            .defaultValue = std::string(),
            .label = QT_TRANSLATE_NOOP("Figures", "Tensor"),
            .tooltip = QT_TRANSLATE_NOOP("Figures", "The weight tensor whose values are counted")};
}

ParamSpec bins() {
    return {.key = "bins",
            .type = ParamType::Int,
            .field = &FigureOptions::histogramBins,
            .defaultValue = int64_t{50},
            .range = {1, 1000},
            .label = QT_TRANSLATE_NOOP("Figures", "Bins"),
            .tooltip = QT_TRANSLATE_NOOP("Figures", "Number of histogram bins")};
}

ParamSpec logScale() {
    return {.key = "logScale",
            .type = ParamType::Bool,
            .field = &FigureOptions::histogramLog,
            .defaultValue = false,
            .label = QT_TRANSLATE_NOOP("Figures", "Log scale"),
            .tooltip = QT_TRANSLATE_NOOP("Figures", "Counts on a logarithmic axis")};
}

template <int Column>
views::Figure rpnBbox(const FigureInput& in) {
    return rpnBboxHistogramFigure(in, Column);
}

}  // namespace

const std::vector<FigureInfo>& figureCatalog() {
    using B = BoxIds;
    namespace id = figure_ids;
    static const std::vector<FigureInfo> catalog = {
        {"input",
         "input",
         QT_TRANSLATE_NOOP("Figures", "Molded input image"),
         inputFigure,
         B::None,
         {},
         true},
        {"anchors",
         "anchors",
         QT_TRANSLATE_NOOP("Figures", "Anchors of the centre cell per level"),
         anchorsFigure,
         B::None,
         {seed()},
         true},
        {"anchors_level",
         "anchors",
         QT_TRANSLATE_NOOP("Figures", "All anchors of one level"),
         anchorsLevelFigure,
         B::None,
         {anchorLevel(), seed()},
         true},
        {"rpn_targets",
         "rpn_targets",
         QT_TRANSLATE_NOOP("Figures", "RPN targets: positive anchors and their refinement"),
         rpnTargetsFigure,
         B::None,
         {seed()},
         true},
        {"rpn_top_anchors",
         "rpn",
         QT_TRANSLATE_NOOP("Figures", "Top anchors by objectness"),
         rpnTopAnchorsFigure,
         B::None,
         {topAnchors(), seed()}},
        {"rpn_refinement",
         "rpn",
         QT_TRANSLATE_NOOP("Figures", "Pre-NMS anchors and their refinement"),
         rpnRefinementFigure,
         B::None,
         {refinementLimit(), seed()},
         true},
        {"rpn_clipped",
         "rpn",
         QT_TRANSLATE_NOOP("Figures", "Refined anchors clipped to the image"),
         rpnClippedFigure,
         B::None,
         {refinementLimit(), seed()}},
        {"rpn_post_nms",
         "rpn",
         QT_TRANSLATE_NOOP("Figures", "Refined anchors after NMS"),
         rpnPostNmsFigure,
         B::Roi,
         {refinementLimit(), seed()}},
        {"rpn_proposals",
         "rpn",
         QT_TRANSLATE_NOOP("Figures", "Final proposals"),
         rpnProposalsFigure,
         B::Roi,
         {refinementLimit(), seed()}},
        {"proposal_classification",
         "classification",
         QT_TRANSLATE_NOOP("Figures", "Proposal classification"),
         proposalClassificationFigure,
         B::Roi,
         {proposalSample(), seed()},
         true},
        {"detection_refinement",
         "detection",
         QT_TRANSLATE_NOOP("Figures", "Bounding-box refinement"),
         detectionRefinementFigure,
         B::Roi,
         {refinementLimit(), seed()}},
        {"detection_filter",
         "detection",
         QT_TRANSLATE_NOOP("Figures", "Background and low-confidence filtering"),
         detectionFilterFigure,
         B::Roi,
         {seed()}},
        {"detection_nms",
         "detection",
         QT_TRANSLATE_NOOP("Figures", "Per-class non-maximum suppression"),
         detectionNmsFigure,
         B::Roi,
         {seed()},
         true},
        {"detections",
         "detection",
         QT_TRANSLATE_NOOP("Figures", "Final detections"),
         detectionsFigure,
         B::Detection,
         {seed()}},
        {"gt_masks",
         "masks",
         QT_TRANSLATE_NOOP("Figures", "Ground-truth masks"),
         gtMasksFigure,
         B::None,
         {seed()}},
        {"top_masks", "masks", QT_TRANSLATE_NOOP("Figures", "Ground truth: the top four classes"),
         topMasksFigure},
        {"mini_masks", "masks",
         QT_TRANSLATE_NOOP("Figures", "Ground truth: mini masks and their expansion"),
         miniMasksFigure},
        {"flipped",
         "masks",
         QT_TRANSLATE_NOOP("Figures", "Ground truth flipped as the augmentation does"),
         flippedFigure,
         B::None,
         {seed()}},
        {"mask_soft", "masks", QT_TRANSLATE_NOOP("Figures", "Predicted 28×28 masks (soft)"),
         [](const FigureInput& i) { return maskGridFigure(i, false); }},
        {"mask_binary", "masks",
         QT_TRANSLATE_NOOP("Figures", "Predicted 28×28 masks (thresholded)"),
         [](const FigureInput& i) { return maskGridFigure(i, true); }},
        {"masks_pasted",
         "masks",
         QT_TRANSLATE_NOOP("Figures", "Masks pasted into the image"),
         masksPastedFigure,
         B::None,
         {seed()}},
        {"instances",
         "masks",
         QT_TRANSLATE_NOOP("Figures", "Predictions"),
         instancesFigure,
         B::Detection,
         {seed()},
         true},
        {"differences",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Ground truth and detections"),
         differencesFigure,
         B::Detection,
         {iouThreshold()},
         true},
        {"error_types",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Error types (TIDE)"),
         errorTypesFigure,
         B::Detection,
         {iouThreshold(), boxIou()}},
        {"pr_curve",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Precision-recall curve"),
         prCurveFigure,
         B::None,
         {iouThreshold()}},
        {"overlaps",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Overlaps of ground truth and predictions"),
         overlapsFigure,
         B::None,
         {iouThreshold()}},
        {"detection_targets",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Training targets: ROIs sampled from the proposals"),
         detectionTargetsFigure,
         B::None,
         {seed()}},
        {"mask_targets",
         "ground_truth",
         QT_TRANSLATE_NOOP("Figures", "Training targets: mask targets of the positive ROIs"),
         maskTargetsFigure,
         B::None,
         {seed()}},
        {"feature_maps",
         "activations",
         QT_TRANSLATE_NOOP("Figures", "Feature maps"),
         featureMapsFigure,
         B::None,
         {featureTensor(), channelOffset(), channelCount(), allChannels()},
         true},
        {"rpn_bbox_dy",
         "activations",
         QT_TRANSLATE_NOOP("Figures", "RPN deltas: dy"),
         rpnBbox<0>,
         B::None,
         {bins(), logScale()}},
        {"rpn_bbox_dx",
         "activations",
         QT_TRANSLATE_NOOP("Figures", "RPN deltas: dx"),
         rpnBbox<1>,
         B::None,
         {bins(), logScale()}},
        {"rpn_bbox_log_dh",
         "activations",
         QT_TRANSLATE_NOOP("Figures", "RPN deltas: log(dh)"),
         rpnBbox<2>,
         B::None,
         {bins(), logScale()}},
        {"rpn_bbox_log_dw",
         "activations",
         QT_TRANSLATE_NOOP("Figures", "RPN deltas: log(dw)"),
         rpnBbox<3>,
         B::None,
         {bins(), logScale()}},
        {"proposal_corners_y1x1", "activations",
         QT_TRANSLATE_NOOP("Figures", "Proposal corners (y1, x1)"),
         [](const FigureInput& i) { return proposalCornersFigure(i, true); }},
        {"proposal_corners_y2x2", "activations",
         QT_TRANSLATE_NOOP("Figures", "Proposal corners (y2, x2)"),
         [](const FigureInput& i) { return proposalCornersFigure(i, false); }},
        {id::kWeightStages, "weights", QT_TRANSLATE_NOOP("Figures", "Parameters per stage"),
         weightStagesFigure},
        {id::kWeightHistogram,
         "weights",
         QT_TRANSLATE_NOOP("Figures", "Histogram of a weight tensor"),
         weightHistogramFigure,
         B::None,
         {weightTensor(), bins(), logScale()},
         true},
        {id::kWeightDiff, "weights",
         QT_TRANSLATE_NOOP("Figures", "Change by layer against a second weight file"),
         weightDiffFigure},
        {id::kTrainingEpochs,
         "training",
         QT_TRANSLATE_NOOP("Figures", "Losses per epoch"),
         trainingEpochsFigure,
         B::None,
         {},
         true},
        {id::kTrainingSteps, "training", QT_TRANSLATE_NOOP("Figures", "Losses per step"),
         trainingStepsFigure},
        {id::kTrainingLearningRate, "training", QT_TRANSLATE_NOOP("Figures", "Learning rate"),
         trainingLearningRateFigure},
        {"dataset_classes",
         "dataset",
         QT_TRANSLATE_NOOP("Figures", "Instances per class"),
         datasetClassesFigure,
         B::None,
         {logScale()},
         true},
        {"dataset_instances",
         "dataset",
         QT_TRANSLATE_NOOP("Figures", "Instances per image"),
         datasetInstancesPerImageFigure,
         B::None,
         {bins(), logScale()}},
        {"dataset_image_sizes", "dataset", QT_TRANSLATE_NOOP("Figures", "Image sizes"),
         datasetImageSizesFigure},
        {"dataset_object_sizes",
         "dataset",
         QT_TRANSLATE_NOOP("Figures", "Object sizes"),
         datasetObjectSizesFigure,
         B::None,
         {bins(), logScale()}},
        {"dataset_aspect_ratios",
         "dataset",
         QT_TRANSLATE_NOOP("Figures", "Object aspect ratios"),
         datasetAspectRatiosFigure,
         B::None,
         {bins(), logScale()}},
    };
    return catalog;
}

const std::vector<std::string>& figureGroups() {
    static const std::vector<std::string> groups = {
        "input", "anchors",      "rpn_targets", "rpn",     "classification", "detection",
        "masks", "ground_truth", "activations", "weights", "training",       "dataset"};
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
        {"dataset", QT_TRANSLATE_NOOP("Figures", "12. Dataset")},
    };
    auto it = titles.find(group);
    return it == titles.end() ? QString::fromStdString(group)
                              : QCoreApplication::translate("Figures", it->second);
}

const FigureInfo* findFigure(const std::string& name) {
    for (const auto& f : figureCatalog())
        if (f.name == name)
            return &f;
    return nullptr;
}

QString figureTitle(const std::string& name) {
    const FigureInfo* f = findFigure(name);
    return f ? QCoreApplication::translate("Figures", f->title) : QString::fromStdString(name);
}

bool isRunFree(const std::string& name) {
    const FigureInfo* f = findFigure(name);
    return f && (f->group == "weights" || f->group == "training" || f->group == "dataset");
}

bool isKnownFigure(const std::string& name) {
    return findFigure(name) != nullptr;
}

std::vector<std::string> tourFigures(const std::string& group) {
    std::vector<std::string> shots, all;
    for (const auto& f : figureCatalog())
        if (f.group == group) {
            all.push_back(f.name);
            if (f.tourShot)
                shots.push_back(f.name);
        }
    if (shots.empty() && !all.empty())
        shots.push_back(all.front());
    return shots;
}

const ParamSpec* FigureInfo::param(const std::string& key) const {
    for (const auto& p : params)
        if (p.key == key)
            return &p;
    return nullptr;
}

std::string FigureInfo::paramKeys() const {
    std::string keys;
    for (const auto& p : params)
        keys += (keys.empty() ? "" : ", ") + p.key;
    return keys.empty() ? "(none)" : keys;
}

views::Figure buildFigure(const std::string& name, const FigureInput& input) {
    const FigureInfo* info = findFigure(name);
    if (!info)
        throw std::invalid_argument("unknown figure \"" + name + "\"");
    if (!input.inspection && !isRunFree(name))
        throw std::invalid_argument("no run to draw");
    FigureInput resolved = input;
    resolved.options = resolvedOptions(*info, input);
    views::Figure f = info->build(resolved);
    f.name = name;
    if (f.title.isEmpty())
        f.title = figureTitle(name);
    if (f.kind == views::FigureKind::Scene && f.scene.title.isEmpty())
        f.scene.title = f.title;
    return f;
}

}  // namespace mrcnn::figures
