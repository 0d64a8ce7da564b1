// The model dialog's "Inferred" choice resolves as `--config auto` does: a typed path fills
// the fields exactly as Browse does, guessed fields are marked (and editable before loading)
// for a bare file, and nothing is marked for the demo model, which carries its config.

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "app_test_support.h"
#include "gui/model_dialog.h"

using namespace mrcnn;
using namespace mrcnn::testing;

namespace {

QString demoWeights() {
    return QString(MRCNN_SOURCE_DIR) + "/resources/demo/shapes.h5";
}

// Every editable field's value, to compare two dialogs.
QStringList fieldValues(const gui::ModelDialog& d) {
    return {
        QString::number(d.findChild<QSpinBox*>("field_NUM_CLASSES")->value()),
        d.findChild<QComboBox*>("field_IMAGE_RESIZE_MODE")->currentText(),
        QString::number(d.findChild<QSpinBox*>("field_IMAGE_MIN_DIM")->value()),
        QString::number(d.findChild<QSpinBox*>("field_IMAGE_MAX_DIM")->value()),
        d.findChild<QLineEdit*>("field_RPN_ANCHOR_SCALES")->text(),
        QString::number(d.findChild<QDoubleSpinBox*>("field_DETECTION_MIN_CONFIDENCE")->value()),
        d.classNames().join('|')};
}

QLabel* label(const gui::ModelDialog& d, const QString& field) {
    return d.findChild<QLabel*>("label_" + field);
}

void typePath(gui::ModelDialog& d, const QString& path, bool pressReturn) {
    auto* edit = d.findChild<QLineEdit*>("weightsPath");
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, path);
    if (pressReturn)
        QTest::keyClick(edit, Qt::Key_Return);
}

void pressOpen(gui::ModelDialog& d) {
    auto* box = d.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Open), Qt::LeftButton);
}

}  // namespace

class ModelDialogTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bare;  // a third-party file: no config attribute, no JSON beside it

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installEnglish());
        QVERIFY(m_dir.isValid());
        m_bare = m_dir.filePath("third_party.h5");
        QVERIFY(QFile::copy(microWeights(), m_bare));
    }

    void aTypedPathFillsTheFieldsAsBrowseDoes() {
        gui::ModelDialog browsed;
        browsed.setWeightsPath(m_bare);  // what Browse does with the chosen file
        gui::ModelDialog typed;
        typed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&typed));
        typePath(typed, m_bare, true);
        QCOMPARE(fieldValues(typed), fieldValues(browsed));
        QCOMPARE(typed.findChild<QSpinBox*>("field_NUM_CLASSES")->value(), 4);  // not 2
        QVERIFY(typed.resolution().has_value());
        QCOMPARE(typed.resolution()->config.RESNET_WIDTH, 0.125);
        // Return also pressed Open: the dialog stays open so the guesses are seen first.
        QVERIFY(typed.isVisible());
        QVERIFY(!typed.loadedModel());
        QVERIFY2(typed.errorText().contains("guessed"), qPrintable(typed.errorText()));
    }

    void guessedFieldsOfABareFileAreMarked() {
        gui::ModelDialog d;
        d.setWeightsPath(m_bare);
        for (const QString field :
             {"IMAGE_RESIZE_MODE", "IMAGE_MIN_DIM", "IMAGE_MAX_DIM", "RPN_ANCHOR_SCALES",
              "DETECTION_MIN_CONFIDENCE", "CLASS_NAMES"}) {
            QVERIFY2(label(d, field)->text().contains("⚠"), qPrintable(field));
            QVERIFY2(label(d, field)->toolTip().contains("Guessed"), qPrintable(field));
            QVERIFY2(label(d, field)->toolTip().contains("third_party.h5"), qPrintable(field));
        }
        QVERIFY(label(d, "IMAGE_MIN_DIM")->toolTip().contains("800"));
        QVERIFY(d.findChild<QSpinBox*>("field_IMAGE_MIN_DIM")->toolTip().contains("800"));
        QVERIFY(!label(d, "NUM_CLASSES")->text().contains("⚠"));  // read off the layers
        const QString source = d.findChild<QLabel*>("configSource")->text();
        QVERIFY2(source.contains("carries no configuration"), qPrintable(source));
        QVERIFY2(source.contains("MEAN_PIXEL = [123.7 116.8 103.9]"), qPrintable(source));
    }

    void theDemoModelHasNoGuesses() {
        gui::ModelDialog d;
        d.setWeightsPath(demoWeights());
        for (const QString field :
             {"NUM_CLASSES", "IMAGE_RESIZE_MODE", "IMAGE_MIN_DIM", "IMAGE_MAX_DIM",
              "RPN_ANCHOR_SCALES", "DETECTION_MIN_CONFIDENCE", "CLASS_NAMES"}) {
            QVERIFY2(!label(d, field)->text().contains("⚠"), qPrintable(field));
            QVERIFY2(label(d, field)->toolTip().isEmpty(), qPrintable(field));
        }
        QCOMPARE(fieldValues(d), (QStringList{"4", "square", "128", "128", "8, 16, 32, 64, 128",
                                              "0.7", "BG|square|circle|triangle"}));
        QVERIFY(d.findChild<QLabel*>("configSource")->text().contains("stored in shapes.h5"));
    }

    // The failure: a typed path, then Open, used to load with NUM_CLASSES 2 and fail.
    void aTypedDemoPathThenOpenLoadsTheModel() {
        gui::ModelDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typePath(d, demoWeights(), false);
        pressOpen(d);
        QVERIFY2(d.loadedModel(), qPrintable(d.errorText()));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.loadedModel()->config().NUM_CLASSES, 4);
        QCOMPARE(d.loadedModel()->config().IMAGE_MIN_DIM, 128);
        QVERIFY(d.loadedModel()->config().RPN_ANCHOR_SCALES ==
                (std::vector<double>{8, 16, 32, 64, 128}));
    }

    // Guesses can be corrected before loading: the first Open shows them, the second loads
    // with the edited values.
    void guessesAreEditableBeforeLoading() {
        gui::ModelDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typePath(d, m_bare, false);
        pressOpen(d);
        QVERIFY(!d.loadedModel());
        QVERIFY2(d.errorText().contains("guessed"), qPrintable(d.errorText()));
        d.findChild<QSpinBox*>("field_IMAGE_MIN_DIM")->setValue(128);
        d.findChild<QSpinBox*>("field_IMAGE_MAX_DIM")->setValue(128);
        d.findChild<QLineEdit*>("field_RPN_ANCHOR_SCALES")->setText("8, 16, 32, 64, 128");
        pressOpen(d);
        QVERIFY2(d.loadedModel(), qPrintable(d.errorText()));
        QCOMPARE(d.loadedModel()->config().IMAGE_MAX_DIM, 128);
        QVERIFY(d.loadedModel()->config().RPN_ANCHOR_SCALES ==
                (std::vector<double>{8, 16, 32, 64, 128}));
        QCOMPARE(d.loadedModel()->config().NUM_CLASSES, 4);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    ModelDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "model_dialog_test.moc"
