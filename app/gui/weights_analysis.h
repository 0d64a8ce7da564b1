#pragma once
// What the Weights dock and the training view show, worked out off the GUI thread: the model's
// weight file read again and its statistics computed (seconds for a 257 MB file), a second
// file compared with it, and the training log found beside it or opened by hand. Jobs run one
// at a time in order on a private pool; a result that a newer request made stale is dropped.

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

#include "figures/figure_input.h"

namespace mrcnn::gui {

class WeightsAnalysis : public QObject {
    Q_OBJECT
public:
    explicit WeightsAnalysis(QObject* parent = nullptr);
    ~WeightsAnalysis() override;  // waits for the running job

    // Reads the file and computes its statistics in the background; the comparison is
    // dropped, and the training log beside the file (if any) is read. "" clears everything.
    void open(const QString& path);
    // Compares the open file (A) with `path` (B) in the background.
    void compare(const QString& path);
    // A training folder, training_log.csv, training_steps.csv or a checkpoint beside them.
    // False with `error` set for a missing or malformed log; the previous log stays.
    bool openTrainingLog(const QString& path, QString* error);

    const figures::WeightsInput& input() const { return m_input; }
    bool busy() const { return m_running > 0; }
    QString busyText() const { return m_busyText; }
    // Blocks until every job has finished and its result has arrived (tests).
    void waitForIdle();

Q_SIGNALS:
    void statsChanged();    // a new file (or none), with its statistics
    void diffChanged();     // a comparison came or went
    void historyChanged();  // a training log came or went
    void busyChanged(bool busy);
    void failed(const QString& message);

private:
    struct Outcome {
        figures::WeightsInput input;  // the parts the job filled
        QString error;
    };
    void run(const QString& text, std::function<Outcome()> job, std::function<void(Outcome&)> done);
    void startCompare(const QString& path);

    QThreadPool m_pool;
    figures::WeightsInput m_input;
    QString m_pendingCompare;  // asked for while the file was still being read
    QString m_busyText;
    int m_running = 0;
    quint64 m_generation = 0;  // bumped by open(): older results are stale
};

}  // namespace mrcnn::gui
