#include "gui/config_table.h"

#include <QEvent>
#include <QHeaderView>

#include "config/config.h"

namespace mrcnn::gui {

ConfigTable::ConfigTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(2);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    retranslate();
}

void ConfigTable::showConfig(const Config* config) {
    setRowCount(0);
    if (!config)
        return;
    // The rows are display()'s lines: a 30-column name, then the value.
    const QStringList lines = QString::fromStdString(displayConfig(*config)).split('\n');
    for (const QString& line : lines) {
        if (line.size() < 31 || line.startsWith("Configurations"))
            continue;
        const int row = rowCount();
        insertRow(row);
        auto* name = new QTableWidgetItem(line.left(30).trimmed());
        auto* value = new QTableWidgetItem(line.mid(31));
        name->setToolTip(name->text() + " = " + value->text());
        value->setToolTip(name->toolTip());
        setItem(row, 0, name);
        setItem(row, 1, value);
    }
}

void ConfigTable::retranslate() {
    setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
}

void ConfigTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
