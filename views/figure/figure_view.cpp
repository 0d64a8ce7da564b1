#include "figure/figure_view.h"

#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "canvas/scene_canvas.h"
#include "charts/charts.h"
#include "figure/grid_view.h"
#include "figure/painted_widget.h"

namespace mrcnn::views {

FigureView::FigureView(QWidget* parent) : QWidget(parent) {
    // The figure above, its text summary below at the full width: the notebook's log() lines
    // ("name  shape: (…)  min: …") are long, and beside the canvas every one was cut.
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);

    m_sceneTools = new QWidget(top);
    auto* tools = new QHBoxLayout(m_sceneTools);
    tools->setContentsMargins(4, 2, 4, 2);
    m_boxes = new QCheckBox(m_sceneTools);
    m_masks = new QCheckBox(m_sceneTools);
    m_contours = new QCheckBox(m_sceneTools);
    m_captions = new QCheckBox(m_sceneTools);
    for (auto* box : {m_boxes, m_masks, m_contours, m_captions}) {
        box->setChecked(true);
        tools->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FigureView::applyToggles);
    }
    tools->addStretch();
    auto addButton = [&](auto slot) {
        auto* b = new QToolButton(m_sceneTools);
        tools->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_fit = addButton([this] { m_canvas->fitToWindow(); });
    m_actual = addButton([this] { m_canvas->actualSize(); });
    m_zoomIn = addButton([this] { m_canvas->zoomIn(); });
    m_zoomOut = addButton([this] { m_canvas->zoomOut(); });
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    topLayout->addWidget(m_sceneTools);

    m_stack = new QStackedWidget(top);
    m_canvas = new SceneCanvas(m_stack);
    m_chart = new QChartView(m_stack);
    m_painted = new PaintedWidget(m_stack);
    m_grid = new GridView(m_stack);
    m_unavailable = new QLabel(m_stack);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_painted);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_unavailable);
    topLayout->addWidget(m_stack, 1);
    connect(m_canvas, &SceneCanvas::boxClicked, this, &FigureView::boxClicked);

    m_summary = new QPlainTextEdit(split);
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped at the width, never cut: a line that does not fit continues below.
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4);
    split->addWidget(top);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    retranslate();
}

void FigureView::retranslate() {
    m_boxes->setText(tr("Boxes"));
    m_masks->setText(tr("Masks"));
    m_contours->setText(tr("Contours"));
    m_captions->setText(tr("Captions"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit to window (0)"));
    m_actual->setText(tr("1:1"));
    m_actual->setToolTip(tr("Actual size (1)"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
}

void FigureView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FigureView::resetZoom() {
    m_canvas->fitToWindow();
}

void FigureView::setSummaryLines(int lines) {
    const int frame =
        2 * m_summary->frameWidth() + 2 * int(m_summary->document()->documentMargin());
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * std::min(lines, 4) +
                                frame);
    m_summary->setMaximumHeight(lines > 0 ? m_summary->fontMetrics().lineSpacing() * lines + frame
                                          : QWIDGETSIZE_MAX);
}

QPlainTextEdit* FigureView::summaryEdit() const {
    return m_summary;
}

render::RenderOptions FigureView::renderOptions() const {
    render::RenderOptions o;
    o.showBoxes = m_boxes->isChecked();
    o.showMasks = m_masks->isChecked();
    o.showContours = m_contours->isChecked();
    o.showCaptions = m_captions->isChecked();
    return o;
}

void FigureView::applyToggles() {
    m_canvas->setOptions(renderOptions());
}

QString FigureView::summaryText() const {
    return m_summary->toPlainText();
}

void FigureView::setFigure(const Figure& figure) {
    m_figure = figure;
    m_summary->setPlainText(figure.summary.join('\n'));
    m_sceneTools->setVisible(figure.available && figure.kind == FigureKind::Scene);
    if (!figure.available) {
        m_unavailable->setText(figure.unavailableReason);
        m_stack->setCurrentWidget(m_unavailable);
        return;
    }
    switch (figure.kind) {
        case FigureKind::Scene:
            m_canvas->setScene(figure.scene);
            m_canvas->setOptions(renderOptions());
            m_stack->setCurrentWidget(m_canvas);
            break;
        case FigureKind::PrCurve:
        case FigureKind::Histogram:
        case FigureKind::Scatter:
        case FigureKind::Lines:
        case FigureKind::Bars: {
            std::unique_ptr<QChartView> made(makeChartView(figure));
            // Move the chart into the persistent view; the temporary view is discarded.
            QChart* chart = made->chart();
            made->setChart(new QChart);  // releases `chart`; the empty one dies with `made`
            QChart* previous = m_chart->chart();
            m_chart->setChart(chart);  // the view releases but does not delete the old one
            delete previous;
            m_chart->setRenderHint(QPainter::Antialiasing);
            m_stack->setCurrentWidget(m_chart);
            break;
        }
        case FigureKind::Overlaps:
            m_painted->setPainter([this](QPainter& p, const QRectF& r) {
                render::paintOverlapGrid(p, m_figure.overlaps, r);
            });
            m_stack->setCurrentWidget(m_painted);
            break;
        case FigureKind::ImageGrid:
            m_grid->setGrid(m_figure.grid);
            m_stack->setCurrentWidget(m_grid);
            break;
    }
}

}  // namespace mrcnn::views
