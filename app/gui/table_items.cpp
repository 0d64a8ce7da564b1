#include "gui/table_items.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace mrcnn::gui {

namespace {
QStandardItem* readOnly(QStandardItem* item) {
    item->setEditable(false);
    return item;
}
}  // namespace

QStandardItem* textItem(const QString& text) {
    auto* item = readOnly(new QStandardItem(text));
    item->setData(text, Qt::UserRole);
    return item;
}

QStandardItem* numberItem(double value, int decimals) {
    auto* item = readOnly(
        new QStandardItem(value < 0 ? QStringLiteral("—") : QString::number(value, 'f', decimals)));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* countItem(int64_t count) {
    auto* item = readOnly(new QStandardItem(QString::number(count)));
    item->setData(qlonglong(count), Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* idItem(const QString& text, int64_t id) {
    auto* item = readOnly(new QStandardItem(text));
    item->setData(qlonglong(id), Qt::UserRole);
    return item;
}

QTableView* rowTable(QWidget* parent, const char* objectName, QAbstractItemModel* model,
                     bool sortable) {
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (sortable) {
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder);
    }
    return table;
}

void fitWidthToColumns(QTableView* table, int maxWidth) {
    table->resizeColumnsToContents();
    const int width = table->verticalHeader()->sizeHint().width() +
                      table->horizontalHeader()->length() + 2 * table->frameWidth() +
                      table->verticalScrollBar()->sizeHint().width();
    table->setMinimumWidth(std::min(width, maxWidth));
}

}  // namespace mrcnn::gui
