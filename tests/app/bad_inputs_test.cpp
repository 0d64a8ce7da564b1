// Files the inspector cannot use — a foreign HDF5 file, a truncated weights file, a text file
// named .h5, weights with a config that does not fit them, a broken image — and a cancelled
// run: each leaves the previous model and inspection in place, says which file and why, and
// the window keeps running. The same for the Weights dock and the training view: a truncated
// or foreign file to compare with, a diff of two unrelated files, a malformed training log.

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <hdf5.h>
#include <sys/stat.h>

#include <limits>

#include "app_test_support.h"
#include "figure/figure_view.h"
#include "gui/dataset_loader.h"
#include "gui/dataset_panel.h"
#include "gui/main_window.h"
#include "gui/model_dialog.h"
#include "gui/threshold_panel.h"
#include "gui/training_panel.h"
#include "gui/weight_diff_panel.h"
#include "gui/weights_analysis.h"
#include "gui/weights_panel.h"
#include "utils/image_header.h"
#include "weights/child_read_guard.h"
#include "weights/keras_h5.h"

using namespace mrcnn;
using namespace mrcnn::testing;

namespace {

// An HDF5 file that is not Keras weights: one group with one dataset, no layer_names.
bool writeForeignHdf5(const QString& path) {
    hid_t file = H5Fcreate(path.toLocal8Bit().constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0)
        return false;
    hid_t group = H5Gcreate2(file, "measurements", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const hsize_t dims[1] = {4};
    hid_t space = H5Screate_simple(1, dims, nullptr);
    hid_t set = H5Dcreate2(group, "temperature", H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, H5P_DEFAULT,
                           H5P_DEFAULT);
    const double values[4] = {20.5, 21.0, 21.5, 22.0};
    herr_t written = H5Dwrite(set, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(set);
    H5Sclose(space);
    H5Gclose(group);
    return H5Fclose(file) >= 0 && written >= 0;
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A file dropped on the window, as a desktop drag delivers it: the drag enters (which makes
// the window the drop target), then the drop.
void dropFile(QWidget& target, const QString& path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &drop);
}
}  // namespace

class BadInputsTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
    QTemporaryDir m_dir;

    // The model and the record are the same objects as before, and the window still runs:
    // a threshold change gives a new record of the same model.
    void checkNothingLostAndStillRunning(const std::shared_ptr<const Model>& model,
                                         const std::shared_ptr<const Inspection>& record) {
        QCOMPARE(m_session->model(), model);
        QCOMPARE(m_session->inspection(), record);
        QCOMPARE(m_session->modelDescription(), QString("micro"));
        QVERIFY(m_window->showFigure("instances"));
        QVERIFY(m_window->figureView()->figure().available);
        const int rois = m_window->thresholds()->postNmsRois()->value();
        m_window->thresholds()->postNmsRois()->setValue(rois == 200 ? 300 : 200);
        QVERIFY(waitForRun(*m_session, record));
        QCOMPARE(m_session->model(), model);
        QCOMPARE(m_session->inspection()->postNmsRoisInference,
                 m_window->thresholds()->postNmsRois()->value());
    }

    void checkModelRejected(const QString& path, const std::optional<Config>& config,
                            const QString& reason) {
        auto model = m_session->model();
        auto record = m_session->inspection();
        QVERIFY(!m_window->openModelFile(path, config));
        const QString error = m_window->lastError();
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(m_window->statusText(), error);
        checkNothingLostAndStillRunning(model, record);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installEnglish());  // plural forms
        QVERIFY(m_dir.isValid());
    }
    void init() { QVERIFY(openMicroWindow(m_session, m_window)); }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void aForeignHdf5File() {
        const QString path = m_dir.filePath("measurements.h5");
        QVERIFY(writeForeignHdf5(path));
        checkModelRejected(path, std::nullopt, "not a Keras weights file");
        checkModelRejected(path, microConfig(), "not a Keras weights file");
    }

    void aTruncatedWeightsFile() {
        QFile source(microWeights());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString path = m_dir.filePath("truncated.h5");
        QVERIFY(writeBytes(path, bytes.left(bytes.size() / 3)));
        checkModelRejected(path, microConfig(), "truncated or damaged");
    }

    void aTextFileNamedH5() {
        const QString path = m_dir.filePath("notes.h5");
        QVERIFY(writeBytes(path, "These are not weights.\n"));
        checkModelRejected(path, std::nullopt, "not an HDF5 file");
    }

    void weightsWithAConfigThatDoesNotFit() {
        Config seven = microConfig();
        seven.NUM_CLASSES = 7;
        seven.CLASS_NAMES.clear();
        checkModelRejected(microWeights(), seven, "weights do not fit the config");
        QVERIFY(m_window->lastError().contains("mrcnn_bbox_fc"));
    }

    void aGoodModelAfterABadOneIsTaken() {
        QVERIFY(!m_window->openModelFile(m_dir.filePath("missing.h5")));
        QVERIFY(m_window->lastError().contains("missing.h5"));
        QVERIFY(m_window->lastError().contains("file not found"));
        auto record = m_session->inspection();
        QVERIFY(m_window->openModelFile(microWeights(), microConfig()));
        QCOMPARE(m_session->modelDescription(), QString("shapes_micro_seed3.h5"));
        QVERIFY(waitForRun(*m_session, record));
        QCOMPARE(m_session->inspection()->detections.count(), record->detections.count());
    }

    void aJsonDroppedBeforeAnyImage() {
        // A fresh window with a model but no image file: a dropped .json has no image to be
        // the ground truth of, so it is opened as a dataset to browse, not kept as an
        // annotation nor read as an image.
        QSettings().clear();
        gui::Session session;
        gui::MainWindow window(&session);
        window.show();
        session.setModel(microModel(), "micro");
        const QString coco = dataPath("datasets/coco/annotations/instances_val2017.json");
        dropFile(window, coco);
        window.datasetPanel()->loader()->waitForIdle();
        QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
        QVERIFY(window.datasetPanel()->dataset());
        QCOMPARE(window.datasetPanel()->dataset()->numImages(), 6);
        QVERIFY(!session.hasImage());
        QVERIFY(session.annotationPath().isEmpty());
        // With an image open, the same drop is that image's annotation.
        window.openImageFile(testImagePath());
        QVERIFY(waitForRun(session));
        dropFile(window, coco);
        QCOMPARE(session.annotationPath(), coco);
    }

    void aBrokenImage() {
        auto model = m_session->model();
        auto record = m_session->inspection();
        const QString path = m_dir.filePath("broken.png");
        QVERIFY(writeBytes(path, "\x89PNG\r\n\x1a\n garbage"));
        m_window->openImageFile(path);
        QVERIFY(m_window->lastError().contains("broken.png"));
        QCOMPARE(m_session->imagePath(), testImagePath());
        checkNothingLostAndStillRunning(model, record);
    }

    void aCancelledRunSaysSoAndRunsAgain() {
        auto record = m_session->inspection();
        // Cancel lands before the worker's first stage check or at a later one; either way
        // the run ends without a result unless it beat the flag, which a full run cannot.
        m_session->setImage(testImage(), "again");
        m_session->cancel();
        QVERIFY(waitIdle(*m_session));
        QVERIFY2(!m_session->inspection(), "a full run finished before its cancel landed");
        QCOMPARE(m_window->statusText(), QString("The run was cancelled."));
        QVERIFY(m_window->showFigure("instances"));
        QVERIFY(!m_window->figureView()->figure().available);
        QVERIFY(m_window->figureView()->figure().unavailableReason.contains("cancelled"));
        // Run again, or a threshold change, gives the image its run.
        m_session->runAgain();
        QVERIFY(waitForRun(*m_session));
        QCOMPARE(m_session->inspection()->detections.count(), record->detections.count());
        QVERIFY(m_window->figureView()->figure().available);
    }

    void aThresholdChangeDuringAFirstRunIsNotLost() {
        // Before any record exists for the new image, a threshold change used to be ignored
        // and the run finished with the old value while the panel showed the new one.
        m_session->setImage(testImage(), "again");
        QVERIFY(m_session->busy());
        m_window->thresholds()->postNmsRois()->setValue(77);
        QTest::qWait(400);  // the panel's pause before it announces a change
        QVERIFY(waitForRun(*m_session));
        QVERIFY(waitIdle(*m_session));
        QCOMPARE(m_session->inspection()->postNmsRoisInference, 77);
    }

    // Comparing with a file that is not usable: a message naming it, no comparison, the
    // statistics of the model's file and the run untouched.
    void aTruncatedOrForeignFileToCompare() {
        auto model = m_session->model();
        auto record = m_session->inspection();
        gui::WeightsAnalysis* analysis = m_window->weightsAnalysis();
        analysis->open(microWeights());
        analysis->waitForIdle();
        const auto stats = analysis->input().stats;
        QVERIFY(stats);
        QFile source(microWeights());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString truncated = m_dir.filePath("truncated_b.h5");
        QVERIFY(writeBytes(truncated, source.readAll().left(20000)));
        const QString foreign = m_dir.filePath("foreign_b.h5");
        QVERIFY(writeForeignHdf5(foreign));
        for (const QString& path : {truncated, foreign}) {
            m_window->compareWeightsFile(path);
            analysis->waitForIdle();
            const QString error = m_window->lastError();
            QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
            QVERIFY2(error.contains("truncated") || error.contains("not a Keras weights file"),
                     qPrintable(error));
            QVERIFY(!analysis->input().diff);
            QCOMPARE(analysis->input().stats, stats);
        }
        checkNothingLostAndStillRunning(model, record);
    }

    // Two files without one tensor in common: the dock and the figure say so, and the user
    // is told.
    void anUnrelatedDiff() {
        KerasWeightFile other;
        other.layers = {{"dense_1", {{"dense_1/kernel:0", torch::ones({3, 2})}}}};
        const QString path = m_dir.filePath("unrelated.h5");
        writeKerasWeights(path.toStdString(), other);
        m_window->weightsAnalysis()->open(microWeights());
        m_window->compareWeightsFile(path);
        m_window->weightsAnalysis()->waitForIdle();
        QVERIFY2(m_window->lastError().contains("share no weight tensor"),
                 qPrintable(m_window->lastError()));
        QVERIFY(m_window->weightsPanel()->comparison()->summaryText().contains("unrelated.h5"));
        QCOMPARE(m_window->weightsPanel()->comparison()->table()->rowCount(), 0);
        QVERIFY(m_window->showFigure("weight_diff"));
        QVERIFY(!m_window->figureView()->figure().available);
        QVERIFY(m_window->figureView()->figure().unavailableReason.contains("share no"));
        checkNothingLostAndStillRunning(m_session->model(), m_session->inspection());
    }

    // A training log with a word where a number belongs: the file, the line and the reason;
    // the previous log (none here) stays.
    void aMalformedTrainingLog() {
        const QString folder = m_dir.filePath("bad_run");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(
            writeBytes(folder + "/training_log.csv", "epoch,loss,lr\n0,0.9,0.001\n1,oops,0.001\n"));
        QVERIFY(!m_window->openTrainingLogFile(folder));
        const QString error = m_window->lastError();
        QVERIFY2(error.contains("training_log.csv:3"), qPrintable(error));
        QVERIFY(!m_window->weightsAnalysis()->input().history);
        QVERIFY(!m_window->openTrainingLogFile(m_dir.filePath("no_such_run")));
        QVERIFY(m_window->lastError().contains("no_such_run"));
        QVERIFY(m_window->trainingPanel()->headerText().contains("No training log"));
        checkNothingLostAndStillRunning(m_session->model(), m_session->inspection());
    }

    // Class names from a text file: BG is added when missing; an empty or unreadable file is a
    // message in the dialog, not a crash.
    // Hostile inputs through the window (the CLI's are in tests/hostile): each is refused
    // with the core's reason and the file's name, at once (a reader would block on a FIFO
    // forever), and the model, the image and the run stay.
    void specialFilesAreRefusedAtOnce() {
        auto model = m_session->model();
        auto record = m_session->inspection();
        const QString fifoImage = m_dir.filePath("pipe.png");
        const QString fifoJson = m_dir.filePath("pipe.json");
        const QString fifoWeights = m_dir.filePath("pipe.h5");
        for (const QString& fifo : {fifoImage, fifoJson, fifoWeights})
            QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        m_window->openImageFile(fifoImage);
        QVERIFY2(m_window->lastError().contains("pipe.png: is a FIFO (named pipe)"),
                 qPrintable(m_window->lastError()));
        m_window->openImageFile("/dev/zero");
        QVERIFY2(m_window->lastError().contains("/dev/zero: is a character device"),
                 qPrintable(m_window->lastError()));
        m_window->openAnnotationFile(fifoJson);
        QVERIFY2(m_window->lastError().contains("pipe.json: is a FIFO (named pipe)"),
                 qPrintable(m_window->lastError()));
        QVERIFY(m_session->annotationPath().isEmpty());
        QCOMPARE(m_session->imagePath(), testImagePath());
        checkNothingLostAndStillRunning(model, record);
        checkModelRejected(fifoWeights, std::nullopt, "is a FIFO (named pipe)");
    }

    void anImageOverThePixelLimit() {
        auto model = m_session->model();
        auto record = m_session->inspection();
        const QString big = m_dir.filePath("big.png");
        QVERIFY(QFile::copy(testImagePath(), big));
        const QSize size = QImage(big).size();
        // The limit is checked from the header, before decoding: one pixel under this image.
        setMaxImagePixels(static_cast<uint64_t>(size.width()) * size.height() - 1);
        m_window->openImageFile(big);
        setMaxImagePixels(0);
        const QString error = m_window->lastError();
        QVERIFY2(error.contains(
                     QString("big.png: PNG image of %1x%2").arg(size.width()).arg(size.height())),
                 qPrintable(error));
        QVERIFY2(error.contains("over the limit") && error.contains("--max-image-pixels"),
                 qPrintable(error));
        QCOMPARE(m_session->imagePath(), testImagePath());
        checkNothingLostAndStillRunning(model, record);
        // Under the default limit the same file opens.
        m_window->openImageFile(big);
        QVERIFY(waitForRun(*m_session, record));
        QCOMPARE(m_session->imagePath(), big);
    }

    void weightsWithNaNValues() {
        KerasWeightFile file = readKerasWeights(microWeights().toStdString());
        KerasWeight* poisoned = nullptr;
        for (auto& layer : file.layers)
            for (auto& w : layer.weights)
                if (!poisoned && w.name.find("kernel") != std::string::npos)
                    poisoned = &w;
        QVERIFY(poisoned);
        poisoned->value = poisoned->value.clone();
        poisoned->value.view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
        const QString path = m_dir.filePath("nan.h5");
        writeKerasWeights(path.toStdString(), file);
        checkModelRejected(path, microConfig(), QString::fromStdString(poisoned->name));
        QVERIFY2(m_window->lastError().contains("NaN"), qPrintable(m_window->lastError()));
    }

    // A file that crashes HDF5 itself (found by fuzzing): with the guard the inspector
    // installs (the command line beside it reads the file first), it is refused, and the
    // window lives on.
    void aWeightsFileThatCrashesHdf5() {
        setWeightsFileGuard(childProcessWeightsGuard(MRCNN_CLI_PATH));
        checkModelRejected(dataPath("hostile/weights/hdf5_crash.h5"), microConfig(),
                           "the HDF5 library crashed reading this file");
        setWeightsFileGuard(nullptr);
    }

    void aWeightsFileDeclaringAnAbsurdSize() {
        checkModelRejected(dataPath("hostile/limits/declared_2pow40.h5"), microConfig(),
                           "declares shape [1048576, 1048576]");
    }

    void deeplyNestedJson() {
        auto model = m_session->model();
        auto record = m_session->inspection();
        const QString deep = m_dir.filePath("deep.json");
        QVERIFY(writeBytes(deep, QByteArray(100000, '[') + QByteArray(100000, ']')));
        m_window->openAnnotationFile(deep);
        QVERIFY2(m_window->lastError().contains(QRegularExpression(
                     "deep\\.json: line 1, column [0-9]+.*nested deeper than 512")),
                 qPrintable(m_window->lastError()));
        QVERIFY(m_session->annotationPath().isEmpty());
        checkNothingLostAndStillRunning(model, record);
        // The same file as a typed config path in the model dialog: the dialog says so.
        gui::ModelDialog dialog;
        auto* choice = dialog.findChild<QComboBox*>("configChoice");
        auto* configPath = dialog.findChild<QLineEdit*>("configPath");
        QVERIFY(choice && configPath);
        choice->setCurrentIndex(choice->count() - 1);
        configPath->setText(deep);
        Q_EMIT configPath->editingFinished();
        QVERIFY2(dialog.errorText().contains("nested deeper than 512"),
                 qPrintable(dialog.errorText()));
    }

    // A usable annotation with skipped records opens, and says what was skipped: a warning
    // naming the file and the count, the count in the status bar, each problem in its tooltip.
    void annotationProblemsAreShown() {
        const QString coco = dataPath("hostile/datasets/coco_duplicates.json");
        m_window->openAnnotationFile(coco);
        QCOMPARE(m_session->annotationPath(), coco);
        const QStringList problems = m_session->annotationProblems();
        QVERIFY(problems.size() >= 3);
        QVERIFY(problems.filter("duplicate image id 1 (first in images[0]), skipped").size() == 1);
        QVERIFY(problems.filter("duplicate category id 3").size() == 1);
        QVERIFY2(
            m_window->lastWarning().startsWith(
                QString("coco_duplicates.json was read with %1 problems").arg(problems.size())),
            qPrintable(m_window->lastWarning()));
        QVERIFY(waitIdle(*m_session));
        auto* status = m_window->findChild<QLabel*>("statusLine");
        QVERIFY(status);
        QVERIFY2(m_window->statusText().endsWith(
                     QString(" — %1 annotation problems").arg(problems.size())),
                 qPrintable(m_window->statusText()));
        QVERIFY(status->toolTip().contains(problems.first()));
        // A mask folder whose masks are not 0/255: read when its image is open, thresholded
        // and reported, the masks kept (3 of 4: one is empty).
        m_window->openImageFile(dataPath("hostile/datasets/nucleus_values/a/images/a.png"));
        QVERIFY(waitForRun(*m_session));
        m_window->openAnnotationFile(dataPath("hostile/datasets/nucleus_values"));
        const QStringList maskProblems = m_session->annotationProblems();
        QVERIFY2(maskProblems.filter("thresholded at > 0").size() == 1,
                 qPrintable(maskProblems.join('\n')));
        QVERIFY(maskProblems.filter("mask is empty (no non-zero pixel), skipped").size() == 1);
        QVERIFY(m_window->lastWarning().startsWith(
            QString("nucleus_values was read with %1 problems").arg(maskProblems.size())));
        QVERIFY(m_session->groundTruth());
        QCOMPARE(m_session->groundTruth()->count(), 3);
        // A clean file clears the count.
        m_window->openAnnotationFile(dataPath("datasets/coco/annotations/instances_val2017.json"));
        QVERIFY(m_session->annotationProblems().isEmpty());
        QVERIFY(!m_window->statusText().contains("annotation problem"));
    }

    void classNamesFromATextFile() {
        gui::ModelDialog dialog;
        const QString names = m_dir.filePath("names.txt");
        QFile f(names);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
        f.write("square\n\n circle \ntriangle\n");
        f.close();
        QString error;
        QVERIFY2(dialog.loadClassNamesFile(names, &error), qPrintable(error));
        QCOMPARE(dialog.classNames(), (QStringList{"BG", "square", "circle", "triangle"}));
        const QString empty = m_dir.filePath("empty.txt");
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QVERIFY(!dialog.loadClassNamesFile(empty, &error));
        QVERIFY2(error.contains("empty.txt"), qPrintable(error));
        QVERIFY(!dialog.loadClassNamesFile(m_dir.filePath("missing.txt"), &error));
        QVERIFY2(error.contains("missing.txt"), qPrintable(error));
        QCOMPARE(dialog.classNames().size(), 4);  // the earlier names stay
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    BadInputsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "bad_inputs_test.moc"
