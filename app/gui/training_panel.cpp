#include "gui/training_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

#include "charts/charts.h"
#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "gui/demo_model.h"
#include "gui/weights_analysis.h"

namespace mrcnn::gui {

TrainingPanel::TrainingPanel(WeightsAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_analysis(analysis) {
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(this);
    connect(m_open, &QPushButton::clicked, this, &TrainingPanel::openRequested);
    m_training = new QCheckBox(this);
    m_validation = new QCheckBox(this);
    for (QCheckBox* box : {m_training, m_validation}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &TrainingPanel::refresh);
    }
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_training);
    top->addWidget(m_validation);
    top->addWidget(m_open);
    m_boxes = new QHBoxLayout;
    m_boxes->setSpacing(12);
    m_tabs = new QTabWidget(this);
    m_epochs = new views::FigureView(this);
    m_epochs->setSummaryLines(1);
    m_steps = new views::FigureView(this);
    m_steps->setSummaryLines(1);
    m_lr = new views::FigureView(this);
    m_lr->setSummaryLines(1);
    m_tabs->addTab(m_epochs, QString());
    m_tabs->addTab(m_steps, QString());
    m_tabs->addTab(m_lr, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(m_boxes);
    layout->addWidget(m_tabs, 1);
    connect(m_analysis, &WeightsAnalysis::historyChanged, this, [this] {
        rebuildBoxes();
        refresh();
    });
    retranslate();
    rebuildBoxes();
    refresh();
}

void TrainingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TrainingPanel::retranslate() {
    m_open->setText(tr("Open training log…"));
    m_training->setText(tr("Training"));
    m_validation->setText(tr("Validation (dashed)"));
    m_tabs->setTabText(0, tr("Per epoch"));
    m_tabs->setTabText(1, tr("Per step"));
    m_tabs->setTabText(2, tr("Learning rate"));
}

QCheckBox* TrainingPanel::seriesBox(const QString& column) const {
    auto it = m_series.find(column.toStdString());
    return it == m_series.end() ? nullptr : it->second;
}

QString TrainingPanel::headerText() const {
    return m_header->text();
}

void TrainingPanel::rebuildBoxes() {
    for (auto& [name, box] : m_series)
        delete box;
    m_series.clear();
    while (QLayoutItem* item = m_boxes->takeAt(0))  // the stretch
        delete item;
    const auto& h = m_analysis->input().history;
    // One box per loss of either log, in the log's order and its curves' colour.
    std::vector<std::string> losses;
    bool validation = false;
    if (h)
        for (const auto* t : {h->epochs ? &*h->epochs : nullptr, h->steps ? &*h->steps : nullptr}) {
            if (!t)
                continue;
            for (const auto& c : t->columns) {
                if (c == "epoch" || c == "step" || c == "lr")
                    continue;
                const bool val = c.rfind("val_", 0) == 0;
                validation = validation || val;
                const std::string base = val ? c.substr(4) : c;
                if (std::find(losses.begin(), losses.end(), base) == losses.end())
                    losses.push_back(base);
            }
        }
    for (size_t i = 0; i < losses.size(); ++i) {
        auto* box = new QCheckBox(QString::fromStdString(losses[i]), this);
        box->setChecked(true);
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }")
                               .arg(views::chartColour(static_cast<int>(i)).darker(130).name()));
        connect(box, &QCheckBox::toggled, this, &TrainingPanel::refresh);
        m_boxes->addWidget(box);
        m_series[losses[i]] = box;
    }
    m_boxes->addStretch(1);
    m_training->setVisible(h != nullptr);
    m_validation->setVisible(validation);
}

void TrainingPanel::refresh() {
    figures::FigureInput in;
    in.weights.history = m_analysis->input().history;
    for (const auto& [name, box] : m_series) {
        if (!box->isChecked() || !m_training->isChecked())
            in.options.hiddenSeries.push_back(name);
        if (!box->isChecked() || !m_validation->isChecked())
            in.options.hiddenSeries.push_back("val_" + name);
    }
    // The boxes name the curves in their colours: the chart keeps its height for the curves.
    auto show = [&in](views::FigureView* view, const char* name) {
        views::Figure f = figures::buildFigure(name, in);
        f.lines.legend = false;
        view->setFigure(f);
    };
    show(m_epochs, figures::figure_ids::kTrainingEpochs);
    show(m_steps, figures::figure_ids::kTrainingSteps);
    show(m_lr, figures::figure_ids::kTrainingLearningRate);
    const auto& h = in.weights.history;
    if (!h) {
        m_header->setText(
            tr("No training log. A model opened from a training folder of "
               "`mrcnn train` shows its history here."));
        return;
    }
    const QString folder = QString::fromStdString(h->files.folder);
    const QString demo = demoUnpackFolder();
    QString text = !demo.isEmpty() && QDir(folder) == QDir(demo)
                       ? tr("Training run of the embedded demo model")
                       : tr("Training run in %1").arg(QDir::toNativeSeparators(folder));
    if (h->epochs)
        text += " — " + tr("%n epoch(s) logged", nullptr, static_cast<int>(h->epochs->rows.size()));
    if (h->steps)
        text += " — " + tr("%n step(s) logged", nullptr, static_cast<int>(h->steps->rows.size()));
    if (h->files.checkpointEpoch)
        text += " — " + tr("loaded checkpoint: epoch %1").arg(*h->files.checkpointEpoch);
    m_header->setText(text);
}

}  // namespace mrcnn::gui
