// Daily use of the inspector window: Export all runs in the background with progress and
// Cancel and says what it wrote; the status bar never claims a count while running; zoom
// goes back to fit on a new image or model; a detection keeps its colour when the thresholds
// re-run; dialogs remember their folders; the timings dock is called Timings.

#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

#include "app_test_support.h"
#include "canvas/scene_canvas.h"
#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "gui/export_all.h"
#include "gui/last_folders.h"
#include "gui/threshold_panel.h"

using namespace mrcnn;

namespace {
// Proposal row → colour of each final detection in the "instances" figure.
std::map<int64_t, QColor> coloursByProposal(const figures::FigureInput& in) {
    std::map<int64_t, QColor> out;
    views::Figure f = figures::buildFigure("instances", in);
    const auto& d = in.inspection->detections;
    for (int64_t i = 0; i < d.count(); ++i) {
        const int64_t row = d.rows[i].item<int64_t>();
        out[in.inspection->detectionSteps.finalKeep[row]] = f.scene.boxes[i].color;
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
        shifted->detections.rows = d.rows.slice(0, 1);
        shifted->detections.rois = d.rois.slice(0, 1);
        shifted->detections.classIds = d.classIds.slice(0, 1);
        shifted->detections.scores = d.scores.slice(0, 1);
        shifted->detections.masks = d.masks.slice(2, 1);
        in.inspection = shifted;
        for (const auto& [roi, colour] : coloursByProposal(in))
            QCOMPARE(colour, colours.at(roi));

        // The same through a real re-run: a higher minimum confidence drops some detections.
        const float lowest = d.scores[d.count() - 1].item<float>();
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
        for (auto* d : m_window->findChildren<QDockWidget*>())
            QVERIFY(d->windowTitle() != "Weights");
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    WindowDailyUseTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "window_daily_use_test.moc"
