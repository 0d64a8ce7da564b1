#include "figure/painted_widget.h"

#include <QPainter>

namespace mrcnn::views {

void PaintedWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_painter)
        m_painter(p, QRectF(rect()).adjusted(8, 8, -8, -8));
}

}  // namespace mrcnn::views
