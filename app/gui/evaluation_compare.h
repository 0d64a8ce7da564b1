#pragma once
// The Evaluation dock's Compare tab: this evaluation against a saved one (another model or
// checkpoint on the same dataset), both at the minimum confidence shown — every number side by
// side with its difference, and the images whose AP@0.5 changed most, each opening in the
// inspector.

#include <QWidget>

#include <memory>
#include <optional>

#include "gui/dataset_evaluation.h"
#include "gui/evaluation_context.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mrcnn::gui {

class EvaluationCompare : public QWidget {
    Q_OBJECT
public:
    // The Δ columns sort by the size of the change (Qt::UserRole); the signed change is here.
    static constexpr int kSignedDeltaRole = Qt::UserRole + 3;

    explicit EvaluationCompare(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);
    // The evaluation compared with (read from `name`); recomputed at this one's minimum
    // confidence whenever that changes.
    void setOther(const DatasetEvaluationResult& other, const QString& name);
    // Reads a saved evaluation in the background, then setOther; failures go to failed().
    void openOther(const QString& path);
    bool busy() const { return m_busy; }
    bool hasOther() const { return m_other.has_value(); }

    QTableView* numbers() const { return m_numbers; }
    QTableView* images() const { return m_images; }  // sorted by |ΔAP@0.5|, largest first
    const QStandardItemModel& numbersModel() const { return *m_numbersModel; }
    QString note() const;  // what is compared, or why nothing is

Q_SIGNALS:
    void imageRequested(qint64 datasetIndex);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void askOther();
    void fill();
    void retranslate();

    EvaluationContext m_context;
    std::optional<DatasetEvaluationResult> m_other;
    QString m_otherName;
    bool m_busy = false;
    QPushButton* m_open = nullptr;
    QLabel* m_note = nullptr;
    QStandardItemModel* m_numbersModel = nullptr;
    QTableView* m_numbers = nullptr;
    QStandardItemModel* m_imagesModel = nullptr;
    QSortFilterProxyModel* m_sortedImages = nullptr;
    QTableView* m_images = nullptr;
};

}  // namespace mrcnn::gui
