#include "gui/weights_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/weight_text.h"
#include "gui/figure_choices.h"
#include "gui/load_report_table.h"
#include "gui/weight_diff_panel.h"
#include "gui/weight_table_model.h"
#include "gui/weights_analysis.h"

namespace mrcnn::gui {

namespace {
constexpr const char* kHistogram = figures::figure_ids::kWeightHistogram;
}

WeightsPanel::WeightsPanel(WeightsAnalysis* analysis, FigureChoices* choices, QWidget* parent)
    : QWidget(parent), m_analysis(analysis), m_choices(choices) {
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildTensorTab(), QString());
    m_stages = new views::FigureView(this);
    m_stages->setSummaryLines(2);
    m_tabs->addTab(m_stages, QString());
    m_report = new LoadReportTable(this);
    m_tabs->addTab(m_report, QString());
    m_diff = new WeightDiffPanel(this);
    m_tabs->addTab(m_diff, QString());
    connect(m_diff, &WeightDiffPanel::compareRequested, this, &WeightsPanel::compareRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);

    connect(m_analysis, &WeightsAnalysis::statsChanged, this, &WeightsPanel::onStats);
    connect(m_analysis, &WeightsAnalysis::diffChanged, this, [this] {
        m_diff->setInput(input());
        if (m_analysis->input().diff)
            m_tabs->setCurrentWidget(m_diff);  // the user asked for it: show it
    });
    connect(m_analysis, &WeightsAnalysis::busyChanged, this, &WeightsPanel::onBusy);
    connect(m_choices, &FigureChoices::changed, this, [this](const QString& figure) {
        if (figure == kHistogram) {
            syncHistogramControls();
            refreshHistogram();
        }
    });
    retranslate();
    onStats();
}

QWidget* WeightsPanel::buildTensorTab() {
    auto* tab = new QWidget(this);
    m_filter = new QLineEdit(tab);
    m_filter->setClearButtonEnabled(true);
    m_busy = new QProgressBar(tab);
    m_busy->setRange(0, 0);  // busy indicator: no percentage to give
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_status = new QLabel(tab);
    m_status->setWordWrap(true);  // a long file name wraps instead of being cut
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_busy);
    top->addWidget(m_status, 2);

    m_model = new WeightTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WeightTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);  // any column: layer, name, shape or alert
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(tab);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // network order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString name = current.data(WeightTableModel::TensorNameRole).toString();
                if (!name.isEmpty())
                    m_choices->setValue(kHistogram, "weightTensor", name.toStdString());
            });

    m_histogram = new views::FigureView(tab);
    m_histogram->setSummaryLines(1);
    m_binsLabel = new QLabel(tab);
    m_bins = new QSpinBox(tab);
    const figures::ParamRange bins =
        figures::findFigure(kHistogram)->param("bins")->range;  // declared in the catalog
    m_bins->setRange(int(bins.min), int(bins.max));
    m_bins->setKeyboardTracking(false);
    m_log = new QCheckBox(tab);
    connect(m_bins, &QSpinBox::valueChanged, this,
            [this](int v) { m_choices->setValue(kHistogram, "bins", int64_t{v}); });
    connect(m_log, &QCheckBox::toggled, this,
            [this](bool v) { m_choices->setValue(kHistogram, "logScale", v); });
    syncHistogramControls();
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_binsLabel);
    controls->addWidget(m_bins);
    controls->addWidget(m_log);
    controls->addStretch(1);
    auto* right = new QWidget(tab);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_histogram, 1);

    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setSizes({620, 380});  // proportions: the table's numeric columns in sight
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return tab;
}

void WeightsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        onStats();
    }
    QWidget::changeEvent(event);
}

void WeightsPanel::retranslate() {
    m_tabs->setTabText(0, tr("Tensors"));
    m_tabs->setTabText(1, tr("Stages"));
    m_tabs->setTabText(2, tr("Load report"));
    m_tabs->setTabText(3, tr("Comparison"));
    m_filter->setPlaceholderText(tr("Filter by layer, weight, shape or alert…"));
    m_binsLabel->setText(tr("Bins"));
    m_log->setText(tr("Log scale"));
    m_log->setToolTip(tr("Counts on a logarithmic axis"));
}

figures::FigureInput WeightsPanel::input() const {
    figures::FigureInput in;
    in.weights = m_analysis->input();
    in.options = m_choices->options(kHistogram);
    return in;
}

void WeightsPanel::syncHistogramControls() {
    const figures::FigureOptions o = m_choices->options(kHistogram);
    const QSignalBlocker blockBins(m_bins), blockLog(m_log);
    m_bins->setValue(o.histogramBins);
    m_log->setChecked(o.histogramLog);
    // The options bar may have picked another tensor: the table follows.
    const QString row = m_table->currentIndex().data(WeightTableModel::TensorNameRole).toString();
    if (!o.weightTensor.empty() && o.weightTensor != row.toStdString())
        selectTensor(QString::fromStdString(o.weightTensor));
}

void WeightsPanel::onBusy(bool busy) {
    m_busy->setVisible(busy);
    if (busy)
        m_status->setText(m_analysis->busyText());
    else
        onStats();
}

void WeightsPanel::onStats() {
    const auto& w = m_analysis->input();
    m_model->setStats(w.stats);
    m_table->resizeColumnsToContents();
    if (w.stats) {
        int alerts = 0;
        for (const auto& t : w.stats->tensors)
            alerts += !t.alerts.empty();
        m_status->setText(tr("%1: %2 tensors, %3 parameters, %4 with alerts")
                              .arg(QFileInfo(QString::fromStdString(w.path)).fileName())
                              .arg(w.stats->tensors.size())
                              .arg(figures::groupedNumber(w.stats->totalParameters))
                              .arg(alerts));
    } else if (m_analysis->busy()) {
        m_status->setText(m_analysis->busyText());
    } else {
        m_status->setText(w.path.empty() ? tr("No weight file: the model was not opened from "
                                              "a .h5 file.")
                                         : QString());
    }
    m_status->setToolTip(m_status->text());
    // Keep the tensor the user chose when it is in the new file; else the first row.
    if (!selectTensor(selectedTensor()) && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    refreshHistogram();
    m_stages->setFigure(figures::buildFigure(figures::figure_ids::kWeightStages, input()));
    m_diff->setInput(input());
}

bool WeightsPanel::selectTensor(const QString& name) {
    if (name.isEmpty())
        return false;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(WeightTableModel::TensorNameRole).toString() == name) {
            m_table->selectRow(r);  // the row's change sets the figure's tensor
            m_choices->setValue(kHistogram, "weightTensor", name.toStdString());
            return true;
        }
    return false;
}

QString WeightsPanel::selectedTensor() const {
    return QString::fromStdString(m_choices->options(kHistogram).weightTensor);
}

QString WeightsPanel::statusText() const {
    return m_status->text();
}

void WeightsPanel::refreshHistogram() {
    m_histogram->setFigure(figures::buildFigure(kHistogram, input()));
}

void WeightsPanel::setLoadReport(const LoadReport* report) {
    if (report)
        m_report->setReport(*report);
    else
        m_report->clearReport();
}

}  // namespace mrcnn::gui
