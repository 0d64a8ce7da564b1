#include "gui/stage_navigator.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>
#include <map>

#include "figures/figure_catalog.h"

namespace mrcnn::gui {

namespace {
constexpr int kFigureRole = Qt::UserRole;
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kTextMargin = 8;  // the style's text margins, both sides, with room to spare

// Row heights from the wrapped text at the column's current width (the default delegate
// sizes a row for one line, whatever the width).
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(StageNavigator* view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const QString text = index.data(Qt::DisplayRole).toString();
        size.setHeight(std::max(size.height(), m_view->wrappedHeight(text, depth) + 4));
        return size;
    }

private:
    StageNavigator* m_view;
};
}  // namespace

StageNavigator::StageNavigator(QWidget* parent) : QTreeWidget(parent) {
    setHeaderHidden(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    setItemDelegate(new WrappingDelegate(this));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const std::string name = figureOf(item);
        if (!name.empty())
            Q_EMIT figureChosen(name);
    });
    fill();
}

std::string StageNavigator::figureOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, kFigureRole).toString().toStdString() : std::string();
}

void StageNavigator::fill() {
    std::map<std::string, QTreeWidgetItem*> groups;
    for (const auto& g : figures::figureGroups()) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, kGroupRole, QString::fromStdString(g));
        item->setFlags(Qt::ItemIsEnabled);
        groups[g] = item;
    }
    for (const auto& f : figures::figureCatalog()) {
        auto* item = new QTreeWidgetItem(groups[f.group]);
        item->setData(0, kFigureRole, QString::fromStdString(f.name));
    }
    retranslate();
    expandAll();
}

void StageNavigator::retranslate() {
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QString group = (*it)->data(0, kGroupRole).toString();
        (*it)->setText(0, group.isEmpty() ? figures::figureTitle(figureOf(*it))
                                          : figures::groupTitle(group.toStdString()));
    }
    doItemsLayout();
}

void StageNavigator::setCurrentFigure(const std::string& name) {
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if (figureOf(*it) == name) {
            const QSignalBlocker block(this);
            setCurrentItem(*it);
            scrollToItem(*it);
        }
}

int StageNavigator::textWidth(int depth) const {
    // Root items carry the expand arrow's indentation too (rootIsDecorated).
    const int indent = indentation() * (depth + (rootIsDecorated() ? 1 : 0));
    // The width without the vertical scroll bar, whether it shows or not: wrapping that
    // depended on the bar would change the rows' heights, and those decide whether it shows.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int inside = width() - 2 * frameWidth() - scrollBar;
    return std::max(1, inside - indent - kTextMargin);
}

int StageNavigator::wrappedHeight(const QString& text, int depth) const {
    const QRect bounds(0, 0, textWidth(depth), 10000);
    return fontMetrics().boundingRect(bounds, Qt::TextWordWrap, text).height();
}

namespace {
int depthOf(const QTreeWidgetItem* item) {
    int depth = 0;
    for (auto* p = item->parent(); p; p = p->parent())
        ++depth;
    return depth;
}
}  // namespace

int StageNavigator::textWidthFor(const QTreeWidgetItem* item) const {
    return textWidth(depthOf(item));
}

int StageNavigator::textHeightFor(const QTreeWidgetItem* item) const {
    return wrappedHeight(item->text(0), depthOf(item));
}

void StageNavigator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void StageNavigator::resizeEvent(QResizeEvent* event) {
    QTreeWidget::resizeEvent(event);
    doItemsLayout();  // the wrapped heights depend on the width
}

}  // namespace mrcnn::gui
