#include "gui/export_all.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "figures/figure_catalog.h"

namespace mrcnn::gui {

namespace {
bool isChart(const views::Figure& f) {
    return views::isChartKind(f.kind);
}

void write(ExportAllReport& report, const views::Figure& f, const QString& path) {
    auto result = views::exportFigure(f, render::RenderOptions{}, path);
    if (result.ok)
        report.written << QFileInfo(path).fileName();
    else
        report.failed << QString::fromStdString(f.name) + ": " + result.error;
}
}  // namespace

QString ExportAllReport::summary() const {
    if (!error.isEmpty())
        return error;
    QStringList parts;
    parts << ExportAllJob::tr("Wrote %n %1 file(s) to %2.", nullptr, int(written.size()))
                 .arg(format.toUpper(), QDir::toNativeSeparators(folder));
    if (cancelled)
        parts << ExportAllJob::tr("Cancelled: %n figure(s) not exported.", nullptr,
                                  int(total - written.size() - skipped.size() - failed.size()));
    if (!skipped.isEmpty())
        parts << ExportAllJob::tr("Skipped %n figure(s) this run cannot show:", nullptr,
                                  int(skipped.size()))
              << skipped.join('\n');
    if (!failed.isEmpty())
        parts << ExportAllJob::tr("%n figure(s) failed:", nullptr, int(failed.size()))
              << failed.join('\n');
    return parts.join('\n');
}

ExportAllReport exportAllFigures(const figures::FigureInput& input, const OptionsByFigure& options,
                                 const QString& folder, const QString& format,
                                 const ExportProgress& progress, bool deferCharts) {
    ExportAllReport report;
    report.folder = folder;
    report.format = format;
    const auto& catalog = figures::figureCatalog();
    report.total = static_cast<int>(catalog.size());
    if (!input.inspection) {
        report.error = ExportAllJob::tr("Nothing to export: no run yet.");
        return report;
    }
    if (!QDir().mkpath(folder)) {
        report.error = ExportAllJob::tr("Cannot create the folder %1.").arg(folder);
        return report;
    }
    int done = 0;
    for (const auto& info : catalog) {
        const QString name = QString::fromStdString(info.name);
        if (progress && !progress(done, report.total, name)) {
            report.cancelled = true;
            break;
        }
        ++done;
        views::Figure f;
        figures::FigureInput in = input;
        if (auto it = options.find(info.name); it != options.end())
            in.options = it->second;
        try {
            f = figures::buildFigure(info.name, in);
        } catch (const std::exception& e) {
            report.failed << name + ": " + QString::fromStdString(e.what());
            continue;
        }
        if (!f.available) {
            report.skipped << name + ": " + f.unavailableReason;
            continue;
        }
        const QString path = QDir(folder).filePath(name + "." + format);
        if (deferCharts && isChart(f))
            report.charts.emplace_back(std::move(f), path);
        else
            write(report, f, path);
    }
    return report;
}

void writeCharts(ExportAllReport& report, const ExportProgress& progress) {
    auto charts = std::move(report.charts);
    report.charts.clear();
    const int done =
        static_cast<int>(report.written.size() + report.skipped.size() + report.failed.size());
    for (size_t i = 0; i < charts.size(); ++i) {
        const QString name = QString::fromStdString(charts[i].first.name);
        if (progress && !progress(done + static_cast<int>(i), report.total, name)) {
            report.cancelled = true;
            return;
        }
        write(report, charts[i].first, charts[i].second);
    }
}

ExportAllJob::ExportAllJob(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<ExportAllReport>::finished, this,
            &ExportAllJob::onWorkerDone);
}

ExportAllJob::~ExportAllJob() {
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ExportAllJob::start(const figures::FigureInput& input, const OptionsByFigure& options,
                         const QString& folder, const QString& format) {
    if (m_busy)
        return;
    m_busy = true;
    m_cancel = false;
    ExportProgress report = [this](int done, int total, const QString& name) {
        QMetaObject::invokeMethod(
            this, [this, done, total, name] { Q_EMIT progress(done, total, name); },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_watcher.setFuture(QtConcurrent::run([input, options, folder, format, report] {
        return exportAllFigures(input, options, folder, format, report, true);
    }));
}

void ExportAllJob::onWorkerDone() {
    m_report = m_watcher.result();
    if (!m_report.cancelled && m_report.error.isEmpty())
        writeCharts(m_report, [this](int done, int total, const QString& name) {
            Q_EMIT progress(done, total, name);
            return !m_cancel.load();
        });
    m_report.charts.clear();
    m_busy = false;
    Q_EMIT finished(m_report);
}

}  // namespace mrcnn::gui
