// Counts in the interface use Qt's plural forms: with the English translation installed the
// window and the figure summaries say "1 detection" and "2 detections", never
// "detection(s)"; the Chinese translation has its one form.

#include <QApplication>
#include <QSettings>
#include <QtTest>

#include "app_test_support.h"
#include "figures/figure_catalog.h"
#include "gui/main_window.h"

using namespace mrcnn;
using namespace mrcnn::testing;

namespace {
QString statusLine(int n) {
    return QCoreApplication::translate("mrcnn::gui::MainWindow", "%1 — %2 — %n detection(s)",
                                       nullptr, n);
}

bool hasUnresolvedPlural(const QString& s) {
    return s.contains("(s)") || s.contains("(es)");
}
}  // namespace

class PluralStringsTest : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Model> m_model;
    torch::Tensor m_image;
    figures::GroundTruth m_groundTruth;

    figures::FigureInput inputFor(std::shared_ptr<const Inspection> run) const {
        figures::FigureInput in;
        in.inspection = std::move(run);
        in.config = m_model->config();
        in.groundTruth = m_groundTruth;
        return in;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installEnglish());
        m_model = microModel();
        m_image = testImage();
        m_groundTruth = testImageRecord().groundTruth;
        QVERIFY(m_groundTruth.count() > 0);
    }

    void theStatusLineCountsInEnglish() {
        QCOMPARE(statusLine(1), QString("%1 — %2 — 1 detection"));
        QCOMPARE(statusLine(2), QString("%1 — %2 — 2 detections"));
        QCOMPARE(statusLine(0), QString("%1 — %2 — 0 detections"));

        QSettings().clear();
        gui::Session session;
        gui::MainWindow window(&session);
        session.setModel(m_model, "micro");
        window.openImageFile(testImagePath());
        QVERIFY(waitForRun(session));
        const int n = static_cast<int>(session.inspection()->detections.count());
        QVERIFY(n > 1);
        QCOMPARE(window.statusText(), QString("micro — shapes_001.png — %1 detections").arg(n));
    }

    void figureSummariesSayOneDetectionOrTwo() {
        auto all = m_model->run(m_image);
        const auto scores = all->detections.scores();
        QVERIFY(scores.size(0) > 1);
        // DETECTION_MIN_CONFIDENCE at the best score keeps exactly that one (>= filter).
        RunOptions one;
        one.detectionMinConfidence = scores.max().item<float>();
        auto single = m_model->run(m_image, one);
        QCOMPARE(single->detections.count(), int64_t(1));
        const QString name = QString::fromStdString(
            m_model->config().className(single->detections.classIds()[0].item<int32_t>()));

        const QStringList s1 = figures::buildFigure("detections", inputFor(single)).summary;
        QVERIFY2(s1.contains("1 detection: " + name), qPrintable(s1.join('\n')));
        const QStringList sn = figures::buildFigure("detections", inputFor(all)).summary;
        bool counted = false;
        for (const QString& line : sn)
            counted |= line.startsWith(QString("%1 detections: ").arg(scores.size(0)));
        QVERIFY2(counted, qPrintable(sn.join('\n')));
        const QStringList f1 = figures::buildFigure("detection_filter", inputFor(single)).summary;
        QVERIFY2(f1.contains("Keep 1 detection:"), qPrintable(f1.join('\n')));
    }

    void noFigureLeavesAPluralUnresolved() {
        RunOptions withMaps;
        withMaps.keepFeatureMaps = true;
        auto run = m_model->run(m_image, withMaps);
        for (const auto& info : figures::figureCatalog()) {
            const views::Figure f = figures::buildFigure(info.name, inputFor(run));
            QVERIFY2(!hasUnresolvedPlural(f.title), info.name.c_str());
            for (const QString& line : f.summary)
                QVERIFY2(!hasUnresolvedPlural(line),
                         qPrintable(QString::fromStdString(info.name) + ": " + line));
        }
    }

    void chineseHasItsOneForm() {
        QTranslator zh;
        QVERIFY(zh.load(":/i18n/mrcnn_inspector_zh_CN.qm"));
        QCoreApplication::installTranslator(&zh);
        const QString one = statusLine(1), two = statusLine(2);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(one, QString("%1 — %2 — 1 个检测结果"));
        QCOMPARE(two, QString("%1 — %2 — 2 个检测结果"));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    PluralStringsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "plural_strings_test.moc"
