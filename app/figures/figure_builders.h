#pragma once
// The builders the catalog names, one function per figure, grouped by stage in the
// *_figures.cpp files, and the helpers they share.

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <string>

#include "figure/figure.h"
#include "figures/figure_input.h"
#include "render/scene.h"

namespace mrcnn::figures {

// A scene over the molded input (what the network saw) or the original image.
render::Scene moldedScene(const FigureInput& input);
render::Scene originalScene(const FigureInput& input);

views::Figure unavailable(const QString& reason);
// The translation context of the figures' text: Figures::tr("…") is looked up in "Figures", and
// lupdate files it there (a free tr() helper would be filed under the enclosing namespace).
struct Figures {
    Q_DECLARE_TR_FUNCTIONS(Figures)
};
// Plural forms: translate("Figures", text, nullptr, n), text marked with
// QT_TRANSLATE_N_NOOP("Figures", "%n proposal(s)") so that lupdate files it as numerus.
QString trn(const char* text, int64_t n);
QString className(const FigureInput& input, int classId);
// The ground truth moved into the molded frame like load_image_gt (resize_mask, then
// extract_bboxes); masks bool [H, W, G].
GroundTruth moldedGroundTruth(const FigureInput& input);

// A final detection's colour, the same in every figure and across threshold re-runs: keyed
// by its proposal row (the ROI it came from), not by its place in the list.
QColor detectionColor(const FigureInput& input, int64_t detection);
// The same for a row of the DetectionLayer's output (the `detections` tensor).
QColor detectionRowColor(const FigureInput& input, int64_t row);

// Builders, by stage group.
views::Figure inputFigure(const FigureInput&);
views::Figure anchorsFigure(const FigureInput&);
views::Figure anchorsLevelFigure(const FigureInput&);
views::Figure rpnTargetsFigure(const FigureInput&);
views::Figure rpnTopAnchorsFigure(const FigureInput&);
views::Figure rpnRefinementFigure(const FigureInput&);
views::Figure rpnClippedFigure(const FigureInput&);
views::Figure rpnPostNmsFigure(const FigureInput&);
views::Figure rpnProposalsFigure(const FigureInput&);
views::Figure proposalClassificationFigure(const FigureInput&);
views::Figure detectionRefinementFigure(const FigureInput&);
views::Figure detectionFilterFigure(const FigureInput&);
views::Figure detectionNmsFigure(const FigureInput&);
views::Figure detectionsFigure(const FigureInput&);
views::Figure gtMasksFigure(const FigureInput&);
views::Figure topMasksFigure(const FigureInput&);
views::Figure miniMasksFigure(const FigureInput&);
views::Figure flippedFigure(const FigureInput&);
views::Figure maskGridFigure(const FigureInput&, bool thresholded);
views::Figure masksPastedFigure(const FigureInput&);
views::Figure instancesFigure(const FigureInput&);
views::Figure differencesFigure(const FigureInput&);
views::Figure errorTypesFigure(const FigureInput&);
views::Figure datasetClassesFigure(const FigureInput&);
views::Figure datasetInstancesPerImageFigure(const FigureInput&);
views::Figure datasetImageSizesFigure(const FigureInput&);
views::Figure datasetObjectSizesFigure(const FigureInput&);
views::Figure datasetAspectRatiosFigure(const FigureInput&);
views::Figure prCurveFigure(const FigureInput&);
views::Figure overlapsFigure(const FigureInput&);
views::Figure detectionTargetsFigure(const FigureInput&);
views::Figure maskTargetsFigure(const FigureInput&);
views::Figure featureMapsFigure(const FigureInput&);
views::Figure rpnBboxHistogramFigure(const FigureInput&, int column);
views::Figure proposalCornersFigure(const FigureInput&, bool topLeft);
// The weight file (weight_figures.cpp) and its training run (training_figures.cpp).
views::Figure weightStagesFigure(const FigureInput&);
views::Figure weightHistogramFigure(const FigureInput&);
views::Figure weightDiffFigure(const FigureInput&);
views::Figure trainingEpochsFigure(const FigureInput&);
views::Figure trainingStepsFigure(const FigureInput&);
views::Figure trainingLearningRateFigure(const FigureInput&);

}  // namespace mrcnn::figures
