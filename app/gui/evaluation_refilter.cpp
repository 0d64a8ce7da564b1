#include "gui/evaluation_refilter.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace mrcnn::gui {

EvaluationRefilter::EvaluationRefilter(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

EvaluationRefilter::~EvaluationRefilter() {
    m_pool.waitForDone();
}

void EvaluationRefilter::request(std::shared_ptr<const EvaluatedDetections> evaluated,
                                 double minScore) {
    m_pending = Request{std::move(evaluated), minScore};
    if (!m_running)
        startNext();
}

void EvaluationRefilter::forget() {
    m_pending.reset();
    ++m_generation;
}

void EvaluationRefilter::waitForIdle() {
    while (busy()) {
        m_pool.waitForDone(20);
        QCoreApplication::processEvents();
    }
}

void EvaluationRefilter::startNext() {
    if (!m_pending)
        return;
    const Request request = *m_pending;
    m_pending.reset();
    m_running = true;
    const quint64 generation = m_generation;
    m_pool.start([this, request, generation] {
        std::shared_ptr<const metrics::EvaluationReport> report;
        QString error;
        try {
            report = reportAt(request.evaluated, request.minScore);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, report, error, generation] {
            m_running = false;
            // Shown even when a newer threshold waits: while a slider moves, the numbers follow.
            if (generation == m_generation) {
                if (report)
                    Q_EMIT ready(report);
                else
                    Q_EMIT failed(error);
            }
            startNext();
        });
    });
}

}  // namespace mrcnn::gui
