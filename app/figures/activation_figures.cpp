// Stage 9: activations — feature-map channel grids, rpn_bbox delta histograms (labelled
// correctly: channel 2 is log(dh), channel 3 log(dw)) and the proposal-corner scatter plots.

#include <cmath>

#include "figures/figure_builders.h"
#include "figures/tensor_qt.h"
#include "inspection/tensor_names.h"

namespace mrcnn::figures {

views::Figure featureMapsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    std::string name = in.options.featureTensor;
    if (name.empty()) {
        for (const auto& n : names::featureMapNames(in.config.BACKBONE == "resnet101"))
            if (insp.has(n)) {
                name = n;
                break;
            }
    }
    if (name.empty() || !insp.has(name))
        return unavailable(
            Figures::tr("This run kept no feature maps: run again with feature maps kept "
                        "(they are large, so they are off by default)."));
    auto fmap = insp.tensor(name)[0];  // NHWC → [H, W, C]
    const int64_t channels = fmap.size(2);
    const int64_t first =
        in.options.allChannels ? 0 : std::clamp<int64_t>(in.options.channelOffset, 0, channels - 1);
    const int64_t count =
        in.options.allChannels
            ? channels
            : std::min<int64_t>(std::max(1, in.options.channelCount), channels - first);
    views::Figure f;
    f.kind = views::FigureKind::ImageGrid;
    f.title = Figures::tr("%1, channels %2–%3 of %4")
                  .arg(QString::fromStdString(name))
                  .arg(first)
                  .arg(first + count - 1)
                  .arg(channels);
    for (int64_t c = first; c < first + count; ++c) {
        f.grid.images.push_back(planeImage(fmap.select(2, c)));
        f.grid.titles << Figures::tr("channel %1").arg(c);
    }
    f.grid.cols = count <= 4 ? static_cast<int>(count) : count <= 16 ? 4 : 8;
    if (in.options.allChannels || count > 64) {
        // Hundreds of channels: square-ish in files; on screen cells stay readable and the
        // grid scrolls instead of shrinking each channel to a few pixels.
        f.grid.cols = static_cast<int>(std::ceil(std::sqrt(double(count))));
        f.grid.minCellSize = 96;
    }
    f.summary << logLine(QString::fromStdString(name), insp.tensor(name));
    return f;
}

views::Figure rpnBboxHistogramFigure(const FigureInput& in, int column) {
    static const char* const kTitles[] = {
        QT_TRANSLATE_NOOP("Figures", "dy"), QT_TRANSLATE_NOOP("Figures", "dx"),
        QT_TRANSLATE_NOOP("Figures", "log(dh)"), QT_TRANSLATE_NOOP("Figures", "log(dw)")};
    const Inspection& insp = *in.inspection;
    auto col = insp.tensor(names::kRpnBbox)[0].select(1, column).to(torch::kFloat64).contiguous();
    views::Figure f;
    f.kind = views::FigureKind::Histogram;
    f.histogram.title = Figures::tr(kTitles[column]);
    f.histogram.bins = std::max(1, in.options.histogramBins);
    f.histogram.logY = in.options.histogramLog;
    f.histogram.values.assign(col.data_ptr<double>(), col.data_ptr<double>() + col.numel());
    f.summary << logLine("rpn_bbox", insp.tensor(names::kRpnBbox))
              << Figures::tr("Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV")
                     .arg(column)
                     .arg(Figures::tr(kTitles[column]));
    return f;
}

views::Figure proposalCornersFigure(const FigureInput& in, bool topLeft) {
    const Inspection& insp = *in.inspection;
    auto proposals = insp.tensor(names::kProposals)[0].to(torch::kFloat64);
    auto valid = proposals.abs().sum(1).gt(0);
    auto rois = proposals.index({valid}).contiguous();
    views::Figure f;
    f.kind = views::FigureKind::Scatter;
    f.scatter.title = topLeft ? Figures::tr("Proposal corners (y1, x1)")
                              : Figures::tr("Proposal corners (y2, x2)");
    f.scatter.xLabel = topLeft ? Figures::tr("x1 (normalised)") : Figures::tr("x2 (normalised)");
    f.scatter.yLabel = topLeft ? Figures::tr("y1 (normalised)") : Figures::tr("y2 (normalised)");
    const double* p = rois.data_ptr<double>();
    for (int64_t i = 0; i < rois.size(0); ++i) {
        const double* r = p + 4 * i;
        f.scatter.points.emplace_back(topLeft ? r[1] : r[3], topLeft ? r[0] : r[2]);
    }
    f.summary << logLine("roi", insp.tensor(names::kProposals))
              << trn(QT_TRANSLATE_N_NOOP("Figures", "%n valid proposal(s)"), rois.size(0));
    return f;
}

}  // namespace mrcnn::figures
