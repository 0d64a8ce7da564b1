// Ground truth is labelled with the annotation's class names, predictions with the model's;
// where the two disagree the ground-truth figures say so; an annotation, once loaded, is kept
// for the folder, so Next/Previous image picks each image's ground truth from it and an image
// the annotation does not list says so. Offscreen, on the real window and the micro model.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <set>

#include "app_test_support.h"
#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/ground_truth.h"

using namespace mrcnn;
using namespace mrcnn::testing;

namespace {
const char* kCocoImage = "000000255165.jpg";  // 640×480 in the sample
const char* kCocoOther = "000000453302.jpg";  // 500×375, 7 instances

QString cocoJson() {
    return dataPath("datasets/coco/annotations/instances_val2017.json");
}

std::set<QString> titleSet(const views::Figure& f) {
    return {f.grid.titles.begin(), f.grid.titles.end()};
}

QString summaryText(const views::Figure& f) {
    return f.summary.join('\n');
}

// The images' ground truth as the core reads it, to compare the session's with.
int64_t coreCount(const QString& annotation, const QString& image) {
    auto found = findImageAnnotation(annotation.toStdString(), image.toStdString());
    return found.instances ? found.instances->count() : -1;
}
}  // namespace

class GroundTruthNamesTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;

    const views::Figure& show(const std::string& name) {
        m_window->showFigure(name);
        return m_window->figureView()->figure();
    }

private Q_SLOTS:
    void init() { QVERIFY(openMicroWindow(m_session, m_window)); }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    // COCO ground truth shows the category names ("book", "tv"), never "class 40" or the
    // shapes model's names, and says that the model has other classes.
    void cocoCaptionsShowCategoryNames() {
        m_window->openImageFile(dataPath("datasets/coco/val2017/") + kCocoImage);
        m_window->openAnnotationFile(cocoJson());
        QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
        QVERIFY(m_session->groundTruth().has_value());
        QVERIFY(waitForRun(*m_session));
        const auto& f = show("gt_masks");
        QVERIFY2(f.available, qPrintable(f.unavailableReason));
        const auto titles = titleSet(f);
        QVERIFY(titles.count("book"));
        QVERIFY(titles.count("tv"));
        QVERIFY(titles.count("keyboard"));
        for (const QString& t : f.grid.titles) {
            QVERIFY2(!t.startsWith("class "), qPrintable(t));
            for (const char* modelName : {"square", "circle", "triangle"})
                QVERIFY2(!t.contains(modelName), qPrintable(t));
        }
        QCOMPARE(int64_t(f.grid.images.size()),
                 std::min<int64_t>(32, m_session->groundTruth()->count()));
        // Each cell is the photo with the mask over it, not a bare mask.
        const QImage& cell = f.grid.images.front();
        QCOMPARE(cell.size(), QSize(640, 480));
        QVERIFY(cell.format() != QImage::Format_Grayscale8);
        QVERIFY(summaryText(f).contains(
            "the model has 4 classes and the annotation 81 (both with BG)"));
        QVERIFY(summaryText(f).contains("instances_val2017.json"));
        // The comparison figures carry the same note and label their columns with the names.
        const auto& overlaps = show("overlaps");
        QVERIFY2(overlaps.available, qPrintable(overlaps.unavailableReason));
        QVERIFY(overlaps.overlaps.gtLabels.contains("book"));
        QVERIFY(summaryText(overlaps).contains("disagree on classes"));
    }

    // VIA (rice leaves): the class attribute's values, not the model's "triangle"; the same
    // count of classes with other names is a mismatch too, class by class.
    void viaShowsTheDatasetsNames() {
        const QString dir = dataPath("datasets/via_rice/");
        m_window->openImageFile(dir + "Brown_spot1.jpg");
        m_window->openAnnotationFile(dir + "via_region_data.json");
        QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
        QVERIFY(waitForRun(*m_session));
        const auto& f = show("gt_masks");
        QVERIFY2(f.available, qPrintable(f.unavailableReason));
        QCOMPARE(titleSet(f), std::set<QString>{"brown_spot"});
        const QString summary = summaryText(f);
        QVERIFY(summary.contains("disagree on class names"));
        QVERIFY(
            summary.contains("class 2 is \"circle\" in the model and \"brown_spot\" in the "
                             "annotation"));
        QVERIFY(summary.contains("class 3 is \"triangle\" in the model and \"leaf_smut\""));
        // Predictions keep the model's names.
        const auto& instances = show("instances");
        for (const auto& box : instances.scene.boxes)
            QVERIFY2(!box.caption.contains("brown_spot"), qPrintable(box.caption));
    }

    // The model's own dataset: no note.
    void agreeingNamesGiveNoNote() {
        Config config = microConfig();
        QVERIFY(figures::classMismatch(config, {"BG", "square", "circle", "triangle"}).isEmpty());
        QVERIFY(figures::classMismatch(config, {"BG", "Square", "circle", "triangle"}).isEmpty());
        QVERIFY(figures::classMismatch(config, {}).isEmpty());
        QCOMPARE(figures::classMismatch(config, {"BG", "square", "circle", "star"}).size(), 2);
    }

    // Next/Previous image keep the annotation: each image gets its own ground truth, an image
    // the file does not list says so, and going back finds the ground truth again.
    void nextAndPreviousPickEachImagesGroundTruth() {
        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(dataPath("datasets/coco/val2017/") + kCocoImage, dir.filePath(kCocoImage)));
        QImage other(500, 375, QImage::Format_RGB888);
        other.fill(QColor(90, 120, 60));
        QVERIFY(other.save(dir.filePath(kCocoOther)));
        QImage stranger(64, 48, QImage::Format_RGB888);
        stranger.fill(Qt::gray);
        QVERIFY(stranger.save(dir.filePath("zz_not_annotated.png")));

        m_window->openImageFile(dir.filePath(kCocoImage));
        m_window->openAnnotationFile(cocoJson());
        QVERIFY(m_session->groundTruth().has_value());
        const int64_t first = m_session->groundTruth()->count();
        QCOMPARE(first, coreCount(cocoJson(), dir.filePath(kCocoImage)));
        QVERIFY(waitIdle(*m_session));

        m_window->nextImage();
        QCOMPARE(QFileInfo(m_session->imagePath()).fileName(), QString(kCocoOther));
        QVERIFY(m_session->groundTruth().has_value());
        QCOMPARE(m_session->groundTruth()->count(), int64_t(7));
        QCOMPARE(m_session->groundTruth()->masks.size(0), int64_t(375));
        QCOMPARE(m_session->annotationPath(), cocoJson());
        QVERIFY(waitForRun(*m_session));
        QVERIFY(titleSet(show("gt_masks")).count("refrigerator"));

        m_window->nextImage();
        QCOMPARE(QFileInfo(m_session->imagePath()).fileName(), QString("zz_not_annotated.png"));
        QVERIFY(!m_session->groundTruth().has_value());
        QVERIFY(m_session->groundTruthNote().contains("has no entry for zz_not_annotated.png"));
        QVERIFY(waitForRun(*m_session));
        for (const char* name : {"gt_masks", "differences", "rpn_targets"}) {
            const auto& f = show(name);
            QVERIFY(!f.available);
            QVERIFY2(f.unavailableReason.startsWith("No ground truth for this image: "
                                                    "instances_val2017.json has no entry"),
                     qPrintable(f.unavailableReason));
        }
        QVERIFY2(m_window->statusText().contains("no ground truth for this image"),
                 qPrintable(m_window->statusText()));

        m_window->previousImage();
        QCOMPARE(QFileInfo(m_session->imagePath()).fileName(), QString(kCocoOther));
        QVERIFY(m_session->groundTruth().has_value());
        QCOMPARE(m_session->groundTruth()->count(), int64_t(7));
        QVERIFY(m_session->groundTruthNote().isEmpty());
        m_window->previousImage();
        QCOMPARE(m_session->groundTruth()->count(), first);
        QVERIFY(waitIdle(*m_session));
    }

    // A mask folder (DSB2018 layout) opens as a folder; each image sits alone in its folder,
    // so Next steps through the folder's images, each with its masks.
    void maskFolderIsKeptAndStepped() {
        QTemporaryDir dir;
        namespace fs = std::filesystem;
        const fs::path sample = fs::path(dataPath("datasets/nucleus/stage1_train").toStdString());
        const std::string id = fs::directory_iterator(sample)->path().filename().string();
        const fs::path root = fs::path(dir.path().toStdString()) / "stage1_train";
        for (const std::string copy : {"a_cell", "b_cell"}) {
            fs::create_directories(root / copy / "images");
            fs::copy(sample / id / "masks", root / copy / "masks", fs::copy_options::recursive);
            fs::copy_file(sample / id / "images" / (id + ".png"),
                          root / copy / "images" / (copy + ".png"));
        }
        const QString first = QString::fromStdString((root / "a_cell/images/a_cell.png").string());
        m_window->openImageFile(first);
        m_window->openAnnotationFile(QString::fromStdString(root.string()));
        QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
        QVERIFY(m_session->groundTruth().has_value());
        const int64_t count = m_session->groundTruth()->count();
        QCOMPARE(count, int64_t(14));
        QVERIFY(waitIdle(*m_session));
        m_window->nextImage();
        QCOMPARE(QFileInfo(m_session->imagePath()).fileName(), QString("b_cell.png"));
        QVERIFY(m_session->groundTruth().has_value());
        QCOMPARE(m_session->groundTruth()->count(), count);
        QCOMPARE(m_session->groundTruth()->classNames, (std::vector<std::string>{"BG", "nucleus"}));
        QVERIFY(waitForRun(*m_session));
        QCOMPARE(titleSet(show("gt_masks")), std::set<QString>{"nucleus"});
    }

    // An unreadable annotation is an error naming the file and keeps what was loaded.
    void unreadableAnnotationKeepsThePreviousOne() {
        const QString dir = dataPath("datasets/via_rice/");
        m_window->openImageFile(dir + "Brown_spot1.jpg");
        m_window->openAnnotationFile(dir + "via_region_data.json");
        QTemporaryDir tmp;
        QFile bad(tmp.filePath("broken.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"neither\": 1}");
        bad.close();
        m_window->openAnnotationFile(bad.fileName());
        QVERIFY2(m_window->lastError().contains("broken.json"), qPrintable(m_window->lastError()));
        QCOMPARE(m_session->annotationPath(), dir + "via_region_data.json");
        QVERIFY(m_session->groundTruth().has_value());
        QVERIFY(waitIdle(*m_session));
    }
};

QTEST_MAIN(GroundTruthNamesTest)
#include "ground_truth_names_test.moc"
