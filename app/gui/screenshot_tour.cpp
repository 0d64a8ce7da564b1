#include "gui/screenshot_tour.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <functional>

#include "export/file_write.h"
#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "gui/main_window.h"
#include "gui/session.h"
#include "gui/weights_analysis.h"

namespace mrcnn::gui {

namespace {

struct ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
};

// Runs the event loop for `ms`: the worker's results, layout and painting all arrive as events.
void pump(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForRun(Session& session, int timeoutMs) {
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        if (!session.busy() && session.inspection())
            return true;
        pump(100);
    }
    return false;
}

}  // namespace

std::string screenshotFigure(const std::string& group) {
    const auto shots = figures::tourFigures(group);
    return shots.empty() ? std::string() : shots.front();
}

namespace {

// Shows one figure and saves what the display shows of the window as `file`.
bool takeShot(MainWindow& window, const std::string& name, const QString& file,
              const std::function<bool(const QString&)>& fail) {
    if (!window.showFigure(name))
        return fail(
            ScreenshotTour::tr("Cannot show the figure %1").arg(QString::fromStdString(name)));
    // Drawn means: the view holds this figure, the window is exposed, and the paint has
    // reached the X server (a repaint now, then time for the backing store's flush).
    window.repaint();
    pump(400);
    if (window.figureView()->figure().name != name || !window.windowHandle() ||
        !window.windowHandle()->isExposed())
        return fail(
            ScreenshotTour::tr("The window did not show %1").arg(QString::fromStdString(name)));
    // A figure with nothing to show for this model (the demo ships no training log) gets no
    // picture rather than one of its "not available" message.
    if (!window.figureView()->figure().available)
        return true;
    QPixmap shot = window.screen()->grabWindow(window.winId());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // Quality 0 = the strongest PNG compression: the files are committed.
    if (shot.isNull() || !shot.save(&buffer, "PNG", 0))
        return fail(
            ScreenshotTour::tr("Cannot take a screenshot of %1").arg(QString::fromStdString(name)));
    if (const QString why = render::writeFileBytes(file, png); !why.isEmpty())
        return fail(ScreenshotTour::tr("Cannot write %1: %2").arg(file, why));
    return true;
}

}  // namespace

bool takeStageScreenshots(MainWindow& window, Session& session, const QString& folder,
                          QString* error) {
    std::function<bool(const QString&)> fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(folder))
        return fail(ScreenshotTour::tr("Cannot create the folder %1").arg(folder));
    // The first run loads and runs the model: allow a slow machine a few minutes.
    if (!waitForRun(session, 300000))
        return fail(ScreenshotTour::tr("The run did not finish; no screenshots taken."));
    window.weightsAnalysis()->waitForIdle();  // the weights figures need the statistics
    const auto& groups = figures::figureGroups();
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto shots = figures::tourFigures(groups[i]);
        for (size_t k = 0; k < shots.size(); ++k) {
            // The group's first shot is NN_<group>.png, any further one NN_<figure>.png.
            const std::string& file = k == 0 ? groups[i] : shots[k];
            const QString path = QDir(folder).filePath(QString("%1_%2.png")
                                                           .arg(i + 1, 2, 10, QChar('0'))
                                                           .arg(QString::fromStdString(file)));
            if (!takeShot(window, shots[k], path, fail))
                return false;
        }
    }
    return true;
}

}  // namespace mrcnn::gui
