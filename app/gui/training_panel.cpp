#include "gui/training_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
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
#include "gui/weights_analysis.h"

namespace mrcnn::gui {

TrainingPanel::TrainingPanel(WeightsAnalysis* analysis, QWidget* parent)
    : QWidget(parent), m_analysis(analysis) {
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(this);
    connect(m_open, &QPushButton::clicked, this, &TrainingPanel::openRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_open);
    m_boxes = new QGridLayout;
    m_boxes->setHorizontalSpacing(12);
    m_tabs = new QTabWidget(this);
    m_epochs = new views::FigureView(this);
    m_steps = new views::FigureView(this);
    m_lr = new views::FigureView(this);
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
    const auto& h = m_analysis->input().history;
    if (!h)
        return;
    // Every loss column of either log: training ones on the first row, validation below, each
    // in its curve's colour.
    std::vector<std::string> training, validation;
    std::set<std::string> seen;
    for (const auto* t : {h->epochs ? &*h->epochs : nullptr, h->steps ? &*h->steps : nullptr}) {
        if (!t)
            continue;
        for (const auto& c : t->columns)
            if (c != "epoch" && c != "step" && c != "lr" && seen.insert(c).second)
                (c.rfind("val_", 0) == 0 ? validation : training).push_back(c);
    }
    auto add = [this, &training](const std::string& c, int row, int column) {
        auto* box = new QCheckBox(QString::fromStdString(c), this);
        box->setChecked(true);
        const std::string base = c.rfind("val_", 0) == 0 ? c.substr(4) : c;
        const auto it = std::find(training.begin(), training.end(), base);
        const int colour = static_cast<int>(it - training.begin());
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; }")
                               .arg(views::chartColour(colour).darker(130).name()));
        connect(box, &QCheckBox::toggled, this, &TrainingPanel::refresh);
        m_boxes->addWidget(box, row, column);
        m_series[c] = box;
    };
    for (size_t i = 0; i < training.size(); ++i)
        add(training[i], 0, static_cast<int>(i));
    for (size_t i = 0; i < validation.size(); ++i)
        add(validation[i], 1, static_cast<int>(i));
}

void TrainingPanel::refresh() {
    figures::FigureInput in;
    in.weights.history = m_analysis->input().history;
    for (const auto& [name, box] : m_series)
        if (!box->isChecked())
            in.options.hiddenSeries.push_back(name);
    m_epochs->setFigure(figures::buildFigure("training_history", in));
    m_steps->setFigure(figures::buildFigure("training_steps", in));
    m_lr->setFigure(figures::buildFigure("training_learning_rate", in));
    const auto& h = in.weights.history;
    if (!h) {
        m_header->setText(
            tr("No training log. A model opened from a training folder of "
               "`mrcnn train` shows its history here."));
        return;
    }
    QString text = tr("Training run in %1")
                       .arg(QDir::toNativeSeparators(QString::fromStdString(h->files.folder)));
    if (h->epochs)
        text += " — " + tr("%n epoch(s) logged", nullptr, static_cast<int>(h->epochs->rows.size()));
    if (h->steps)
        text += " — " + tr("%n step(s) logged", nullptr, static_cast<int>(h->steps->rows.size()));
    if (h->files.checkpointEpoch)
        text += " — " + tr("loaded checkpoint: epoch %1").arg(*h->files.checkpointEpoch);
    m_header->setText(text);
}

}  // namespace mrcnn::gui
