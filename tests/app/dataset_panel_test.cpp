// The Dataset dock: a dataset opened in the background lists its images with their ground
// truth per class, filters and searches them, and opens the chosen image in the inspector with
// the same ground truth; Next image steps through the list; class mismatches and unreadable
// datasets are said plainly and leave the window working.

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "app_test_support.h"
#include "canvas/scene_canvas.h"
#include "charts/charts.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "coco/confusion_matrix.h"
#include "coco/tide_errors.h"
#include "data/open_dataset.h"
#include "figure/figure_view.h"
#include "figures/figure_builders.h"
#include "figures/tensor_qt.h"
#include "gui/class_ap_table.h"
#include "gui/confusion_view.h"
#include "gui/dataset_loader.h"
#include "gui/dataset_panel.h"
#include "gui/dataset_table_model.h"
#include "gui/error_types_view.h"
#include "gui/evaluation_box.h"
#include "gui/evaluation_compare.h"
#include "gui/evaluation_summary.h"
#include "gui/evaluation_view.h"
#include "gui/main_window.h"
#include "gui/pr_curves_view.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"
#include "metrics/evaluation_file.h"
#include "metrics/evaluation_report.h"

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
        // Generated images are named by their ids: one column says it.
        QVERIFY(panel()->table()->isColumnHidden(gui::DatasetTableModel::Id));
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
        auto* summary = m_window->evaluationView()->summary()->table()->model();
        QCOMPARE(summary->index(0, 0).data().toString(), QString::number(r.bbox[0], 'f', 3));
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
        QCOMPARE(summary->index(0, 1).data().toString(), QString::number(at95.segm[0], 'f', 3));
        QVERIFY(m_window->evaluationView()->summary()->text().startsWith(
            "At minimum confidence 0.95: "));
        // Another threshold needs the model again: the numbers are stale.
        RunOptions nms = higher;
        nms.detectionNmsThreshold = 0.1;
        m_session->setRunOptions(nms);
        QVERIFY(box->stale());
        QVERIFY(box->statusText().contains("Stale"));
        QVERIFY(waitIdle(*m_session));
    }

    // The Evaluation dock: AP per class, PR curves, the confusion matrix and TIDE's errors,
    // each equal to the core's numbers on the kept detections; a confusion cell lists its
    // images and opens one; the minimum confidence re-filters every tab.
    void theEvaluationDockExplainsTheNumbers() {
        QVERIFY(openAndWait("shapes:10x128@5"));
        gui::EvaluationBox* box = panel()->evaluationBox();
        gui::EvaluationView* view = m_window->evaluationView();
        auto* dock = m_window->findChild<QDockWidget*>("evaluation");
        QVERIFY(dock && dock->isHidden());
        QVERIFY(!view->context().valid());
        QTest::mouseClick(box->evaluateButton(), Qt::LeftButton);
        box->evaluation()->waitForIdle();
        QVERIFY2(box->result().has_value(), qPrintable(box->statusText()));
        QVERIFY(!dock->isHidden());  // shown by the first evaluation
        QVERIFY(view->context().valid());
        const auto& report = view->context().report();
        const auto& gt = view->context().evaluated().groundTruth;
        // The detections the report counts, as a filtered copy the core's functions take.
        const auto reported =
            metrics::detectionsAtOrAbove(view->context().evaluated().detections, report.minScore);
        QCOMPARE(report.detections.size(), reported.size());

        // AP per class: one row per class, the core's per-class AP.
        QTableView* classes = view->classAp()->table();
        QCOMPARE(classes->model()->rowCount(), 3);
        const auto segm = coco::perClassAp(coco::evaluate(gt, reported, coco::IouType::Segm));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(classes->model()->index(row, 0).data().toString(),
                     QString::fromStdString(gt.categories[size_t(row)].name));
            QCOMPARE(classes->model()->index(row, 3).data(Qt::UserRole).toDouble(),
                     segm[size_t(row)].ap);
        }
        // Sorting by AP orders the rows by value.
        classes->sortByColumn(3, Qt::DescendingOrder);
        QVERIFY(classes->model()->index(0, 3).data(Qt::UserRole).toDouble() >=
                classes->model()->index(2, 3).data(Qt::UserRole).toDouble());

        // PR curves: a curve per class with ground truth, and the score under the cursor.
        auto* chart = view->prCurves()->chartView()->chart();
        QCOMPARE(chart->series().size(), 3);
        QVERIFY2(view->prCurves()->pointText(0, 0).contains("score"),
                 qPrintable(view->prCurves()->pointText(0, 0)));
        // The chart as the Save chart button writes it, in each format.
        for (const char* ext : {"png", "svg", "pdf"}) {
            const QString path = m_dir.filePath(QString("pr_curves.%1").arg(ext));
            QString error;
            QVERIFY2(views::exportChart(view->prCurves()->chartView(), path, &error),
                     qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        }
        QFile svg(m_dir.filePath("pr_curves.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("Recall") && svgText.contains("triangle"));
        view->prCurves()->classChoice()->setCurrentIndex(2);
        QCOMPARE(view->prCurves()->chartView()->chart()->series().size(), 1);

        // The confusion matrix is the core's; a cell lists what it counts.
        const auto cm = coco::confusionMatrix(gt, reported, coco::IouType::Segm);
        QTableView* matrix = view->confusion()->matrix();
        QCOMPARE(matrix->model()->rowCount(), 4);
        int busiest = 0;
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(matrix->model()->index(r, c).data().toLongLong(),
                         qlonglong(cm.at(size_t(r), size_t(c))));
                if (cm.at(size_t(r), size_t(c)) > cm.at(size_t(busiest / 4), size_t(busiest % 4)))
                    busiest = r * 4 + c;
            }
        const int64_t inCell = cm.at(size_t(busiest / 4), size_t(busiest % 4));
        QVERIFY(inCell > 0);
        view->tabs()->setCurrentIndex(3);
        QTest::mouseClick(
            matrix->viewport(), Qt::LeftButton, {},
            matrix->visualRect(matrix->model()->index(busiest / 4, busiest % 4)).center());
        QTableView* members = view->confusion()->members();
        QCOMPARE(members->model()->rowCount(), int(inCell));
        // Its CSV: a header row and a row per ground-truth class, row names first.
        const QStringList csv = view->currentTableCsv().split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 5);
        QCOMPARE(csv[0], QString(",background,square,circle,triangle"));
        QVERIFY(csv[1].startsWith("background,"));
        // Choosing a listed item opens its image with its ground truth.
        auto dataset = openDataset("shapes:10x128@5");
        const QString imageName = members->model()->index(0, 0).data().toString();
        const int64_t index = imageName.toLongLong();  // shapes images are named by their id
        auto before = m_session->inspection();
        members->setCurrentIndex(members->model()->index(0, 0));
        QTest::keyClick(members, Qt::Key_Return);
        QVERIFY(waitForRun(*m_session, before));
        QVERIFY(torch::equal(m_session->image(), dataset->loadImage(index)));

        // TIDE's error types, as the core counts them, and the list filtered by type.
        const auto tide = coco::tideErrors(gt, reported, coco::IouType::Segm);
        QTableView* summary = view->errorTypes()->summary();
        int64_t errors = 0;
        for (int t = 0; t < 6; ++t) {
            QCOMPARE(summary->model()->index(t, 1).data().toLongLong(),
                     qlonglong(tide.counts[size_t(t)]));
            errors += tide.counts[size_t(t)];
        }
        QCOMPARE(view->errorTypes()->errors()->model()->rowCount(), int(errors));
        for (int t = 0; t < 6; ++t) {
            view->errorTypes()->typeFilter()->setCurrentIndex(t + 1);
            QCOMPARE(view->errorTypes()->errors()->model()->rowCount(),
                     int(tide.counts[size_t(t)]));
        }
        view->errorTypes()->typeFilter()->setCurrentIndex(0);

        // The image list filters by error: the images with any error, with one type.
        QComboBox* errorFilter = panel()->errorFilter();
        QVERIFY(!errorFilter->isHidden());
        auto imagesWith = [&](int type) {
            std::set<int64_t> images;
            for (const coco::TideError& e : tide.errors)
                if (type < 0 || int(e.type) == type)
                    images.insert(e.imageId);
            return int(images.size());
        };
        errorFilter->setCurrentIndex(errorFilter->findData(gui::DatasetTableModel::kAnyError));
        QCOMPARE(panel()->visibleImages(), imagesWith(-1));
        QVERIFY(imagesWith(-1) > 0);
        for (int t = 0; t < 6; ++t) {
            errorFilter->setCurrentIndex(errorFilter->findData(t));
            QCOMPARE(panel()->visibleImages(), imagesWith(t));
        }
        errorFilter->setCurrentIndex(0);
        QCOMPARE(panel()->visibleImages(), 10);

        // Choosing an error opens its image on the error types figure, whose labels are the
        // evaluation's verdicts for that image: one caption per error of a detection, "Miss"
        // on each missed instance.
        QTableView* errorList = view->errorTypes()->errors();
        int row = 0;  // the first error of a detection (not a Miss)
        while (row < errorList->model()->rowCount() &&
               errorList->model()->index(row, 0).data(Qt::UserRole).toInt() ==
                   int(coco::TideType::Miss))
            ++row;
        QVERIFY(row < errorList->model()->rowCount());
        const QModelIndex first = errorList->model()->index(row, 1);
        const int64_t errorImage = first.data(Qt::UserRole).toLongLong();
        before = m_session->inspection();
        errorList->setCurrentIndex(first);
        QTest::keyClick(errorList, Qt::Key_Return);
        QVERIFY(waitForRun(*m_session, before));
        QCOMPARE(m_window->currentFigure(), std::string("error_types"));
        const views::Figure& labelled = m_window->figureView()->figure();
        QVERIFY(labelled.available);
        std::array<int, 6> expected{}, drawn{};
        for (const coco::TideError& e : tide.errors)
            if (e.imageId == errorImage)
                expected[size_t(e.type)] += 1;
        for (const auto& b : labelled.scene.boxes)
            for (int t = 0; t < 6; ++t) {
                const QString type = QString::fromLatin1(coco::kTideTypeNames[size_t(t)]);
                if (b.caption == type || b.caption.startsWith(type + " "))
                    drawn[size_t(t)] += 1;
            }
        QCOMPARE(drawn, expected);
        // Clicking a false positive there shows its lineage.
        auto* canvas = m_window->figureView()->canvas();
        canvas->resize(600, 600);
        const auto fp = std::find_if(
            labelled.scene.boxes.begin(), labelled.scene.boxes.end(), [](const auto& b) {
                return b.id >= 0 && b.id < 100000 && !b.caption.startsWith("TP");
            });
        QVERIFY(fp != labelled.scene.boxes.end());
        const int fpId = fp->id;
        QTest::mouseClick(
            canvas, Qt::LeftButton, {},
            canvas->imageToWidget(QPointF(fp->box.left(), fp->box.center().y())).toPoint());
        QCOMPARE(m_window->selectedDetection(), fpId);
        QVERIFY(m_window->lineageList()->count() >= 4);

        // A higher minimum confidence re-filters every tab.
        RunOptions higher = m_session->runOptions();
        higher.detectionMinConfidence = 0.99;
        m_session->setRunOptions(higher);
        QVERIFY(waitIdle(*m_session));
        box->refilter()->waitForIdle();
        QCOMPARE(view->context().report().minScore, 0.99);
        const auto kept =
            metrics::detectionsAtOrAbove(view->context().evaluated().detections, 0.99);
        const auto cm99 = coco::confusionMatrix(gt, kept, coco::IouType::Segm);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                QCOMPARE(matrix->model()->index(r, c).data().toLongLong(),
                         qlonglong(cm99.at(size_t(r), size_t(c))));
        QCOMPARE(view->errorTypes()->errors()->model()->rowCount(),
                 int(coco::tideErrors(gt, kept, coco::IouType::Segm).errors.size()));
        // A new dataset clears the dock.
        QVERIFY(openAndWait("shapes:3x128@1"));
        QVERIFY(!view->context().valid());
    }

    // The dataset figures (stage 12) describe the open dataset from its masks: instances per
    // class and per image, image sizes, object sizes and aspect ratios.
    void theDatasetFiguresDescribeTheData() {
        QVERIFY(m_window->showFigure("dataset_classes"));
        QVERIFY(!m_window->figureView()->figure().available);  // no dataset yet
        QVERIFY2(m_window->figureView()->figure().unavailableReason.contains("Open a dataset"),
                 qPrintable(m_window->figureView()->figure().unavailableReason));
        const QString spec = "shapes:9x96@6";
        QVERIFY(openAndWait(spec));
        QCoreApplication::processEvents();
        auto reference = openDataset(spec.toStdString());
        std::vector<double> perClass(4, 0), perImage, areas;
        for (int64_t i = 0; i < 9; ++i) {
            const auto m = reference->loadMask(i);
            perImage.push_back(double(m.count()));
            for (int64_t k = 0; k < m.count(); ++k) {
                perClass[size_t(m.classIds[k].item<int32_t>())] += 1;
                areas.push_back(std::sqrt(m.masks.select(2, k).sum().item<double>()));
            }
        }
        const views::Figure& classes = m_window->figureView()->figure();
        QVERIFY(classes.available);
        QCOMPARE(classes.bars.categories, QStringList({"square", "circle", "triangle"}));
        QCOMPARE(classes.bars.values, std::vector<double>(perClass.begin() + 1, perClass.end()));
        QVERIFY(m_window->showFigure("dataset_instances"));
        QCOMPARE(m_window->figureView()->figure().histogram.values, perImage);
        QVERIFY(m_window->showFigure("dataset_object_sizes"));
        QCOMPARE(m_window->figureView()->figure().histogram.values, areas);
        QVERIFY(m_window->showFigure("dataset_image_sizes"));
        const auto& points = m_window->figureView()->figure().scatter.points;
        QCOMPARE(int(points.size()), 9);
        for (const QPointF& p : points)
            QCOMPARE(p, QPointF(96, 96));
        QVERIFY(m_window->showFigure("dataset_aspect_ratios"));
        QCOMPARE(m_window->figureView()->figure().histogram.values.size(), areas.size());
        // display_top_masks of a chosen image: the image, then its classes by total mask
        // area, largest first, "-" for the rest of the four.
        auto before = m_session->inspection();
        panel()->table()->setCurrentIndex(panel()->table()->model()->index(2, 0));
        QVERIFY(waitForRun(*m_session, before));
        QVERIFY(m_window->showFigure("top_masks"));
        const views::Figure& top = m_window->figureView()->figure();
        QVERIFY(top.available);
        QCOMPARE(int(top.grid.images.size()), 5);
        QCOMPARE(top.grid.titles[0], QString("H x W=96x96"));
        const auto m = reference->loadMask(2);
        std::vector<std::pair<int64_t, QString>> byArea;
        for (int c = 1; c < 4; ++c) {
            const int64_t area = m.masks.index_select(2, (m.classIds == c).nonzero().reshape({-1}))
                                     .sum()
                                     .item<int64_t>();
            if (area > 0)
                byArea.push_back(
                    {area, QString::fromStdString(reference->classNames()[size_t(c)])});
        }
        std::stable_sort(byArea.begin(), byArea.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (int k = 0; k < 4; ++k)
            QCOMPARE(top.grid.titles[k + 1],
                     k < int(byArea.size()) ? byArea[size_t(k)].second : QString("-"));

        // Mini masks: per instance its molded mask, its MINI_MASK_SHAPE mask and the round
        // trip, whose IoU with the original the title gives.
        const figures::GroundTruth molded = figures::moldedGroundTruth(m_window->figureInput());
        const int shown = int(std::min<int64_t>(molded.count(), 7));
        QVERIFY(m_window->showFigure("mini_masks"));
        const views::Figure& mini = m_window->figureView()->figure();
        QVERIFY(mini.available);
        QCOMPARE(int(mini.grid.images.size()), 3 * shown);
        QCOMPARE(mini.grid.images[size_t(shown)].size(), QSize(56, 56));
        for (int i = 0; i < shown; ++i) {
            const QString title = mini.grid.titles[2 * shown + i];
            QVERIFY2(title.startsWith("expanded: IoU "), qPrintable(title));
            const double iou = title.mid(14).toDouble();
            QVERIFY2(iou > 0.5 && iou <= 1.0, qPrintable(title));
        }
        // The flip mirrors every box: x1 becomes W - x2.
        QVERIFY(m_window->showFigure("flipped"));
        const views::Figure& flipped = m_window->figureView()->figure();
        const int width = flipped.scene.image.width();
        QCOMPARE(int(flipped.scene.boxes.size()), int(molded.count()));
        for (int64_t i = 0; i < molded.count(); ++i) {
            QCOMPARE(flipped.scene.boxes[size_t(i)].box.left(),
                     double(width - molded.boxes[i][3].item<int32_t>()));
            QCOMPARE(flipped.scene.boxes[size_t(i)].box.right(),
                     double(width - molded.boxes[i][1].item<int32_t>()));
        }

        // A new dataset: the figure follows it.
        QVERIFY(openAndWait("shapes:2x96@1"));
        QCoreApplication::processEvents();
        QVERIFY(m_window->showFigure("dataset_image_sizes"));
        QCOMPARE(m_window->figureView()->figure().scatter.points.front(), QPointF(96, 96));
    }

    // File ▸ Save evaluation writes a manifest with the COCO files beside it; Open evaluation
    // shows it again (with its dataset) without running the model, and the minimum confidence
    // still re-filters it; the Compare tab sets two evaluations side by side.
    void savedEvaluationsReopenAndCompare() {
        const QString spec = "shapes:8x128@2";
        QVERIFY(openAndWait(spec));
        gui::EvaluationBox* box = panel()->evaluationBox();
        gui::EvaluationView* view = m_window->evaluationView();
        QString error;
        QVERIFY(!panel()->saveEvaluation(m_dir.filePath("none.json"), &error));
        QVERIFY2(error.contains("no evaluation"), qPrintable(error));
        QTest::mouseClick(box->evaluateButton(), Qt::LeftButton);
        box->evaluation()->waitForIdle();
        QVERIFY(box->result().has_value());
        const gui::DatasetEvaluationResult first = *box->result();
        const QString a = m_dir.filePath("a.json");
        QVERIFY2(panel()->saveEvaluation(a, &error), qPrintable(error));
        QVERIFY(QFile::exists(m_dir.filePath("a.gt.json")));
        QVERIFY(QFile::exists(m_dir.filePath("a.results.json")));
        const metrics::SavedEvaluation savedA = metrics::loadEvaluation(a.toStdString());
        QCOMPARE(savedA.datasetSource, spec.toStdString());
        QCOMPARE(savedA.modelWeights, m_session->weightsPath().toStdString());
        QCOMPARE(savedA.detections.size(), first.evaluated->detections.size());

        // A second evaluation with another NMS threshold: other detections.
        RunOptions looser = m_session->runOptions();
        looser.detectionNmsThreshold = 0.9;
        m_session->setRunOptions(looser);
        QVERIFY(waitIdle(*m_session));
        QTest::mouseClick(box->evaluateButton(), Qt::LeftButton);
        box->evaluation()->waitForIdle();
        const gui::DatasetEvaluationResult second = *box->result();
        // Kept down to confidence 0, the looser NMS keeps boxes the first one suppressed.
        const auto scoreSum = [](const std::vector<coco::CocoAnnotation>& detections) {
            double sum = 0;
            for (const auto& d : detections)
                sum += d.score;
            return sum;
        };
        QVERIFY(scoreSum(second.evaluated->detections) != scoreSum(first.evaluated->detections));

        // Compare: this evaluation against the saved one, number by number and per image.
        gui::EvaluationCompare* compare = view->compare();
        compare->openOther(a);
        QVERIFY(QTest::qWaitFor([&] { return !compare->busy(); }, 30000));
        QVERIFY2(compare->hasOther(), qPrintable(m_window->lastError()));
        const QStandardItemModel& numbers = compare->numbersModel();
        QCOMPARE(numbers.index(0, 0).data(Qt::UserRole).toDouble(), second.mAP50);
        QCOMPARE(numbers.index(0, 1).data(Qt::UserRole).toDouble(), first.mAP50);
        QCOMPARE(numbers.index(0, 2).data(gui::EvaluationCompare::kSignedDeltaRole).toDouble(),
                 second.mAP50 - first.mAP50);
        QCOMPARE(numbers.index(2, 0).data(Qt::UserRole).toLongLong(), qlonglong(second.detections));
        QCOMPARE(numbers.index(2, 1).data(Qt::UserRole).toLongLong(), qlonglong(first.detections));
        for (int k = 0; k < 12; ++k) {  // bbox rows 3..14, segm 15..26
            QCOMPARE(numbers.index(3 + k, 1).data(Qt::UserRole).toDouble(), first.bbox[size_t(k)]);
            QCOMPARE(numbers.index(15 + k, 1).data(Qt::UserRole).toDouble(), first.segm[size_t(k)]);
        }
        QAbstractItemModel* images = compare->images()->model();
        QCOMPARE(images->rowCount(), int(second.ap50ByImage.size()));
        for (int row = 1; row < images->rowCount(); ++row)  // largest change first
            QVERIFY(images->index(row - 1, 3).data(Qt::UserRole).toDouble() >=
                    images->index(row, 3).data(Qt::UserRole).toDouble());
        const int64_t top = images->index(0, 0).data(Qt::UserRole).toLongLong();
        QCOMPARE(images->index(0, 1).data(Qt::UserRole).toDouble(), second.ap50ByImage.at(top));
        QCOMPARE(images->index(0, 2).data(Qt::UserRole).toDouble(), first.ap50ByImage.at(top));
        // A comparison follows the minimum confidence.
        RunOptions higher = m_session->runOptions();
        higher.detectionMinConfidence = 0.95;
        m_session->setRunOptions(higher);
        QVERIFY(waitIdle(*m_session));
        box->refilter()->waitForIdle();
        const auto aAt95 = metrics::evaluationReport(savedA.groundTruth, savedA.detections, 0.95);
        QCOMPARE(compare->numbersModel().index(0, 1).data(Qt::UserRole).toDouble(),
                 aAt95.map.mAP50);
        m_session->setRunOptions(looser);
        QVERIFY(waitIdle(*m_session));

        // Reopen: another dataset is open; the evaluation brings its own back.
        QVERIFY(openAndWait("shapes:3x128@1"));
        panel()->openEvaluation(a);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !panel()->openingEvaluation() && !panel()->loader()->busy() &&
                       box->savedFile() == a;
            },
            30000));
        QCOMPARE(panel()->datasetSource(), spec);
        QVERIFY(box->result().has_value());
        box->refilter()->waitForIdle();
        const double shownAt = box->result()->minScore();
        const auto expected =
            metrics::evaluationReport(savedA.groundTruth, savedA.detections, shownAt);
        QCOMPARE(box->result()->bbox, expected.stats[metrics::kBbox]);
        QCOMPARE(box->result()->segm, expected.stats[metrics::kSegm]);
        QVERIFY2(box->statusText().startsWith("Opened from a.json: "),
                 qPrintable(box->statusText()));
        QVERIFY(!box->stale());  // the model open now is not what it is about
        QVERIFY(view->context().valid());
        // Its minimum confidence still moves every number.
        higher = m_session->runOptions();
        higher.detectionMinConfidence = 0.9;
        m_session->setRunOptions(higher);
        QVERIFY(waitIdle(*m_session));
        box->refilter()->waitForIdle();
        QCOMPARE(box->result()->minScore(), 0.9);
        QCOMPARE(box->result()->bbox,
                 metrics::evaluationReport(savedA.groundTruth, savedA.detections, 0.9)
                     .stats[metrics::kBbox]);

        // A file that is not a saved evaluation: a message, and the window goes on.
        panel()->openEvaluation(m_dir.filePath("a.gt.json"));
        QVERIFY(QTest::qWaitFor([&] { return !panel()->openingEvaluation(); }, 30000));
        QVERIFY2(m_window->lastError().startsWith("Cannot open the evaluation a.gt.json: "),
                 qPrintable(m_window->lastError()));
        QVERIFY2(m_window->lastError().contains("not a saved evaluation"),
                 qPrintable(m_window->lastError()));
        QCOMPARE(box->savedFile(), a);  // what was shown stays
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
        QVERIFY(!panel()->table()->isColumnHidden(gui::DatasetTableModel::Id));  // file names
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

    // The list's pictures: made off the GUI thread for the rows asked for, the image scaled to
    // 32 pixels; an image that cannot be read has none, and nothing else breaks.
    void thumbnailsAreMadeInTheBackground() {
        QVERIFY(openAndWait("shapes:40x128@3"));
        auto* filter = qobject_cast<QSortFilterProxyModel*>(panel()->table()->model());
        QVERIFY(filter);
        auto* model = qobject_cast<gui::DatasetTableModel*>(filter->sourceModel());
        QVERIFY(model);
        model->thumbnails().waitForIdle();
        // Only rows in view asked: the last rows of the list have none yet.
        QVERIFY(model->thumbnails().readyCount() < 40);
        const QModelIndex last = model->index(39, gui::DatasetTableModel::Image);
        QVERIFY(model->data(last, Qt::DecorationRole).isNull());  // asked now, made later
        model->thumbnails().waitForIdle();
        const QImage thumbnail = model->data(last, Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(32, 32));
        auto reference = openDataset("shapes:40x128@3");
        const QImage full = figures::rgbImage(reference->loadImage(39));
        QCOMPARE(thumbnail, full.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        std::set<QRgb> colours;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                colours.insert(thumbnail.pixel(x, y));
        QVERIFY(colours.size() > 3);  // the shapes on their background

        // The COCO sample ships one of its six images.
        QVERIFY(openAndWait(dataPath("datasets/coco/annotations/instances_val2017.json")));
        model->thumbnails().waitForIdle();
        int pictures = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            model->data(model->index(row, 0), Qt::DecorationRole);
        model->thumbnails().waitForIdle();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant picture = model->data(model->index(row, 0), Qt::DecorationRole);
            if (picture.isNull())
                continue;
            ++pictures;
            QCOMPARE(model->index(row, 0).data().toString(), QString("000000255165.jpg"));
        }
        QCOMPARE(pictures, 1);
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
