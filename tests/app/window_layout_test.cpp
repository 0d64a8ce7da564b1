// The window as a person meets it: switching the language live renames every menu, dock,
// threshold label, toolbar button and navigator entry, and back; at 1280×800 and 1024×700
// nothing is cut off (labels, navigator entries, summary lines, progress text, configuration
// table, dock tabs) and the sliders keep a usable width. The real window, offscreen.

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QTableWidget>
#include <QtTest>

#include "app_test_support.h"
#include "figure/figure_view.h"
#include "gui/language.h"
#include "gui/stage_navigator.h"
#include "gui/threshold_panel.h"

using namespace mrcnn;

namespace {
// Everything a language change must rename, in window order.
QStringList visibleTexts(gui::MainWindow& w) {
    QStringList out;
    for (QAction* a : w.menuBar()->actions())
        out << a->text();
    for (auto* d : w.findChildren<QDockWidget*>())
        out << d->windowTitle();
    for (QLabel* l : w.thresholds()->labels())
        out << l->text();
    for (auto* box : w.figureView()->findChildren<QCheckBox*>())
        out << box->text();
    for (int i = 0; i < w.navigator()->topLevelItemCount(); ++i)
        out << w.navigator()->topLevelItem(i)->text(0);
    return out;
}

bool hasChinese(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}
}  // namespace

class WindowLayoutTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;

    void checkNothingIsCutOff(const QSize& size) {
        const QString at = QString("%1x%2: ").arg(size.width()).arg(size.height());
        m_window->resize(size);
        settle();
        QCOMPARE(m_window->size(), size);  // the window's minimum fits the size

        // labels: as wide as they ask to be (word-wrapped ones wrap instead)
        for (QLabel* l : m_window->findChildren<QLabel*>()) {
            if (!l->isVisible() || l->wordWrap() || l->text().isEmpty())
                continue;
            QVERIFY2(l->sizeHint().width() <= l->width(),
                     qPrintable(at + l->text() +
                                QString(" %1 > %2").arg(l->sizeHint().width()).arg(l->width())));
        }
        // sliders stay draggable
        for (QSlider* s : m_window->thresholds()->findChildren<QSlider*>())
            QVERIFY2(s->width() >= 100, qPrintable(at + QString::number(s->width())));

        // navigator: every entry's words fit the column, its row is tall enough for its lines
        gui::StageNavigator* nav = m_window->navigator();
        for (QTreeWidgetItemIterator it(nav); *it; ++it) {
            const QString text = (*it)->text(0);
            for (const QString& word : text.split(' '))
                if (!hasChinese(word))  // Chinese text may break between any two characters
                    QVERIFY2(nav->fontMetrics().horizontalAdvance(word) <= nav->textWidthFor(*it),
                             qPrintable(at + text));
            QVERIFY2(nav->visualItemRect(*it).height() >= nav->textHeightFor(*it),
                     qPrintable(at + text));
        }

        // the summary: every line whole (wrapped, no sideways scrolling), readable width
        for (const char* figure : {"rpn_refinement", "detection_nms", "instances"}) {
            QVERIFY(m_window->showFigure(figure));
            settle();
            QPlainTextEdit* summary = m_window->figureView()->summaryEdit();
            QCOMPARE(summary->toPlainText(), m_window->figureView()->figure().summary.join('\n'));
            QCOMPARE(summary->horizontalScrollBar()->maximum(), 0);
            QVERIFY2(summary->viewport()->width() >=
                         summary->fontMetrics().horizontalAdvance(QString(40, QChar('x'))),
                     qPrintable(at + QString::number(summary->viewport()->width())));
            QVERIFY(summary->viewport()->height() >= 3 * summary->fontMetrics().lineSpacing());
        }

        // the run's progress text ("backbone 1/8" was "ackbone 1/8")
        auto* bar = m_window->findChild<QProgressBar*>();
        QVERIFY(bar);
        bar->setVisible(true);
        bar->setMaximum(88);
        bar->setValue(88);
        settle();
        QVERIFY2(bar->width() >= bar->fontMetrics().horizontalAdvance(bar->text()) + 16,
                 qPrintable(at + bar->text()));
        bar->setVisible(false);

        // the configuration table: names and values whole in their columns (it may scroll)
        for (auto* d : m_window->findChildren<QDockWidget*>())
            if (d->objectName() == "config")
                d->raise();
        settle();
        QTableWidget* table = m_window->configTable();
        QVERIFY(table->isVisible());
        QVERIFY(table->rowCount() > 20);
        const QFontMetrics fm = table->fontMetrics();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < 2; ++c) {
                const QString text = table->item(r, c)->text();
                QVERIFY2(fm.horizontalAdvance(text) + 2 <= table->columnWidth(c),
                         qPrintable(at + text));
            }
        QVERIFY(table->width() >= 200);

        // dock tabs show their whole titles
        for (QTabBar* tabs : m_window->findChildren<QTabBar*>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i)
                QVERIFY2(tabs->tabRect(i).width() >=
                             tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)),
                         qPrintable(at + tabs->tabText(i)));
        }
    }

private Q_SLOTS:
    void init() {
        QVERIFY(gui::switchLanguage("en"));
        QVERIFY(testing::openMicroWindow(m_session, m_window));
        settle();
    }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void switchingLanguageRetranslatesEverythingBothWays() {
        const QStringList english = visibleTexts(*m_window);
        QVERIFY(english.contains("&File"));
        QVERIFY(english.contains("Thresholds"));
        QVERIFY(english.contains("Min. confidence"));
        QVERIFY(english.contains("1. Input"));
        QVERIFY(english.contains("Boxes"));
        const QString figureBefore = m_window->figureView()->figure().title;

        QVERIFY(gui::switchLanguage("zh_CN"));
        settle();
        const QStringList chinese = visibleTexts(*m_window);
        QCOMPARE(chinese.size(), english.size());
        // every menu title, the translated docks, threshold labels, toolbar and navigator
        const QStringList mustChange = {
            "&File",          "&View",         "&Language",       "&Help",         "Stages",
            "Thresholds",     "Configuration", "Min. confidence", "Detection NMS", "Proposals kept",
            "Mask threshold", "Boxes",         "Masks",           "1. Input",      "7. Masks"};
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!chinese[i].isEmpty(), qPrintable(english[i]));  // no blank menu
            if (mustChange.contains(english[i]))
                QVERIFY2(hasChinese(chinese[i]), qPrintable(english[i] + " → " + chinese[i]));
        }
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QString("文件(&F)"));
        // the menus still work: their entries are there, translated
        QMenu* file = m_window->menuBar()->actions().first()->menu();
        QVERIFY(file);
        QVERIFY(file->actions().size() >= 8);
        QVERIFY(hasChinese(file->actions().first()->text()));
        QVERIFY(m_window->figureView()->figure().title != figureBefore);  // redrawn

        QVERIFY(gui::switchLanguage("en"));
        settle();
        QCOMPARE(visibleTexts(*m_window), english);
        QCOMPARE(m_window->figureView()->figure().title, figureBefore);
    }

    void nothingIsCutOffAt1280x800() { checkNothingIsCutOff({1280, 800}); }
    void nothingIsCutOffAt1024x700() { checkNothingIsCutOff({1024, 700}); }
    // The bottom docks would halve the figure's height: hidden until a weights or training
    // figure asks for them, and then nothing is cut off either.
    void weightsDocksComeWithTheirFigures() {
        auto dockNamed = [&](const QString& name) -> QDockWidget* {
            for (auto* d : m_window->findChildren<QDockWidget*>())
                if (d->objectName() == name)
                    return d;
            return nullptr;
        };
        QDockWidget* weights = dockNamed("weights");
        QDockWidget* training = dockNamed("training");
        QVERIFY(weights && training);
        QVERIFY(!weights->isVisible() && !training->isVisible());
        QVERIFY(m_window->showFigure("training_history"));
        settle();
        QVERIFY(training->isVisible());
        QVERIFY(m_window->showFigure("weight_histogram"));
        settle();
        QVERIFY(weights->isVisible());
        checkNothingIsCutOff({1024, 700});
    }
    void nothingIsCutOffAt1024x700InChinese() {
        QVERIFY(gui::switchLanguage("zh_CN"));
        settle();
        checkNothingIsCutOff({1024, 700});
        QVERIFY(gui::switchLanguage("en"));
        settle();
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    WindowLayoutTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "window_layout_test.moc"
