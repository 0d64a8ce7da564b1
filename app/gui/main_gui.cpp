// mrcnn-inspector: the desktop inspector. Opens on the embedded demo model and image, or on
// the model and image given on the command line. --screenshots DIR (hidden; used by
// packaging/screenshots.sh) saves one screenshot per stage of the demo run and exits.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <iostream>

#include "gui/demo_model.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/model_dialog.h"
#include "gui/screenshot_tour.h"
#include "runtime/conv_autotune.h"
#include "runtime/runtime.h"
#include "runtime/startup_environment.h"
#include "utils/image_header.h"
#include "weights/child_read_guard.h"

int main(int argc, char** argv) {
    mrcnn::restartWithTunedEnvironment(argv);
    mrcnn::configureRuntime();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspector");
    QApplication::setApplicationName("mrcnn-inspector");
    // The installed desktop entry (resources/linux): Wayland matches windows to it by this name.
    QGuiApplication::setDesktopFileName("io.github.mrcnn_inspector.Inspector");
    QApplication::setApplicationVersion(MRCNN_VERSION);
    mrcnn::gui::installInitialLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mask R-CNN Inspector"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption weights({"w", "weights"},
                               QApplication::translate("main", "Keras .h5 weights"), "file");
    QCommandLineOption config(
        {"c", "config"}, QApplication::translate("main", "Config preset or JSON file"), "config");
    QCommandLineOption screenshots(
        "screenshots", QApplication::translate("main", "Save a screenshot of each stage and quit"),
        "folder");
    // For the documentation's screenshots only: kept out of --help.
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    // The same limit as `mrcnn --max-image-pixels`, which the refusal message names.
    QCommandLineOption maxPixels(
        "max-image-pixels",
        QApplication::translate("main",
                                "Largest image to decode, in pixels (default 100000000; also "
                                "MRCNN_MAX_IMAGE_PIXELS)"),
        "N");
    QCommandLineOption noAutotune(
        "no-autotune",
        QApplication::translate("main",
                                "Run every convolution channels-last instead of the path "
                                "measured fastest on this machine"));
    parser.addOption(weights);
    parser.addOption(config);
    parser.addOption(maxPixels);
    parser.addOption(noAutotune);
    parser.addOption(screenshots);
    parser.addPositionalArgument(
        "file", QApplication::translate("main", "Image to inspect, or Keras .h5 weights to open"));
    parser.process(app);
    if (parser.isSet(maxPixels)) {
        bool ok = false;
        const qulonglong pixels = parser.value(maxPixels).toULongLong(&ok);
        if (!ok || pixels == 0) {
            std::cerr << QApplication::translate("main",
                                                 "error: --max-image-pixels: \"%1\" is not a "
                                                 "positive whole number of pixels")
                             .arg(parser.value(maxPixels))
                             .toStdString()
                      << "\n";
            return 2;
        }
        mrcnn::setMaxImagePixels(pixels);
    }
    // Each convolution shape's fastest path is measured once per machine and cached.
    if (!parser.isSet(noAutotune))
        mrcnn::ConvAutotune::instance().enable(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation).toStdString());
    // The desktop entry passes whichever file was opened: a weight file is the model.
    QStringList files = parser.positionalArguments();
    QString weightsPath = parser.value(weights);
    if (weightsPath.isEmpty() && !files.isEmpty() &&
        QStringList{"h5", "hdf5", "hdf"}.contains(QFileInfo(files.first()).suffix().toLower()))
        weightsPath = files.takeFirst();

    // The command line beside this program reads each weight file first in a child process,
    // so a file that crashes or hangs HDF5 is refused instead of taking the window with it.
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath("mrcnn");
    if (QFileInfo(cli).isExecutable())
        mrcnn::setWeightsFileGuard(mrcnn::childProcessWeightsGuard(cli.toStdString()));

    mrcnn::gui::Session session;
    mrcnn::gui::MainWindow window(&session);
    if (parser.isSet(screenshots))
        window.resize(1280, 800);  // the same frame for every screenshot, whatever the screen
    window.show();

    mrcnn::gui::DisplayName description;
    QString error;
    std::shared_ptr<const mrcnn::Model> model;
    if (!weightsPath.isEmpty()) {
        std::optional<mrcnn::Config> cfg;
        try {
            if (parser.isSet(config))
                cfg = mrcnn::resolveConfig(parser.value(config).toStdString());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        if (error.isEmpty())
            model = mrcnn::gui::loadModelInBackground(&window, weightsPath, cfg, &error);
        description = QFileInfo(weightsPath).fileName();
    }
    if (!model) {
        QString demoError;
        weightsPath.clear();
        model = mrcnn::gui::loadDemoModel(&description, &demoError, &weightsPath);
        if (!error.isEmpty())
            error += "\n";
        error += demoError;
    }
    if (!error.isEmpty())
        window.reportError(error);
    if (model)
        session.setModel(model, description, weightsPath);
    if (!files.isEmpty())
        window.openImageFile(files.first());
    else {
        QString gtError;
        mrcnn::gui::showDemoImage(session, &gtError);
        if (!gtError.isEmpty())
            window.reportError(gtError);
    }
    if (parser.isSet(screenshots)) {
        QTimer::singleShot(0, &window, [&] {
            QString failure;
            const bool ok = mrcnn::gui::takeStageScreenshots(window, session,
                                                             parser.value(screenshots), &failure);
            if (!ok)
                std::cerr << "error: " << failure.toStdString() << "\n";
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
