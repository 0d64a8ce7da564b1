#pragma once
// An image grid on screen (feature-map channels, masks). A grid that fits is drawn at the
// view's size; one with many images (ImageGridData::minCellSize) keeps its cells readable:
// as many columns as fit at that size, the rows below scrolled, never downscaled to a blur.

#include <QScrollArea>

#include "render/image_grid.h"

namespace mrcnn::views {

class PaintedWidget;

class GridView : public QScrollArea {
    Q_OBJECT
public:
    explicit GridView(QWidget* parent = nullptr);

    void setGrid(const render::ImageGridData& grid);
    // The grid as drawn now: the columns chosen for the view's width.
    const render::ImageGridData& shownGrid() const { return m_shown; }
    QWidget* canvas() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    render::ImageGridData m_grid;
    render::ImageGridData m_shown;
    PaintedWidget* m_canvas = nullptr;
};

}  // namespace mrcnn::views
