#pragma once
// File ▸ Export all figures: every figure of the catalogue built from one run and written to
// FOLDER/NAME.FORMAT. Building and writing run on a worker thread (scenes, grids and overlaps
// are painted on QImage/SVG/PDF devices, which any thread may use); only the charts, which Qt
// Charts draws through a QGraphicsScene, are written on the GUI thread at the end. The run is
// a snapshot: thresholds or images changed meanwhile do not touch the export.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "figure/figure.h"
#include "figures/figure_input.h"

namespace mrcnn::gui {

struct ExportAllReport {
    QString folder;
    QString format;
    int total = 0;        // figures in the catalogue
    QStringList written;  // file names
    QStringList skipped;  // "name: why" — figures this run cannot show
    QStringList failed;   // "name: error"
    bool cancelled = false;
    QString error;  // the folder itself could not be made
    // Charts left for the GUI thread: (figure, path).
    std::vector<std::pair<views::Figure, QString>> charts;

    bool ok() const { return error.isEmpty() && failed.isEmpty() && !cancelled; }
    // For people: where, how many, what was skipped or failed.
    QString summary() const;
};

// Progress callback: (figures done, total, figure being written); returns false to cancel.
using ExportProgress = std::function<bool(int, int, const QString&)>;

// Each figure's own options by name (a figure not listed draws with input.options).
using OptionsByFigure = std::map<std::string, figures::FigureOptions>;

// Builds and writes every figure. With `deferCharts` the charts are left in `charts` for
// writeCharts() (call it on the GUI thread); without, they are written here (GUI thread only).
ExportAllReport exportAllFigures(const figures::FigureInput& input, const OptionsByFigure& options,
                                 const QString& folder, const QString& format,
                                 const ExportProgress& progress, bool deferCharts);
// Writes the deferred charts of `report` (GUI thread), moving each to written or failed.
void writeCharts(ExportAllReport& report, const ExportProgress& progress);

// The background export: start(), progress(), cancel(), finished(report).
class ExportAllJob : public QObject {
    Q_OBJECT
public:
    explicit ExportAllJob(QObject* parent = nullptr);
    ~ExportAllJob() override;  // cancels and waits for the worker

    bool busy() const { return m_busy; }
    void start(const figures::FigureInput& input, const OptionsByFigure& options,
               const QString& folder, const QString& format);
    void cancel() { m_cancel = true; }
    const ExportAllReport& lastReport() const { return m_report; }

Q_SIGNALS:
    void progress(int done, int total, const QString& figure);
    void finished(const mrcnn::gui::ExportAllReport& report);

private:
    void onWorkerDone();

    QFutureWatcher<ExportAllReport> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_busy = false;
    ExportAllReport m_report;
};

}  // namespace mrcnn::gui
