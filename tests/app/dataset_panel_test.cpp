// The Dataset dock: a dataset opened in the background lists its images with their ground
// truth per class, filters and searches them, and opens the chosen image in the inspector with
// the same ground truth; Next image steps through the list; class mismatches and unreadable
// datasets are said plainly and leave the window working.

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "app_test_support.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "data/open_dataset.h"
#include "gui/dataset_loader.h"
#include "gui/dataset_panel.h"
#include "gui/evaluation_box.h"
#include "gui/main_window.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"

using namespace mrcnn;
using namespace mrcnn::testing;

class DatasetPanelTest : public QObject {
    Q_OBJECT
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
    QTemporaryDir m_dir;

    gui::DatasetPanel* panel() { return m_window->datasetPanel(); }

    bool openAndWait(const QString& path) {
        panel()->openDataset(path);
        panel()->loader()->waitForIdle();
        return !panel()->loader()->busy();
    }

    // The instances the list shows for a row, per class, from the Classes column's text.
    int instancesShown(int row) { return panel()->table()->model()->index(row, 3).data().toInt(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installEnglish());
        QVERIFY(m_dir.isValid());
    }
    void init() { QVERIFY(openMicroWindow(m_session, m_window)); }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void aShapesDatasetIsListedCountedAndOpened() {
        const QString spec = "shapes:12x128@3";
        QVERIFY(openAndWait(spec));
        QCOMPARE(panel()->summaryText(), QString("shapes:12x128@3 (shapes): 12 images, 3 classes"));
        QVERIFY(panel()->mismatchText().isEmpty());  // the micro model is a shapes model
        QCOMPARE(panel()->visibleImages(), 12);
        // Every row's count is the number of instances its ground truth has.
        auto reference = openDataset(spec.toStdString());
        for (int row = 0; row < 12; ++row)
            QCOMPARE(instancesShown(row), int(reference->loadMask(row).count()));
        // The class filter keeps the images with that class, and says how many instances.
        QComboBox* classes = panel()->classFilter();
        QCOMPARE(classes->count(), 4);
        int circles = 0, imagesWithCircles = 0;
        for (int64_t i = 0; i < 12; ++i) {
            const auto ids = reference->loadMask(i).classIds;
            const int n = int((ids == 2).sum().item<int64_t>());
            circles += n;
            imagesWithCircles += n > 0;
        }
        QCOMPARE(classes->itemText(2), QString("circle (%1 instances)").arg(circles));
        classes->setCurrentIndex(2);
        QCOMPARE(panel()->visibleImages(), imagesWithCircles);
        classes->setCurrentIndex(0);
        // Search by id.
        panel()->search()->setText("7");
        QCOMPARE(panel()->visibleImages(), 1);  // ids 0–11: only "7"
        panel()->search()->clear();
        QCOMPARE(panel()->visibleImages(), 12);

        // Choosing a row opens that image with its ground truth, and runs it.
        auto before = m_session->inspection();
        QTableView* table = panel()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(4, 0));
        QVERIFY(waitForRun(*m_session, before));
        QVERIFY(torch::equal(m_session->image(), reference->loadImage(4)));
        QVERIFY(m_session->groundTruth());
        QCOMPARE(m_session->groundTruth()->count(), reference->loadMask(4).count());
        QVERIFY(m_session->datasetOfImage());
        // The keyboard moves through the list, as Next image does.
        before = m_session->inspection();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(waitForRun(*m_session, before));
        QVERIFY(torch::equal(m_session->image(), reference->loadImage(5)));
        before = m_session->inspection();
        m_window->nextImage();
        QVERIFY(waitForRun(*m_session, before));
        QVERIFY(torch::equal(m_session->image(), reference->loadImage(6)));
        QCOMPARE(table->currentIndex().row(), 6);
    }

    // Evaluate gives the numbers of `mrcnn eval --dataset` (the same core evaluators on the
    // same detections), puts each image's AP@0.5 in the list, and goes stale when a threshold
    // changes.
    void evaluatingTheListedImages() {
        QVERIFY(openAndWait("shapes:10x128@5"));
        gui::EvaluationBox* box = panel()->evaluationBox();
        QTest::mouseClick(box->evaluateButton(), Qt::LeftButton);
        box->evaluation()->waitForIdle();
        QVERIFY2(box->result().has_value(), qPrintable(box->statusText()));
        const gui::DatasetEvaluationResult& r = *box->result();
        QCOMPARE(r.images, 10);

        auto dataset = openDataset("shapes:10x128@5");
        metrics::DatasetEvalBuilder builder(*dataset);
        RunOptions options = m_session->runOptions();
        options.keepTrace = false;
        for (int64_t i = 0; i < 10; ++i) {
            const auto image = dataset->loadImage(i);
            builder.addImage(i, image.size(0), image.size(1),
                             m_session->model()->run(image, options)->detections);
        }
        const auto map = metrics::matterportDatasetMap(builder.groundTruth(), builder.results());
        QCOMPARE(r.mAP50, map.mAP50);
        QCOMPARE(r.mAP50_95, map.mAP50_95);
        QCOMPARE(r.detections, int(builder.results().size()));
        for (auto [type, stats] :
             {std::pair{coco::IouType::Bbox, r.bbox}, std::pair{coco::IouType::Segm, r.segm}}) {
            const auto expected =
                coco::summarize(coco::evaluate(builder.groundTruth(), builder.results(), type));
            for (size_t k = 0; k < 12; ++k)
                QCOMPARE(stats[k], expected.stats[k]);
        }
        QCOMPARE(box->resultsTable()->item(0, 0)->text(), QString::number(r.bbox[0], 'f', 3));
        QVERIFY(box->statusText().contains(QString::number(map.mAP50, 'f', 3)));
        // Each image's AP@0.5 in the list, sortable.
        auto* list = panel()->table()->model();
        int withAp = 0;
        for (int row = 0; row < 10; ++row) {
            const auto at =
                std::find(map.imageIds.begin(), map.imageIds.end(), builder.imageId(row));
            const QString expected =  // blank for an image without ground truth
                at == map.imageIds.end()
                    ? QString()
                    : QString::number(map.ap50[size_t(at - map.imageIds.begin())], 'f', 3);
            QCOMPARE(list->index(row, 4).data().toString(), expected);
            withAp += !expected.isEmpty();
        }
        QCOMPARE(withAp, int(map.imageIds.size()));
        // The minimum confidence re-filters the detections kept at 0 and recomputes every
        // number, equal to a run at that confidence; the model does not run again.
        const RunOptions evaluatedWith = m_session->runOptions();
        RunOptions higher = evaluatedWith;
        higher.detectionMinConfidence = 0.95;
        m_session->setRunOptions(higher);
        QVERIFY(waitIdle(*m_session));
        box->refilter()->waitForIdle();
        QVERIFY(!box->stale());
        const gui::DatasetEvaluationResult& at95 = *box->result();
        QCOMPARE(at95.minScore(), 0.95);
        metrics::DatasetEvalBuilder direct(*dataset);
        options.detectionMinConfidence = 0.95;
        for (int64_t i = 0; i < 10; ++i) {
            const auto image = dataset->loadImage(i);
            direct.addImage(i, image.size(0), image.size(1),
                            m_session->model()->run(image, options)->detections);
        }
        QCOMPARE(at95.detections, int(direct.results().size()));
        QVERIFY(at95.detections < r.detections || r.detections == 0);
        const auto map95 = metrics::matterportDatasetMap(direct.groundTruth(), direct.results());
        QCOMPARE(at95.mAP50, map95.mAP50);
        const auto segm95 = coco::summarize(
            coco::evaluate(direct.groundTruth(), direct.results(), coco::IouType::Segm));
        for (size_t k = 0; k < 12; ++k)
            QCOMPARE(at95.segm[k], segm95.stats[k]);
        QVERIFY2(box->statusText().contains("minimum confidence 0.95"),
                 qPrintable(box->statusText()));
        QCOMPARE(box->resultsTable()->item(0, 1)->text(), QString::number(at95.segm[0], 'f', 3));
        // Another threshold needs the model again: the numbers are stale.
        RunOptions nms = higher;
        nms.detectionNmsThreshold = 0.1;
        m_session->setRunOptions(nms);
        QVERIFY(box->stale());
        QVERIFY(box->statusText().contains("Stale"));
        QVERIFY(waitIdle(*m_session));
    }

    void aCocoFileWithImagesAndAClassMismatch() {
        const QString coco = dataPath("datasets/coco/annotations/instances_val2017.json");
        QVERIFY(openAndWait(coco));
        QVERIFY2(panel()->summaryText().startsWith("instances_val2017.json (coco): "),
                 qPrintable(panel()->summaryText()));
        // The micro model has 4 classes with BG; COCO files many more.
        QVERIFY2(panel()->mismatchText().contains("(NUM_CLASSES)"),
                 qPrintable(panel()->mismatchText()));
        auto reference = openDataset(coco.toStdString());
        QCOMPARE(panel()->visibleImages(), int(reference->numImages()));
        // The sample ships one of its six images: a missing one is said, the run stays.
        QTableView* table = panel()->table();
        auto before = m_session->inspection();
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString first =
            QFileInfo(QString::fromStdString(reference->imageInfo(0).path)).fileName();
        QVERIFY(first != "000000255165.jpg");
        QVERIFY2(m_window->lastError().startsWith(
                     QString("Cannot open %1 of the dataset: ").arg(first)) &&
                     m_window->lastError().endsWith("image file not found"),
                 qPrintable(m_window->lastError()));
        QCOMPARE(m_session->inspection(), before);
        panel()->search()->setText("255165");
        QCOMPARE(panel()->visibleImages(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(waitForRun(*m_session, before));
        const int64_t index = reference->imageFromSource("coco.255165");
        QCOMPARE(m_session->groundTruth()->count(), reference->loadMask(index).count());
        QCOMPARE(m_session->groundTruth()->classNames, reference->classNames());
    }

    void unreadableDatasetsLeaveTheWindowWorking() {
        auto record = m_session->inspection();
        const QString broken = m_dir.filePath("broken.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"images\": [ {\"id\": 1, ");
        f.close();
        QVERIFY(openAndWait(broken));
        QVERIFY2(m_window->lastError().startsWith("Cannot open the dataset broken.json: "),
                 qPrintable(m_window->lastError()));
        QVERIFY2(m_window->lastError().contains("line 1"), qPrintable(m_window->lastError()));
        const QString empty = m_dir.filePath("empty_folder");
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(openAndWait(empty));
        QVERIFY2(m_window->lastError().startsWith("Cannot open the dataset empty_folder: "),
                 qPrintable(m_window->lastError()));
        QVERIFY(openAndWait("shapes:0"));
        QVERIFY2(m_window->lastError().startsWith("Cannot open the dataset shapes:0: "),
                 qPrintable(m_window->lastError()));
        QVERIFY(!panel()->dataset());
        QCOMPARE(m_session->inspection(), record);
        QVERIFY(m_window->showFigure("instances"));
    }

    // A dataset whose records have problems lists them; the image itself still opens.
    void problemsOfTheDatasetAreListed() {
        QVERIFY(openAndWait(dataPath("hostile/datasets/nucleus_values")));
        QVERIFY2(panel()->problems().filter("thresholded at > 0").size() == 1,
                 qPrintable(panel()->problems().join('\n')));
        QCOMPARE(instancesShown(0), 3);  // 4 masks, one empty
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    DatasetPanelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "dataset_panel_test.moc"
