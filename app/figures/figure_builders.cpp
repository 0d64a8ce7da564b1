#include "figures/figure_builders.h"

#include <QCoreApplication>

#include "figures/tensor_qt.h"
#include "inspection/tensor_names.h"
#include "render/colors.h"
#include "utils/boxes.h"
#include "utils/image_ops.h"

namespace mrcnn::figures {

QString trn(const char* text, int64_t n) {
    return QCoreApplication::translate("Figures", text, nullptr, static_cast<int>(n));
}

views::Figure unavailable(const QString& reason) {
    views::Figure f;
    f.available = false;
    f.unavailableReason = reason;
    return f;
}

QString className(const FigureInput& input, int classId) {
    return QString::fromStdString(input.config.className(classId));
}

render::Scene moldedScene(const FigureInput& input) {
    render::Scene s;
    const Inspection& insp = *input.inspection;
    s.image = rgbImage(unmoldedInput(insp.tensor(names::kInputImage), input.config.MEAN_PIXEL));
    s.margin = std::max<int64_t>(10, insp.meta.moldedHeight() / 10);  // draw_boxes: H // 10
    return s;
}

render::Scene originalScene(const FigureInput& input) {
    render::Scene s;
    s.image = rgbImage(input.inspection->tensor(names::kOriginalImage));
    s.margin = 10;  // display_instances: ±10
    return s;
}

QColor detectionRowColor(const FigureInput& input, int64_t row) {
    const auto& keep = input.inspection->detection.finalKeep;
    // Without the trace (never in a finished run) the row itself is the best identity left.
    const int64_t roi =
        keep.defined() && row >= 0 && row < keep.size(0) ? keep[row].item<int64_t>() : row;
    return render::identityColor(roi, true, input.options.seed);
}

QColor detectionColor(const FigureInput& input, int64_t detection) {
    const auto& d = input.inspection->detections;
    const int64_t row = detection >= 0 && detection < d.count() ? d.row(detection) : detection;
    return detectionRowColor(input, row);
}

GroundTruth moldedGroundTruth(const FigureInput& input) {
    const GroundTruth& gt = *input.groundTruth;
    const ImageMeta& meta = input.inspection->meta;
    std::array<std::array<int64_t, 2>, 3> padding = {
        std::array<int64_t, 2>{meta.window[0], meta.moldedHeight() - meta.window[2]},
        std::array<int64_t, 2>{meta.window[1], meta.moldedWidth() - meta.window[3]},
        std::array<int64_t, 2>{0, 0}};
    GroundTruth out;
    out.classIds = gt.classIds;
    out.masks = resizeMask(gt.masks, meta.scale, padding);
    out.boxes = extractBboxes(out.masks);
    return out;
}

}  // namespace mrcnn::figures
