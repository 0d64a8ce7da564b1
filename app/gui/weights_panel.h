#pragma once
// The Weights dock: every weight tensor of the model's .h5 in a sortable, searchable table
// with the original's alerts, the histogram of the selected tensor (bins and log scale
// adjustable), the parameters per stage, the load report and the comparison with a second
// file. It shows what WeightsAnalysis worked out; a busy line while that runs. The tensor, bins
// and log scale are the histogram figure's parameters, kept in FigureChoices: the options bar
// above the figure and these controls set the same values.

#include <QWidget>

#include "figures/figure_input.h"
#include "weights/weight_loader.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace mrcnn::views {
class FigureView;
}

namespace mrcnn::gui {

class FigureChoices;
class LoadReportTable;
class WeightDiffPanel;
class WeightTableModel;
class WeightsAnalysis;

class WeightsPanel : public QWidget {
    Q_OBJECT
public:
    WeightsPanel(WeightsAnalysis* analysis, FigureChoices* choices, QWidget* parent = nullptr);

    void setLoadReport(const LoadReport* report);  // nullptr: no model
    // Selects a tensor by its name in the file; false when the table has no such row.
    bool selectTensor(const QString& name);
    QString selectedTensor() const;

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    WeightTableModel* tableModel() const { return m_model; }
    QLineEdit* filter() const { return m_filter; }
    QSpinBox* bins() const { return m_bins; }
    QCheckBox* logScale() const { return m_log; }
    views::FigureView* histogram() const { return m_histogram; }
    views::FigureView* stages() const { return m_stages; }
    LoadReportTable* loadReport() const { return m_report; }
    WeightDiffPanel* comparison() const { return m_diff; }
    QString statusText() const;

Q_SIGNALS:
    void compareRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildTensorTab();
    void retranslate();
    void onStats();
    void onBusy(bool busy);
    void refreshHistogram();
    void syncHistogramControls();  // from the choices: the bins, log scale and selected row
    figures::FigureInput input() const;

    WeightsAnalysis* m_analysis;
    FigureChoices* m_choices;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableView* m_table = nullptr;
    WeightTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_binsLabel = nullptr;
    QSpinBox* m_bins = nullptr;
    QCheckBox* m_log = nullptr;
    views::FigureView* m_histogram = nullptr;
    views::FigureView* m_stages = nullptr;
    LoadReportTable* m_report = nullptr;
    WeightDiffPanel* m_diff = nullptr;
};

}  // namespace mrcnn::gui
