#pragma once
// Recomputes an evaluation's numbers at a new minimum confidence off the GUI thread, from the
// detections the run kept down to confidence 0 (no model run). Requests made while one is
// computing are merged: only the latest runs next, so dragging a threshold never queues work.

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

#include "gui/dataset_evaluation.h"

namespace mrcnn::gui {

class EvaluationRefilter : public QObject {
    Q_OBJECT
public:
    explicit EvaluationRefilter(QObject* parent = nullptr);
    ~EvaluationRefilter() override;  // waits for the one computing

    void request(std::shared_ptr<const EvaluatedDetections> evaluated, double minScore);
    void forget();  // a new evaluation or dataset: pending and computing results are dropped
    bool busy() const { return m_running || m_pending.has_value(); }
    void waitForIdle();  // tests

Q_SIGNALS:
    void ready(std::shared_ptr<const mrcnn::metrics::EvaluationReport> report);
    void failed(const QString& message);

private:
    struct Request {
        std::shared_ptr<const EvaluatedDetections> evaluated;
        double minScore = 0;
    };
    void startNext();

    QThreadPool m_pool;
    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_generation = 0;  // forget() makes results of older generations void
};

}  // namespace mrcnn::gui
