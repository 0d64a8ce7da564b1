// The window stays responsive while a dataset is evaluated (no event-loop stall over 50 ms):
// the real window, offscreen, with the demo model. Evaluate over generated shapes images, then
// the minimum confidence moved twice (the re-filter, and every table of the Evaluation dock
// refilled). A 2 ms timer on the GUI thread records the longest gap between its ticks; the
// counters report it with the evaluation's images per second.
//   build/benchmarks/mrcnn_gui_benchmarks   (offscreen unless QT_QPA_PLATFORM says otherwise)

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>

#include "gui/dataset_loader.h"
#include "gui/dataset_panel.h"
#include "gui/demo_model.h"
#include "gui/evaluation_box.h"
#include "gui/main_window.h"
#include "gui/session.h"

namespace {

using namespace mrcnn;

// Runs the event loop until `done`, returning the longest gap between timer ticks (ms).
template <typename Done>
double longestGapWhile(Done done) {
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed(), longest = 0;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return double(longest);
}

void BM_EvaluationKeepsTheWindowResponsive(benchmark::State& state) {
    const int images = int(state.range(0));
    gui::Session session;
    gui::MainWindow window(&session);
    window.show();
    gui::DisplayName name;
    QString error;
    auto model = gui::loadDemoModel(&name, &error);
    if (!model) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    session.setModel(model, name);
    gui::DatasetPanel* panel = window.datasetPanel();
    panel->openDataset(QStringLiteral("shapes:%1x128@7").arg(images));
    panel->loader()->waitForIdle();
    gui::EvaluationBox* box = panel->evaluationBox();
    double evaluateGap = 0, refilterGap = 0, perSecond = 0;
    for (auto _ : state) {
        box->evaluateButton()->click();
        evaluateGap = longestGapWhile([&] { return !box->evaluation()->busy(); });
        perSecond = box->result() ? box->result()->images / box->result()->seconds : 0;
        for (double minimum : {0.9, 0.5}) {
            RunOptions options = session.runOptions();
            options.detectionMinConfidence = minimum;
            session.setRunOptions(options);
            refilterGap = std::max(refilterGap, longestGapWhile([&] {
                                       return !session.busy() && !box->refilter()->busy() &&
                                              box->result() && box->result()->minScore() == minimum;
                                   }));
        }
    }
    state.counters["longest_gap_evaluating_ms"] = evaluateGap;
    state.counters["longest_gap_refiltering_ms"] = refilterGap;
    state.counters["images_per_s"] = perSecond;
}
BENCHMARK(BM_EvaluationKeepsTheWindowResponsive)->Arg(100)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
