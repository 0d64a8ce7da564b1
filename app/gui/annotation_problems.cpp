#include "gui/annotation_problems.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace mrcnn::gui {

QString AnnotationProblems::summary(const QString& annotationPath, const QStringList& problems) {
    return tr("%1 was read with %n problem(s); the records named were skipped or fixed as each "
              "line says.",
              nullptr, static_cast<int>(problems.size()))
        .arg(QFileInfo(annotationPath).fileName());
}

QString AnnotationProblems::statusSuffix(const QStringList& problems) {
    return tr(" — %n annotation problem(s)", nullptr, static_cast<int>(problems.size()));
}

QString AnnotationProblems::toolTip(const QString& heading, const QStringList& problems) {
    // A tooltip, not a report: the first lines only (a large file can have thousands).
    constexpr int kShown = 20;
    QString tip = heading.isEmpty() ? QString() : heading + "\n";
    tip += problems.mid(0, kShown).join('\n');
    if (problems.size() > kShown)
        tip += "\n" + tr("… and %n more", nullptr, static_cast<int>(problems.size() - kShown));
    return tip;
}

void AnnotationProblems::warn(QWidget* parent, const QString& summary,
                              const QStringList& problems) {
    if (QApplication::platformName() == "offscreen")
        return;
    QMessageBox box(QMessageBox::Warning, tr("Mask R-CNN Inspector"), summary, QMessageBox::Ok,
                    parent);
    box.setDetailedText(problems.join('\n'));
    box.exec();
}

}  // namespace mrcnn::gui
