// The Dataset dock: a dataset opened in the background lists its images with their ground
// truth per class, filters and searches them, and opens the chosen image in the inspector with
// the same ground truth; Next image steps through the list; class mismatches and unreadable
// datasets are said plainly and leave the window working.

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "app_test_support.h"
#include "data/open_dataset.h"
#include "gui/dataset_loader.h"
#include "gui/dataset_panel.h"
#include "gui/main_window.h"

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
