#pragma once
// The evaluation's summary tab: COCOeval's twelve numbers for boxes and masks (the table of
// `mrcnn eval`) and the original's mean per-image mAP, at the minimum confidence shown.

#include <QWidget>

#include "gui/evaluation_context.h"

class QAbstractItemModel;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace mrcnn::gui {

class EvaluationSummary : public QWidget {
    Q_OBJECT
public:
    static QStringList statNames();  // COCOeval.summarize()'s twelve, translated
    explicit EvaluationSummary(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);
    QTableView* table() const { return m_table; }
    const QAbstractItemModel& model() const;
    QString text() const;  // the line above the table

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    EvaluationContext m_context;
    QLabel* m_text = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

}  // namespace mrcnn::gui
