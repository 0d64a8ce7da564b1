// The training run's figures from its logs: the losses per epoch (training solid, validation
// dashed in the same colour), per step, and the learning rate. The x axis counts epochs as
// the checkpoints do (1 = the end of the first epoch; the CSV's `epoch` is 0-based), so the
// loaded checkpoint's epoch is one vertical line on each.

#include <algorithm>
#include <cmath>
#include <map>

#include "figures/figure_builders.h"

namespace mrcnn::figures {

namespace {

using training::TrainingTable;

bool hidden(const FigureInput& in, const std::string& column) {
    const auto& h = in.options.hiddenSeries;
    return std::find(h.begin(), h.end(), column) != h.end();
}

// The loss columns of a log in its order: everything but the counters and the rate.
std::vector<std::string> lossColumns(const TrainingTable& t) {
    std::vector<std::string> out;
    for (const auto& c : t.columns)
        if (c != "epoch" && c != "step" && c != "lr")
            out.push_back(c);
    return out;
}

// A training column and its val_ twin share a colour: the training column's place.
int colourOf(const std::vector<std::string>& columns, const std::string& column) {
    const std::string base = column.rfind("val_", 0) == 0 ? column.substr(4) : column;
    int i = 0;
    for (const auto& c : columns) {
        if (c.rfind("val_", 0) == 0)
            continue;
        if (c == base)
            return i;
        ++i;
    }
    return i;
}

// x of each row: epochs end at 1, 2, …; the s-th of n steps of epoch e at e + (s + 1) / n.
std::vector<double> rowPositions(const TrainingTable& t) {
    const std::vector<double> epochs = t.values("epoch");
    std::vector<double> x(epochs.size());
    if (t.column("step") < 0) {
        for (size_t i = 0; i < epochs.size(); ++i)
            x[i] = epochs[i] + 1;
        return x;
    }
    const std::vector<double> steps = t.values("step");
    std::map<double, double> perEpoch;  // steps of each epoch (its largest index + 1)
    for (size_t i = 0; i < epochs.size(); ++i)
        perEpoch[epochs[i]] = std::max(perEpoch[epochs[i]], steps[i] + 1);
    for (size_t i = 0; i < epochs.size(); ++i)
        x[i] = epochs[i] + (steps[i] + 1) / perEpoch[epochs[i]];
    return x;
}

void markCheckpoint(const FigureInput& in, views::LineChartData& lines) {
    const auto& epoch = in.weights.history->files.checkpointEpoch;
    if (!epoch)
        return;
    lines.markers.push_back(*epoch);
    lines.markerLabel = Figures::tr("loaded checkpoint (epoch %1)").arg(*epoch);
}

views::Figure noLog(const FigureInput& in, bool steps) {
    if (!in.weights.history)
        return unavailable(Figures::tr(
            "No training log: open a training folder, its training_log.csv or a checkpoint "
            "in it (File ▸ Open training log…)."));
    return unavailable(steps ? Figures::tr("The training folder has no training_steps.csv.")
                             : Figures::tr("The training folder has no training_log.csv."));
}

views::Figure lossFigure(const FigureInput& in, const TrainingTable& t, const QString& title) {
    views::Figure f;
    f.kind = views::FigureKind::Lines;
    f.lines.title = title;
    f.lines.xLabel = Figures::tr("Epoch");
    f.lines.yLabel = Figures::tr("Loss");
    f.lines.integerX = t.column("step") < 0;
    const std::vector<double> x = rowPositions(t);
    const std::vector<std::string> columns = lossColumns(t);
    for (const auto& c : columns) {
        if (hidden(in, c))
            continue;
        views::LineSeriesData s;
        s.name = QString::fromStdString(c);
        s.colour = colourOf(columns, c);
        s.dashed = c.rfind("val_", 0) == 0;
        s.markers = t.rows.size() <= 60;
        const std::vector<double> y = t.values(c);
        for (size_t i = 0; i < y.size(); ++i)
            s.points.emplace_back(x[i], y[i]);
        f.lines.series.push_back(std::move(s));
    }
    markCheckpoint(in, f.lines);
    f.summary << QString::fromStdString(t.path);
    return f;
}

}  // namespace

views::Figure trainingEpochsFigure(const FigureInput& in) {
    if (!in.weights.history || !in.weights.history->epochs)
        return noLog(in, false);
    const TrainingTable& t = *in.weights.history->epochs;
    views::Figure f = lossFigure(in, t, Figures::tr("Losses per epoch"));
    f.summary << trn(QT_TRANSLATE_N_NOOP("Figures", "%n epoch(s)"),
                     static_cast<int64_t>(t.rows.size()));
    if (!t.rows.empty()) {
        const auto& last = t.rows.back();
        QStringList parts;
        for (size_t c = 0; c < t.columns.size(); ++c)
            if (t.columns[c] != "epoch" && std::isfinite(last[c]))
                parts << QStringLiteral("%1 %2")
                             .arg(QString::fromStdString(t.columns[c]))
                             .arg(last[c], 0, 'g', 4);
        f.summary
            << Figures::tr("Epoch %1: %2").arg(t.values("epoch").back() + 1).arg(parts.join(", "));
    }
    return f;
}

views::Figure trainingStepsFigure(const FigureInput& in) {
    if (!in.weights.history || !in.weights.history->steps)
        return noLog(in, true);
    const TrainingTable& t = *in.weights.history->steps;
    views::Figure f = lossFigure(in, t, Figures::tr("Losses per step"));
    f.summary << trn(QT_TRANSLATE_N_NOOP("Figures", "%n step(s)"),
                     static_cast<int64_t>(t.rows.size()));
    return f;
}

views::Figure trainingLearningRateFigure(const FigureInput& in) {
    const auto& h = in.weights.history;
    const TrainingTable* t = !h                                          ? nullptr
                             : h->steps && h->steps->column("lr") >= 0   ? &*h->steps
                             : h->epochs && h->epochs->column("lr") >= 0 ? &*h->epochs
                                                                         : nullptr;
    if (!t)
        return h ? unavailable(Figures::tr("The training log has no lr column."))
                 : noLog(in, false);
    views::Figure f;
    f.kind = views::FigureKind::Lines;
    f.lines.title = Figures::tr("Learning rate");
    f.lines.xLabel = Figures::tr("Epoch");
    f.lines.yLabel = Figures::tr("Learning rate");
    views::LineSeriesData s;
    s.name = QStringLiteral("lr");
    const std::vector<double> x = rowPositions(*t);
    const std::vector<double> lr = t->values("lr");
    for (size_t i = 0; i < lr.size(); ++i)
        s.points.emplace_back(x[i], lr[i]);
    f.lines.series.push_back(std::move(s));
    markCheckpoint(in, f.lines);
    f.summary << QString::fromStdString(t->path);
    // The steps of the schedule: where the rate changes.
    const std::vector<double> epochs = t->values("epoch");
    for (size_t i = 0; i < lr.size(); ++i)
        if (i == 0 || lr[i] != lr[i - 1])
            f.summary << Figures::tr("From epoch %1: %2").arg(epochs[i] + 1).arg(lr[i], 0, 'g', 6);
    return f;
}

}  // namespace mrcnn::figures
