#include "gui/weight_diff_panel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/weight_text.h"

namespace mrcnn::gui {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;

// Sorts the change column by its number (unchanged 0, inf and nan after every finite value).
class ChangeItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override {
        const QVariant a = data(kSortRole), b = other.data(kSortRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTableWidgetItem::operator<(other);
    }
};
}  // namespace

WeightDiffPanel::WeightDiffPanel(QWidget* parent) : QWidget(parent) {
    m_compare = new QPushButton(this);
    connect(m_compare, &QPushButton::clicked, this, &WeightDiffPanel::compareRequested);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_chart = new views::FigureView(this);
    m_chart->setSummaryLines(1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setSizes({500, 500});  // proportions: the change column in sight
    auto* top = new QHBoxLayout;
    top->addWidget(m_compare);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    retranslate();
    fill();
}

void WeightDiffPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void WeightDiffPanel::retranslate() {
    m_compare->setText(tr("Compare with…"));
    m_compare->setToolTip(tr("Open a second .h5 (B) and show ‖a − b‖ / ‖b‖ per tensor"));
    m_table->setHorizontalHeaderLabels(
        {tr("Layer"), tr("Weight"), tr("Relative change"), tr("Status")});
}

void WeightDiffPanel::setInput(const figures::FigureInput& input) {
    m_input = input;
    fill();
}

QString WeightDiffPanel::summaryText() const {
    return m_summary->text();
}

QStringList WeightDiffPanel::changedTensors() const {
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QVariant change = m_table->item(r, Change)->data(kSortRole);
        if (change.isValid() && change.toDouble() != 0)
            out << m_table->item(r, Layer)->text() + "/" + m_table->item(r, Name)->text();
    }
    return out;
}

void WeightDiffPanel::fill() {
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_chart->setFigure(figures::buildFigure(figures::figure_ids::kWeightDiff, m_input));
    const auto& diff = m_input.weights.diff;
    m_compare->setEnabled(!m_input.weights.path.empty());
    if (!diff) {
        m_summary->setText(m_input.weights.path.empty()
                               ? tr("Open a model from a .h5 file to compare its weights.")
                               : tr("No second file yet."));
        return;
    }
    const QString a = QString::fromStdString(m_input.weights.path);
    const QString b = QString::fromStdString(m_input.weights.comparePath);
    if (diff->unrelated()) {
        m_summary->setText(figures::unrelatedText(a, b));
        return;
    }
    QStringList summary =
        figures::diffSummary(*diff, QFileInfo(a).fileName(), QFileInfo(b).fileName());
    m_summary->setText(summary.join(" — "));
    auto add = [this](const std::string& layer, const std::string& name, const QString& change,
                      QVariant sortValue, const QString& status, bool highlight) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {QString::fromStdString(layer), QString::fromStdString(name),
                                 change, status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = c == Change ? new ChangeItem(cells[c]) : new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == Change) {
                item->setData(kSortRole, sortValue);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (highlight)
                item->setBackground(QColor(255, 232, 170));
            m_table->setItem(row, c, item);
        }
    };
    for (const TensorChange& t : diff->tensors) {
        const double v = t.relativeChange;
        const double sortValue = std::isnan(v) ? HUGE_VAL : v;
        add(t.layer, t.name, figures::changeText(v), sortValue,
            v == 0 ? tr("unchanged") : tr("changed"), v != 0);
    }
    for (const TensorRef& t : diff->onlyInA)
        add(t.layer, t.name, QString(), {}, tr("only in A %1").arg(figures::shapeText(t.shape)),
            true);
    for (const TensorRef& t : diff->onlyInB)
        add(t.layer, t.name, QString(), {}, tr("only in B %1").arg(figures::shapeText(t.shape)),
            true);
    for (const ShapeChange& s : diff->shapeChanged)
        add(s.layer, s.name, QString(), {},
            tr("shape %1 → %2").arg(figures::shapeText(s.shapeA), figures::shapeText(s.shapeB)),
            true);
    m_table->resizeColumnsToContents();
    // Network order until the user clicks a header.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
}

}  // namespace mrcnn::gui
