#pragma once
// Shows any Figure: an image canvas with toggles for boxes, masks, contours and captions, a
// chart, an overlaps grid or an image grid — with the figure's text summary below it.

#include <QWidget>

#include "figure/figure.h"

class QCheckBox;
class QChartView;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace mrcnn::views {

class GridView;
class PaintedWidget;
class SceneCanvas;

class FigureView : public QWidget {
    Q_OBJECT
public:
    explicit FigureView(QWidget* parent = nullptr);

    void setFigure(const Figure& figure);
    const Figure& figure() const { return m_figure; }
    SceneCanvas* canvas() const { return m_canvas; }
    GridView* gridView() const { return m_grid; }
    QString summaryText() const;
    render::RenderOptions renderOptions() const;
    QPlainTextEdit* summaryEdit() const;
    // Back to "fit to window" (a new image or model).
    void resetZoom();
    // At most this many lines for the summary (a view inside a dock, where the chart needs
    // the height); 0 = no limit.
    void setSummaryLines(int lines);

Q_SIGNALS:
    void boxClicked(int boxId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyToggles();
    void retranslate();

    Figure m_figure;
    QStackedWidget* m_stack = nullptr;
    SceneCanvas* m_canvas = nullptr;
    QWidget* m_sceneTools = nullptr;
    QCheckBox* m_boxes = nullptr;
    QCheckBox* m_masks = nullptr;
    QCheckBox* m_contours = nullptr;
    QCheckBox* m_captions = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_actual = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QChartView* m_chart = nullptr;
    PaintedWidget* m_painted = nullptr;
    GridView* m_grid = nullptr;
    QLabel* m_unavailable = nullptr;
    QPlainTextEdit* m_summary = nullptr;
};

}  // namespace mrcnn::views
