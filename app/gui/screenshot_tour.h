#pragma once
// `mrcnn-inspector --screenshots DIR`: shows the figures the catalog marks for the tour
// (`tourShot`; else each group's first) in the real window, one after the other, and saves what
// the display shows of the window as DIR/NN_<group>.png, a group's further shots as
// DIR/NN_<figure>.png (packaging/screenshots.sh runs it under Xvfb for docs/screenshots).
// The grab goes through the screen (QScreen::grabWindow on the window id), not the widget's
// own rendering, so the files are what a person would see, decorations of the toolkit included.

#include <QString>

#include <string>

namespace mrcnn::gui {

class MainWindow;
class Session;

// The group's first tour figure (figures::tourFigures): the one that best tells the stage.
std::string screenshotFigure(const std::string& group);

// Waits (running the event loop) for the session's run, then takes one screenshot per group.
// Returns false with `error` set when the run does not finish in time, fails, or a file cannot
// be written.
bool takeStageScreenshots(MainWindow& window, Session& session, const QString& folder,
                          QString* error);

}  // namespace mrcnn::gui
