#pragma once
// The Weights dock's comparison tab: "Compare with…" a second .h5 (B, the reference), a table
// of every tensor's relative change ‖a − b‖ / ‖b‖ plus the tensors in one file only and the
// shape changes, and the chart of change by layer in network order. Two unrelated files say
// so instead of showing an empty table.

#include <QWidget>

#include "figures/figure_input.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace mrcnn::views {
class FigureView;
}

namespace mrcnn::gui {

class WeightDiffPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Layer, Name, Change, Status, ColumnCount };

    explicit WeightDiffPanel(QWidget* parent = nullptr);

    void setInput(const figures::FigureInput& input);
    QTableWidget* table() const { return m_table; }
    views::FigureView* chart() const { return m_chart; }
    QString summaryText() const;
    // Rows whose tensor changed (relative change ≠ 0), as "layer/name" (tests).
    QStringList changedTensors() const;

Q_SIGNALS:
    void compareRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    figures::FigureInput m_input;
    QPushButton* m_compare = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    views::FigureView* m_chart = nullptr;
};

}  // namespace mrcnn::gui
