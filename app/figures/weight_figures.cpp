// The weight file's figures: parameters per stage, the histogram of one tensor (the one asked
// for: the original's histogram cell indexes the wrong tensor), and the change by layer
// against a second file.

#include <algorithm>
#include <cmath>
#include <limits>

#include "figures/figure_builders.h"
#include "figures/weight_text.h"

namespace mrcnn::figures {

namespace {

views::Figure noWeights(const FigureInput& in) {
    if (in.weights.path.empty())
        return unavailable(
            Figures::tr("No weight file: the model was not opened from a .h5 file."));
    return unavailable(Figures::tr("The statistics of %1 are not ready yet.")
                           .arg(QString::fromStdString(in.weights.path)));
}

}  // namespace

views::Figure weightStagesFigure(const FigureInput& in) {
    if (!in.weights.stats)
        return noWeights(in);
    const WeightStats& stats = *in.weights.stats;
    views::Figure f;
    f.kind = views::FigureKind::Bars;
    f.bars.title =
        Figures::tr("Parameters per stage (%1 in all)").arg(groupedNumber(stats.totalParameters));
    f.bars.yLabel = Figures::tr("Parameters");
    for (const StageParameters& s : stats.stages) {
        f.bars.categories << QString::fromStdString(s.stage);
        f.bars.values.push_back(static_cast<double>(s.parameters));
        f.summary << QStringLiteral("%1  %2")
                         .arg(QString::fromStdString(s.stage), -12)
                         .arg(groupedNumber(s.parameters), 14);
    }
    f.summary << trn(QT_TRANSLATE_N_NOOP("Figures", "%n weight tensor(s)"),
                     static_cast<int64_t>(stats.tensors.size())) +
                     ", " + Figures::tr("%1 parameters").arg(groupedNumber(stats.totalParameters));
    return f;
}

views::Figure weightHistogramFigure(const FigureInput& in) {
    if (!in.weights.stats || !in.weights.file)
        return noWeights(in);
    const WeightStats& stats = *in.weights.stats;
    const TensorStats* chosen = nullptr;
    for (const TensorStats& t : stats.tensors)
        if (t.name == in.options.weightTensor || (in.options.weightTensor.empty() && t.count > 0)) {
            chosen = &t;
            break;
        }
    if (!chosen)
        return unavailable(in.options.weightTensor.empty()
                               ? Figures::tr("The weight file holds no tensor.")
                               : Figures::tr("The weight file has no tensor named %1.")
                                     .arg(QString::fromStdString(in.options.weightTensor)));
    const torch::Tensor value = findWeight(*in.weights.file, chosen->layer, chosen->name);
    views::Figure f;
    f.kind = views::FigureKind::Histogram;
    f.histogram.title =
        QStringLiteral("%1 %2").arg(QString::fromStdString(chosen->name), shapeText(chosen->shape));
    f.histogram.bins = std::max(1, in.options.histogramBins);
    f.histogram.logY = in.options.histogramLog;
    if (value.defined()) {
        const torch::Tensor d = value.to(torch::kFloat64).contiguous().reshape({-1});
        f.histogram.values.assign(d.data_ptr<double>(), d.data_ptr<double>() + d.numel());
    }
    f.summary << tensorStatsLine(*chosen);
    if (chosen->nan + chosen->inf > 0)
        f.summary << Figures::tr("NaN and infinite values are left out of the histogram.");
    return f;
}

views::Figure weightDiffFigure(const FigureInput& in) {
    if (!in.weights.diff)
        return unavailable(Figures::tr(
            "Compare the weights with a second file (File ▸ Compare weights…) to see the "
            "change by layer."));
    const WeightDiff& d = *in.weights.diff;
    const QString a = QString::fromStdString(in.weights.path);
    const QString b = QString::fromStdString(in.weights.comparePath);
    if (d.unrelated())
        return unavailable(unrelatedText(a, b));
    views::Figure f;
    f.kind = views::FigureKind::Lines;
    f.lines.title = Figures::tr("Relative change ‖a − b‖ / ‖b‖ by layer");
    f.lines.xLabel = Figures::tr("Tensors in network order, by stage");
    f.lines.yLabel = Figures::tr("Relative change");
    f.lines.logY = true;
    // Unchanged tensors cannot sit on a log axis: they are drawn a decade under the smallest
    // change (or at 1e-12 when nothing changed), and the summary says so.
    double smallest = std::numeric_limits<double>::infinity();
    for (const TensorChange& t : d.tensors)
        if (t.relativeChange > 0 && std::isfinite(t.relativeChange))
            smallest = std::min(smallest, t.relativeChange);
    const double floor = std::isfinite(smallest) ? smallest / 10 : 1e-12;
    views::LineSeriesData series;
    series.name = Figures::tr("relative change");
    series.line = false;  // tensors side by side, not a sequence
    std::string stage;
    for (size_t i = 0; i < d.tensors.size(); ++i) {
        const TensorChange& t = d.tensors[i];
        const double x = static_cast<double>(i);
        if (std::isfinite(t.relativeChange))
            series.points.emplace_back(x, t.relativeChange > 0 ? t.relativeChange : floor);
        // Each stage labels the band of its tensors' indices (± half a step).
        const std::string s = weightStage(t.layer);
        if (s != stage)
            f.lines.xBands.push_back({QString::fromStdString(s), x + 0.5});
        else
            f.lines.xBands.back().end = x + 0.5;
        stage = s;
    }
    f.lines.series.push_back(std::move(series));
    f.summary << diffSummary(d, a, b);
    f.summary << Figures::tr(
                     "Unchanged tensors are drawn at %1, a decade under the smallest change.")
                     .arg(floor, 0, 'g', 3);
    return f;
}

}  // namespace mrcnn::figures
