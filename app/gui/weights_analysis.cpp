#include "gui/weights_analysis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <utility>

#include "figures/weight_text.h"
#include "figures/weights_loading.h"
#include "training/trainer.h"

namespace mrcnn::gui {

WeightsAnalysis::WeightsAnalysis(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);  // in order: a comparison follows the file it needs
}

WeightsAnalysis::~WeightsAnalysis() {
    m_pool.waitForDone();
}

void WeightsAnalysis::run(const QString& text, std::function<Outcome()> job,
                          std::function<void(Outcome&)> done) {
    auto* watcher = new QFutureWatcher<Outcome>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation, done = std::move(done)] {
                Outcome outcome = watcher->result();
                watcher->deleteLater();
                --m_running;
                if (generation == m_generation) {
                    if (!outcome.error.isEmpty())
                        Q_EMIT failed(outcome.error);
                    else
                        done(outcome);
                }
                if (m_running == 0) {
                    m_busyText.clear();
                    Q_EMIT busyChanged(false);
                }
            });
    ++m_running;
    m_busyText = text;
    watcher->setFuture(QtConcurrent::run(&m_pool, [job = std::move(job)]() -> Outcome {
        try {
            return job();
        } catch (const std::exception& e) {
            return {{}, QString::fromStdString(e.what())};
        }
    }));
    Q_EMIT busyChanged(true);
}

void WeightsAnalysis::open(const QString& path) {
    ++m_generation;
    m_input = {};
    m_pendingCompare.clear();
    Q_EMIT statsChanged();
    Q_EMIT diffChanged();
    Q_EMIT historyChanged();
    if (path.isEmpty())
        return;
    m_input.path = path.toStdString();
    // The log beside a checkpoint is a few kilobytes: read here, at once.
    if (auto files = training::findTrainingLogsBeside(m_input.path)) {
        try {
            m_input.history = std::make_shared<const training::TrainingHistory>(
                training::readTrainingHistory(*files));
            Q_EMIT historyChanged();
        } catch (const std::exception& e) {
            Q_EMIT failed(tr("The training log beside %1 cannot be read: %2")
                              .arg(QFileInfo(path).fileName(), QString::fromStdString(e.what())));
        }
    }
    const std::string file = m_input.path;
    run(
        tr("Computing the statistics of %1…").arg(QFileInfo(path).fileName()),
        [file] {
            return Outcome{figures::analyseWeights(file), {}};
        },
        [this, path](Outcome& o) {
            m_input.file = std::move(o.input.file);
            m_input.stats = std::move(o.input.stats);
            Q_EMIT statsChanged();
            if (!m_pendingCompare.isEmpty())
                startCompare(std::exchange(m_pendingCompare, QString()));
        });
}

void WeightsAnalysis::compare(const QString& path) {
    if (m_input.path.empty()) {
        Q_EMIT failed(tr("Open a model from a .h5 file first: there is nothing to compare %1 "
                         "with.")
                          .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!m_input.file) {  // still reading A: compare when it is there
        m_pendingCompare = path;
        return;
    }
    startCompare(path);
}

void WeightsAnalysis::startCompare(const QString& path) {
    figures::WeightsInput a;
    a.file = m_input.file;
    const std::string b = path.toStdString();
    const QString name = QFileInfo(path).fileName();
    run(
        tr("Comparing with %1…").arg(name),
        [a, b]() mutable {
            try {
                figures::compareWeights(a, b);
            } catch (const std::exception& e) {
                return Outcome{{},
                               tr("Cannot compare with %1: %2")
                                   .arg(QString::fromStdString(b), QString::fromUtf8(e.what()))};
            }
            return Outcome{a, {}};
        },
        [this](Outcome& o) {
            m_input.diff = std::move(o.input.diff);
            m_input.comparePath = o.input.comparePath;
            Q_EMIT diffChanged();
            if (m_input.diff->unrelated())  // kept (the dock says so too), and reported
                Q_EMIT failed(figures::unrelatedText(QString::fromStdString(m_input.path),
                                                     QString::fromStdString(m_input.comparePath)));
        });
}

bool WeightsAnalysis::openTrainingLog(const QString& path, QString* error) {
    try {
        training::TrainingHistory history = training::readTrainingHistory(path.toStdString());
        // A log opened by hand from the folder of the loaded checkpoint still marks it.
        std::error_code ec;
        if (!history.files.checkpointEpoch && !m_input.path.empty() &&
            std::filesystem::equivalent(std::filesystem::path(m_input.path).parent_path(),
                                        history.files.folder, ec))
            history.files.checkpointEpoch = training::checkpointEpoch(m_input.path);
        m_input.history = std::make_shared<const training::TrainingHistory>(std::move(history));
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Cannot open the training log: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    Q_EMIT historyChanged();
    return true;
}

void WeightsAnalysis::waitForIdle() {
    while (m_running > 0) {
        m_pool.waitForDone();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

}  // namespace mrcnn::gui
