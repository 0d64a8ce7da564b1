#include "gui/table_csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

#include "export/file_write.h"
#include "gui/last_folders.h"

namespace mrcnn::gui {

namespace {
struct TableCsvText {
    Q_DECLARE_TR_FUNCTIONS(TableCsvText)
};

QString field(QString text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    text.replace('"', "\"\"");
    return '"' + text + '"';
}
}  // namespace

QString tableCsv(const QAbstractItemModel& model, bool rowHeaders) {
    QString csv;
    auto line = [&](const QString& rowHeader, auto cell) {
        QStringList fields;
        if (rowHeaders)
            fields << field(rowHeader);
        for (int c = 0; c < model.columnCount(); ++c)
            fields << field(cell(c));
        csv += fields.join(',') + "\r\n";
    };
    line(QString(), [&](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    for (int r = 0; r < model.rowCount(); ++r)
        line(model.headerData(r, Qt::Vertical).toString(),
             [&](int c) { return model.index(r, c).data().toString(); });
    return csv;
}

void saveCsv(QWidget* parent, const QString& csv, const QString& suggestedName) {
    const QString path =
        QFileDialog::getSaveFileName(parent, TableCsvText::tr("Export table as CSV"),
                                     QDir(lastFolder("export")).filePath(suggestedName),
                                     TableCsvText::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("export", path);
    const QString error = render::writeFileBytes(path, csv.toUtf8());
    if (!error.isEmpty())
        QMessageBox::warning(parent, TableCsvText::tr("Export table as CSV"),
                             TableCsvText::tr("Cannot write %1: %2").arg(path, error));
}

}  // namespace mrcnn::gui
