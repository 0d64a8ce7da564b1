// Daily use of the inspector window: Export all runs in the background with progress and
// Cancel and says what it wrote; the status bar never claims a count while running; zoom
// goes back to fit on a new image or model; a detection keeps its colour when the thresholds
// re-run; dialogs remember their folders; the timings dock is called Timings. The Weights
// dock: alerts on a file with a dead and a NaN tensor, the histogram of the chosen tensor,
// filtering and numeric sorting, the diff of two short trainings and their training log. The
// options bar: every parameter of every figure reachable, each changing what is drawn as it
// should, remembered per figure while the image changes.

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLogValueAxis>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

#include "app_test_support.h"
#include "canvas/scene_canvas.h"
#include "data/open_dataset.h"
#include "figure/figure_view.h"
#include "figure/grid_view.h"
#include "figures/figure_catalog.h"
#include "gui/export_all.h"
#include "gui/figure_choices.h"
#include "gui/figure_options_bar.h"
#include "gui/last_folders.h"
#include "gui/threshold_panel.h"
#include "gui/training_panel.h"
#include "gui/weight_diff_panel.h"
#include "gui/weight_table_model.h"
#include "gui/weights_analysis.h"
#include "gui/weights_panel.h"
#include "inspection/tensor_names.h"
#include "training/trainer.h"
#include "training/training_log.h"
#include "utils/anchors.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

using namespace mrcnn;

namespace {
// Proposal row → colour of each final detection in the "instances" figure.
std::map<int64_t, QColor> coloursByProposal(const figures::FigureInput& in) {
    std::map<int64_t, QColor> out;
    views::Figure f = figures::buildFigure("instances", in);
    const auto& d = in.inspection->detections;
    for (int64_t i = 0; i < d.count(); ++i) {
        const int64_t row = d.row(i);
        out[in.inspection->detection.finalKeep[row].item<int64_t>()] = f.scene.boxes[i].color;
    }
    return out;
}
}  // namespace

class WindowDailyUseTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { QVERIFY(testing::installEnglish()); }
    void init() { QVERIFY(testing::openMicroWindow(m_session, m_window)); }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void exportAllRunsInTheBackgroundAndReports() {
        QTemporaryDir dir;
        const QString folder = dir.filePath("figures");
        QSignalSpy progress(m_window->exportJob(), &gui::ExportAllJob::progress);
        QSignalSpy finished(m_window->exportJob(), &gui::ExportAllJob::finished);
        m_window->startExportAll(folder, "png");
        // start() returns at once: the work is on a worker thread
        QVERIFY(m_window->exportJob()->busy());
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(120000));
        QVERIFY(!m_window->exportJob()->busy());
        QVERIFY(progress.size() >= 10);  // one per figure, delivered while it ran
        const gui::ExportAllReport& r = m_window->exportJob()->lastReport();
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        const int total = static_cast<int>(figures::figureCatalog().size());
        QCOMPARE(r.total, total);
        QCOMPARE(int(r.written.size() + r.skipped.size()), total);
        QVERIFY(r.written.size() >= 20);
        for (const QString& file : r.written)
            QVERIFY2(QFileInfo(QDir(folder).filePath(file)).size() > 500, qPrintable(file));
        QVERIFY(r.written.contains("pr_curve.png") || r.skipped.join(' ').contains("pr_curve"));
        QVERIFY(r.written.contains("rpn_bbox_dy.png"));  // a chart, written on the GUI thread
        QCOMPARE(QImage(QDir(folder).filePath("instances.png")).width(), 1024);
        // the skipped ones say why; the status bar says where and how many
        for (const QString& s : r.skipped)
            QVERIFY(s.contains(": ") && s.section(": ", 1).size() > 5);
        QVERIFY2(m_window->statusText().contains(QDir::toNativeSeparators(folder)),
                 qPrintable(m_window->statusText()));
        QVERIFY(m_window->statusText().contains(QString::number(r.written.size())));
        QVERIFY(r.summary().contains(QString::number(r.skipped.size())));
    }

    void exportAllCanBeCancelled() {
        QTemporaryDir dir;
        const QString folder = dir.filePath("cancelled");
        QSignalSpy finished(m_window->exportJob(), &gui::ExportAllJob::finished);
        m_window->startExportAll(folder, "png");
        m_window->exportJob()->cancel();  // as the progress dialog's Cancel button does
        QVERIFY(finished.wait(120000));
        const gui::ExportAllReport& r = m_window->exportJob()->lastReport();
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        // the worker stops at the next figure: at most the one it was writing is there
        QVERIFY(r.written.size() + r.skipped.size() <= 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), r.written.size());
        QVERIFY(r.summary().contains("Cancelled"));
    }

    void statusBarSaysRunningWhileARunIsInProgress() {
        m_session->runAgain();
        QVERIFY(m_session->busy());
        QVERIFY2(m_window->statusText().contains("Running…"), qPrintable(m_window->statusText()));
        QVERIFY(!m_window->statusText().contains("detection"));
        QVERIFY(testing::waitIdle(*m_session));
        const int n = static_cast<int>(m_session->inspection()->detections.count());
        QVERIFY2(m_window->statusText().contains(QString::number(n) + " detection"),
                 qPrintable(m_window->statusText()));
        QVERIFY(!m_window->statusText().contains("Running"));
    }

    void zoomGoesBackToFitOnANewImageOrModel() {
        QVERIFY(m_window->showFigure("instances"));
        views::SceneCanvas* canvas = m_window->figureView()->canvas();
        canvas->zoomIn();
        QVERIFY(!canvas->fitsWindow());
        // another figure of the same image keeps the zoom
        QVERIFY(m_window->showFigure("masks_pasted"));
        QVERIFY(!canvas->fitsWindow());
        QTemporaryDir dir;
        const QString other = dir.filePath("mirrored.png");
        QVERIFY(QImage(testing::testImagePath()).mirrored(true, false).save(other));
        auto before = m_session->inspection();
        m_window->openImageFile(other);
        QVERIFY(testing::waitForRun(*m_session, before));
        QVERIFY(canvas->fitsWindow());
        canvas->zoomIn();
        before = m_session->inspection();
        m_session->setModel(testing::microModel(), "micro again");
        QVERIFY(canvas->fitsWindow());
        QVERIFY(testing::waitForRun(*m_session, before));
    }

    void aDetectionKeepsItsColourWhenItsPlaceChanges() {
        auto insp = m_session->inspection();
        const auto& d = insp->detections;
        QVERIFY2(d.count() >= 2, "the micro model finds at least two objects here");
        auto in = m_session->figureInput({});
        const auto colours = coloursByProposal(in);
        QCOMPARE(colours.size(), size_t(d.count()));
        // Drop the first detection: every other one moves up a place but keeps its colour.
        auto shifted = std::make_shared<Inspection>(*insp);
        shifted->detections =
            Detections(OriginalBoxes(d.rois().tensor().slice(0, 1)), d.classIds().slice(0, 1),
                       d.scores().slice(0, 1), d.masks().slice(2, 1), d.rows().slice(0, 1));
        in.inspection = shifted;
        for (const auto& [roi, colour] : coloursByProposal(in))
            QCOMPARE(colour, colours.at(roi));

        // The same through a real re-run: a higher minimum confidence drops some detections.
        const float lowest = d.scores()[d.count() - 1].item<float>();
        m_window->thresholds()->minConfidence()->setValue(std::min(0.999, lowest + 0.001));
        QVERIFY(testing::waitForRun(*m_session, insp));
        auto rerun = m_session->figureInput({});
        QVERIFY(rerun.inspection->detections.count() < d.count());
        for (const auto& [roi, colour] : coloursByProposal(rerun))
            QCOMPARE(colour, colours.at(roi));
    }

    void dialogsStartInTheFolderLastUsedPerKind() {
        QTemporaryDir a, b;
        // opening an image remembers its folder for the image dialog
        QCOMPARE(gui::lastFolder("image"), QFileInfo(testing::testImagePath()).absolutePath());
        gui::rememberFolder("export", a.path());
        gui::rememberFolder("annotation", b.filePath("gt.json"));
        QCOMPARE(gui::lastFolder("export"), a.path());
        QCOMPARE(gui::lastFolder("annotation"), b.path());
        QCOMPARE(gui::lastFolder("model", "fallback"), QString("fallback"));
        // a folder that is gone falls back
        gui::rememberFolder("model", b.filePath("gone/w.h5"));
        QCOMPARE(gui::lastFolder("model", "fallback"), QString("fallback"));
    }

    void theTimingsDockIsCalledTimings() {
        QDockWidget* timings = nullptr;
        for (auto* d : m_window->findChildren<QDockWidget*>())
            if (d->objectName() == "timings")
                timings = d;
        QVERIFY(timings);
        QCOMPARE(timings->windowTitle(), QString("Timings"));
        auto* list = qobject_cast<QListWidget*>(timings->widget());
        QVERIFY(list && list->count() >= 2);
        QVERIFY(list->item(0)->text().endsWith(" ms"));
        // the weights have their own dock now, and the load report is a table in it
        bool weights = false;
        for (auto* d : m_window->findChildren<QDockWidget*>())
            weights = weights || (d->windowTitle() == "Weights" &&
                                  qobject_cast<gui::WeightsPanel*>(d->widget()));
        QVERIFY(weights);
    }

    // A file made here: a random kernel, a dead one (all 0.5) and one holding a NaN.
    void weightsDockAlertsHistogramFilterAndSort() {
        QTemporaryDir dir;
        const QString path = dir.filePath("alerts.h5");
        torch::manual_seed(7);
        const torch::Tensor kernel = torch::randn({3, 3, 3, 4});
        torch::Tensor withNan = torch::randn({6, 5});
        withNan[2][3] = std::nan("");
        KerasWeightFile file;
        file.layers = {{"conv1", {{"conv1/kernel:0", kernel}}},
                       {"dead_dense", {{"dead_dense/kernel:0", torch::full({4, 4}, 0.5)}}},
                       {"nan_dense", {{"nan_dense/kernel:0", withNan}}}};
        writeKerasWeights(path.toStdString(), file);
        gui::WeightsAnalysis* analysis = m_window->weightsAnalysis();
        analysis->open(path);
        QVERIFY(analysis->busy());  // the statistics are computed on a worker thread
        analysis->waitForIdle();
        gui::WeightsPanel* panel = m_window->weightsPanel();
        gui::WeightTableModel* table = panel->tableModel();
        QCOMPARE(table->rowCount(), 3);
        auto alerts = [&](int row) {
            return table->data(table->index(row, gui::WeightTableModel::Alerts), Qt::DisplayRole)
                .toString();
        };
        QCOMPARE(alerts(0), QString());
        QCOMPARE(alerts(1), QString("dead"));
        QCOMPARE(alerts(2), QString("NaN"));
        QVERIFY(table->data(table->index(2, 0), Qt::BackgroundRole).isValid());  // highlighted
        QVERIFY(!table->data(table->index(0, 0), Qt::BackgroundRole).isValid());
        QCOMPARE(
            table->data(table->index(2, gui::WeightTableModel::NaN), Qt::DisplayRole).toString(),
            QString("1"));

        // The histogram of the chosen tensor: its values, binned as asked.
        QVERIFY(panel->selectTensor("conv1/kernel:0"));
        panel->bins()->setValue(7);
        const views::Figure& h = panel->histogram()->figure();
        QVERIFY(h.available);
        QCOMPARE(h.kind, views::FigureKind::Histogram);
        QCOMPARE(int(h.histogram.values.size()), 108);
        const double lo = kernel.min().item<double>(), hi = kernel.max().item<double>();
        auto* view = panel->histogram()->findChild<QChartView*>();
        QVERIFY(view && !view->chart()->series().isEmpty());
        auto* series = qobject_cast<QLineSeries*>(view->chart()->series().first());
        QVERIFY(series);
        const QList<QPointF> points = series->points();
        QCOMPARE(points.size(), 7 * 4);  // four corners per bar
        double total = 0;
        for (int b = 0; b < 7; ++b)
            total += points[4 * b + 1].y();
        QCOMPARE(total, 108.0);
        QVERIFY(std::abs(points.first().x() - lo) < 1e-6);
        QVERIFY(std::abs(points.last().x() - hi) < 1e-6);
        panel->logScale()->setChecked(true);
        view = panel->histogram()->findChild<QChartView*>();
        bool logAxis = false;
        for (QAbstractAxis* a : view->chart()->axes(Qt::Vertical))
            logAxis = logAxis || qobject_cast<QLogValueAxis*>(a);
        QVERIFY(logAxis);
        // The NaN tensor's histogram leaves the NaN out and says so.
        QVERIFY(panel->selectTensor("nan_dense/kernel:0"));
        QVERIFY(panel->histogram()->summaryText().contains("left out"));

        // Search and numeric sort.
        panel->filter()->setText("DEAD");
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->filter()->clear();
        panel->table()->sortByColumn(gui::WeightTableModel::Count, Qt::DescendingOrder);
        QCOMPARE(panel->proxy()->index(0, gui::WeightTableModel::Name).data().toString(),
                 QString("conv1/kernel:0"));  // 108 > 30 > 16, not "30" < "16" as text
        panel->table()->sortByColumn(gui::WeightTableModel::Count, Qt::AscendingOrder);
        QCOMPARE(panel->proxy()->index(0, gui::WeightTableModel::Name).data().toString(),
                 QString("dead_dense/kernel:0"));
    }

    // Two two-step `heads` trainings from the micro weights with different seeds: the diff
    // marks head tensors only, every head kernel among them; the training view reads the log
    // the trainer wrote beside the checkpoint and marks its epoch.
    void diffOfTwoShortTrainingsAndTheirLog() {
        QTemporaryDir dir;
        const Config config = testing::microConfig();
        const KerasWeightFile start = readKerasWeights(testing::microWeights().toStdString());
        const auto data = openDataset("shapes:4");  // as tests/e2e/weights_stats_diff_cli.sh
        std::vector<std::string> trainable;
        QString checkpoints[2];
        for (int run = 0; run < 2; ++run) {
            LoadReport report;
            training::TrainOptions options;
            options.layers = "heads";
            options.epochs = 1;
            options.stepsPerEpoch = 2;
            options.seed = 1 + run;
            options.outDir = dir.filePath(QString("run%1").arg(run)).toStdString();
            training::Trainer trainer(config, loadParams(start, config, report), options);
            auto summaries = trainer.train(*data, nullptr);
            QCOMPARE(summaries.size(), size_t(1));
            checkpoints[run] = QString::fromStdString(summaries[0].checkpoint);
            trainable = trainer.trainable();
        }
        QVERIFY(checkpoints[0].endsWith("mask_rcnn_shapes_micro_0001.h5"));
        m_window->weightsAnalysis()->open(checkpoints[0]);
        m_window->compareWeightsFile(checkpoints[1]);
        m_window->weightsAnalysis()->waitForIdle();
        gui::WeightDiffPanel* diff = m_window->weightsPanel()->comparison();
        const QStringList changed = diff->changedTensors();
        QVERIFY2(!changed.isEmpty(), qPrintable(diff->summaryText()));
        std::set<QString> trainedLayers;
        for (const auto& key : trainable)
            trainedLayers.insert(QString::fromStdString(key).section('/', 0, 0));
        for (const QString& t : changed)  // "layer/sublayer/kernel:0": the weight's own layer
            QVERIFY2(trainedLayers.count(t.section('/', 1, 1)), qPrintable(t));
        for (int r = 0; r < diff->table()->rowCount(); ++r) {
            const QString name = diff->table()->item(r, gui::WeightDiffPanel::Name)->text();
            if (trainedLayers.count(name.section('/', 0, 0)) && name.endsWith("/kernel:0"))
                QVERIFY2(changed.contains(diff->table()->item(r, 0)->text() + "/" + name),
                         qPrintable(name));
        }
        QVERIFY(diff->summaryText().contains(QString("%1 of ").arg(changed.size())));
        QVERIFY(m_window->showFigure("weight_diff"));
        QVERIFY(m_window->figureView()->figure().available);

        // The log the trainer wrote, opened through the checkpoint.
        QVERIFY(m_window->openTrainingLogFile(checkpoints[0]));
        gui::TrainingPanel* training = m_window->trainingPanel();
        QVERIFY2(training->headerText().contains("epoch 1"), qPrintable(training->headerText()));
        const views::Figure& epochs = training->epochs()->figure();
        QVERIFY(epochs.available);
        const auto columns = training::epochLogColumns(false);
        QCOMPARE(epochs.lines.series.size(), columns.size() - 2);  // all but epoch and lr
        QCOMPARE(epochs.lines.markers, std::vector<double>{1});
        QVERIFY(training->steps()->figure().available);
        QVERIFY(training->seriesBox("loss"));
        training->seriesBox("loss")->setChecked(false);
        QCOMPARE(training->epochs()->figure().lines.series.size(), columns.size() - 3);
    }

    // ---- The options bar: the catalog's parameters in the window. ----

    // Feature maps: the picker lists every kept map with its shape; fpn_p3, channels 8..15
    // draws those channels of that map, each pixel the tensor's value scaled min..max.
    void optionsBarDrawsTheChosenFeatureChannels() {
        QVERIFY(m_window->showFigure("feature_maps"));
        gui::FigureOptionsBar* bar = m_window->optionsBar();
        QVERIFY(bar->isVisible());
        auto* tensor = qobject_cast<QComboBox*>(bar->editor("featureTensor"));
        QVERIFY(tensor);
        const auto insp = m_session->inspection();
        int kept = 0;
        for (const auto& n : names::featureMapNames(false))
            kept += insp->has(n);
        QVERIFY(kept >= 5);
        QCOMPARE(tensor->count(), kept);
        const int p3 = tensor->findData(QString("fpn_p3"));
        QVERIFY(p3 >= 0);
        QCOMPARE(tensor->itemText(p3), QString("fpn_p3  [1, 16, 16, 32]"));
        tensor->setCurrentIndex(p3);
        auto* offset = qobject_cast<QSpinBox*>(bar->editor("channelOffset"));
        auto* count = qobject_cast<QSpinBox*>(bar->editor("channelCount"));
        QVERIFY(offset && count);
        QCOMPARE(offset->maximum(), 31);  // the range follows the chosen map's channels
        QCOMPARE(count->maximum(), 32);
        offset->setValue(8);
        count->setValue(8);
        const views::Figure& f = m_window->figureView()->figure();
        QCOMPARE(f.grid.images.size(), size_t(8));
        const auto fmap = insp->tensor("fpn_p3")[0].to(torch::kFloat32);
        for (int k = 0; k < 8; ++k) {
            QCOMPARE(f.grid.titles[k], QString("channel %1").arg(8 + k));
            const auto plane = fmap.select(2, 8 + k).contiguous();
            const float lo = plane.min().item<float>(), hi = plane.max().item<float>();
            const QImage& img = f.grid.images[k];
            QCOMPARE(img.size(), QSize(16, 16));
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x) {
                    const float v = plane[y][x].item<float>();
                    const int expected = int(std::lround((v - lo) / (hi - lo) * 255));
                    QCOMPARE(qGray(img.pixel(x, y)), expected);
                }
        }
        // A bigger map: the range grows to its channels.
        tensor->setCurrentIndex(tensor->findData(QString("res5c_out")));
        QCOMPARE(offset->maximum(), int(insp->tensor("res5c_out").size(3)) - 1);
    }

    // "All channels": every channel of the map in a grid that scrolls, cells kept readable.
    void allChannelsScrollInsteadOfShrinking() {
        m_window->resize(1400, 900);
        QVERIFY(m_window->showFigure("feature_maps"));
        gui::FigureOptionsBar* bar = m_window->optionsBar();
        auto* tensor = qobject_cast<QComboBox*>(bar->editor("featureTensor"));
        tensor->setCurrentIndex(tensor->findData(QString("res5c_out")));
        auto* all = qobject_cast<QCheckBox*>(bar->editor("allChannels"));
        QVERIFY(all);
        all->setChecked(true);
        QVERIFY(!bar->editor("channelOffset")->isEnabled());  // moot while all are drawn
        QVERIFY(!bar->editor("channelCount")->isEnabled());
        const int channels = int(m_session->inspection()->tensor("res5c_out").size(3));
        const views::Figure& f = m_window->figureView()->figure();
        QCOMPARE(int(f.grid.images.size()), channels);
        QCOMPARE(f.grid.titles.last(), QString("channel %1").arg(channels - 1));
        views::GridView* grid = m_window->figureView()->gridView();
        QTRY_VERIFY(grid->isVisible());
        const int cols = grid->shownGrid().cols;
        QVERIFY(grid->canvas()->width() / cols >= f.grid.minCellSize);
        QVERIFY(grid->canvas()->height() > grid->viewport()->height());
        QVERIFY(grid->verticalScrollBar()->maximum() > 0);
        all->setChecked(false);
        QVERIFY(bar->editor("channelOffset")->isEnabled());
        QCOMPARE(int(m_window->figureView()->figure().grid.images.size()), 16);
    }

    // anchors_level: each level draws that level's anchors (all of them: at most 3072 here).
    void anchorLevelDrawsThatLevelsAnchors() {
        QVERIFY(m_window->showFigure("anchors_level"));
        auto* level = qobject_cast<QSpinBox*>(m_window->optionsBar()->editor("anchorLevel"));
        QVERIFY(level);
        QCOMPARE(level->maximum(), 4);
        const Config& config = m_session->model()->config();
        const auto shapes = computeBackboneShapes(config, 128, 128);
        int64_t start = 0;
        for (int l = 0; l < 5; ++l) {
            level->setValue(l);
            const views::Figure& f = m_window->figureView()->figure();
            const int64_t n = shapes[l][0] * shapes[l][1] * config.anchorsPerLocation();
            QCOMPARE(int64_t(f.scene.boxes.size()), n);
            QCOMPARE(int64_t(f.scene.boxes.front().id), start);  // ids: that level's anchors
            QCOMPARE(int64_t(f.scene.boxes.back().id), start + n - 1);
            QVERIFY(f.title.contains(QString("level %1 (P%2)").arg(l).arg(l + 2)));
            start += n;
        }
    }

    // The counts: N top anchors, N refined boxes, a sample of N proposals.
    void countsDrawThatManyBoxes() {
        auto drawn = [&](const char* figure, const char* key, int n) {
            m_window->showFigure(figure);
            auto* box = qobject_cast<QSpinBox*>(m_window->optionsBar()->editor(key));
            box->setValue(n);
            return int(m_window->figureView()->figure().scene.boxes.size());
        };
        QCOMPARE(drawn("rpn_top_anchors", "topAnchors", 7), 7);
        QCOMPARE(drawn("rpn_refinement", "refinementLimit", 9), 9);
        QCOMPARE(drawn("rpn_clipped", "refinementLimit", 5), 5);
        QCOMPARE(drawn("rpn_proposals", "refinementLimit", 3), 3);
        QCOMPARE(drawn("proposal_classification", "proposalSample", 11), 11);
        // Each figure keeps its own count.
        m_window->showFigure("rpn_refinement");
        QCOMPARE(int(m_window->figureView()->figure().scene.boxes.size()), 9);
        QCOMPARE(
            qobject_cast<QSpinBox*>(m_window->optionsBar()->editor("refinementLimit"))->value(), 9);
    }

    // The seed: the colours change, and every figure follows (a detection keeps its colour).
    void seedChangesTheColoursEverywhere() {
        QVERIFY(m_window->showFigure("anchors"));
        auto colours = [&] {
            std::vector<QRgb> out;
            for (const auto& b : m_window->figureView()->figure().scene.boxes)
                out.push_back(b.color.rgb());
            return out;
        };
        const auto before = colours();
        qobject_cast<QSpinBox*>(m_window->optionsBar()->editor("seed"))->setValue(3);
        QVERIFY(colours() != before);
        QCOMPARE(m_window->figureChoices()->options("instances").seed, uint64_t(3));
        QVERIFY(m_window->showFigure("instances"));
        QCOMPARE(qobject_cast<QSpinBox*>(m_window->optionsBar()->editor("seed"))->value(), 3);
        figures::FigureInput in = m_window->figureInput();
        QCOMPARE(in.options.seed, uint64_t(3));
        const auto seeded = coloursByProposal(in);
        in.options.seed = 0;
        QVERIFY(coloursByProposal(in) != seeded);
        // The pasted masks take the colours the boxes have, under the same seed.
        const auto boxes = m_window->figureView()->figure().scene.boxes;
        QVERIFY(!boxes.empty());
        QVERIFY(m_window->showFigure("masks_pasted"));
        const auto& masks = m_window->figureView()->figure().scene.masks;
        QCOMPARE(masks.size(), boxes.size());
        for (size_t i = 0; i < boxes.size(); ++i)
            QCOMPARE(masks[i].color, boxes[i].color);
    }

    // Choices stay with their figure while the image changes; a tensor the run does not have
    // falls back to the first kept one.
    void choicesSurviveANewImage() {
        QVERIFY(m_window->showFigure("feature_maps"));
        gui::FigureOptionsBar* bar = m_window->optionsBar();
        auto* tensor = qobject_cast<QComboBox*>(bar->editor("featureTensor"));
        tensor->setCurrentIndex(tensor->findData(QString("fpn_p4")));
        qobject_cast<QSpinBox*>(bar->editor("channelOffset"))->setValue(4);
        QVERIFY(m_window->showFigure("anchors_level"));
        qobject_cast<QSpinBox*>(bar->editor("anchorLevel"))->setValue(1);
        const auto before = m_session->inspection();
        m_session->setImage(testing::testImage().flip(1).contiguous(), "mirrored");
        QVERIFY(testing::waitForRun(*m_session, before));
        QVERIFY(m_window->figureView()->figure().title.contains("level 1"));
        QVERIFY(m_window->showFigure("feature_maps"));
        QVERIFY(m_window->figureView()->figure().title.startsWith("fpn_p4, channels 4–19"));
        tensor = qobject_cast<QComboBox*>(bar->editor("featureTensor"));
        QCOMPARE(tensor->currentData().toString(), QString("fpn_p4"));
        m_window->figureChoices()->setValue("feature_maps", "featureTensor",
                                            std::string("res4w_out"));  // a ResNet-101 map
        QVERIFY(m_window->figureView()->figure().title.startsWith("res2c_out, channels 4–"));
        QCOMPARE(tensor->currentData().toString(), QString("res2c_out"));
    }

    // No parameters, no bar; the Weights dock and the bar set the same histogram values.
    void barHiddenWithoutParametersAndSharedWithTheWeightsDock() {
        QVERIFY(m_window->showFigure("input"));
        QVERIFY(!m_window->optionsBar()->isVisible());
        QVERIFY(m_window->showFigure("mask_soft"));
        QVERIFY(!m_window->optionsBar()->isVisible());
        m_window->weightsAnalysis()->open(testing::microWeights());
        m_window->weightsAnalysis()->waitForIdle();
        QVERIFY(m_window->showFigure(figures::figure_ids::kWeightHistogram));
        gui::FigureOptionsBar* bar = m_window->optionsBar();
        QVERIFY(bar->isVisible());
        gui::WeightsPanel* panel = m_window->weightsPanel();
        qobject_cast<QSpinBox*>(bar->editor("bins"))->setValue(13);
        QCOMPARE(panel->bins()->value(), 13);
        QCOMPARE(panel->histogram()->figure().histogram.bins, 13);
        QCOMPARE(m_window->figureView()->figure().histogram.bins, 13);
        panel->logScale()->setChecked(true);
        QVERIFY(qobject_cast<QCheckBox*>(bar->editor("logScale"))->isChecked());
        QVERIFY(m_window->figureView()->figure().histogram.logY);
        auto* tensor = qobject_cast<QComboBox*>(bar->editor("weightTensor"));
        QVERIFY(tensor && tensor->count() > 10);
        tensor->setCurrentIndex(3);
        const QString name = tensor->currentData().toString();
        QCOMPARE(panel->selectedTensor(), name);
        QVERIFY(panel->table()->currentIndex().data(gui::WeightTableModel::TensorNameRole) == name);
        QVERIFY(panel->selectTensor("conv1/kernel:0"));
        QCOMPARE(tensor->currentData().toString(), QString("conv1/kernel:0"));
    }

    // Every parameter of every figure: a control in the bar that sets it, and `--set` (the
    // same applySetting the CLI calls) that takes the same value; defaults as FigureOptions.
    void everyParameterIsReachableFromTheBarAndSet() {
        m_session->setGroundTruth(testing::testImageRecord().groundTruth);
        m_window->weightsAnalysis()->open(testing::microWeights());
        m_window->weightsAnalysis()->waitForIdle();
        int checked = 0;
        for (const auto& info : figures::figureCatalog()) {
            for (const auto& p : info.params)
                QVERIFY2(figures::paramValue(figures::FigureOptions{}, p) == p.defaultValue,
                         (info.name + "." + p.key).c_str());
            QVERIFY(m_window->showFigure(info.name));
            QCOMPARE(m_window->optionsBar()->isVisible(), !info.params.empty());
            for (const auto& p : info.params) {
                const std::string what = info.name + "." + p.key;
                QWidget* editor = m_window->optionsBar()->editor(p.key);
                QVERIFY2(editor && editor->isEnabled(), what.c_str());
                // A value other than the default (shared keys may hold another already).
                const figures::ParamValue d = p.defaultValue;
                if (auto* spin = qobject_cast<QSpinBox*>(editor))
                    spin->setValue(d == figures::ParamValue(int64_t(spin->minimum()))
                                       ? spin->minimum() + 1
                                       : spin->minimum());
                else if (auto* real = qobject_cast<QDoubleSpinBox*>(editor))
                    real->setValue(d == figures::ParamValue(real->minimum()) ? real->maximum()
                                                                             : real->minimum());
                else if (auto* box = qobject_cast<QCheckBox*>(editor))
                    box->setChecked(!box->isChecked());
                else if (auto* combo = qobject_cast<QComboBox*>(editor))
                    combo->setCurrentIndex(combo->currentIndex() == 0 ? 1 : 0);
                else
                    QFAIL(what.c_str());
                const figures::FigureInput in = m_window->figureInput();
                const figures::ParamValue v = figures::paramValue(in.options, p);
                QVERIFY2(v != p.defaultValue, what.c_str());
                QCOMPARE(m_window->figureView()->figure().name, info.name);
                // --set KEY=VALUE gives the same value, checked against this run.
                figures::FigureOptions set = figures::defaultOptions(info);
                figures::applySetting(info, set, p.key, figures::formatParamValue(v), &in);
                QVERIFY2(figures::paramValue(set, p) == v, what.c_str());
                if (p.type == figures::ParamType::Bool)  // let the keys it disables be reached
                    qobject_cast<QCheckBox*>(editor)->setChecked(false);
                ++checked;
            }
        }
        int declared = 0;
        for (const auto& info : figures::figureCatalog())
            declared += int(info.params.size());
        QCOMPARE(checked, declared);
        // An unknown key names the valid ones.
        const figures::FigureInfo* fm = figures::findFigure("feature_maps");
        figures::FigureOptions o;
        try {
            figures::applySetting(*fm, o, "level", "2");
            QFAIL("an unknown key was accepted");
        } catch (const figures::ParamError& e) {
            QCOMPARE(QString(e.what()),
                     QString("feature_maps has no parameter \"level\"; its parameters: "
                             "featureTensor, channelOffset, channelCount, allChannels"));
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    WindowDailyUseTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "window_daily_use_test.moc"
