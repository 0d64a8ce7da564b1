#pragma once
// What the window says about an annotation or dataset that opened with problems (records
// skipped or fixed by the reader): a warning when it opens, and a count in the status line (or
// the Dataset dock) while it stays open, with the first problems in its tooltip.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace mrcnn::gui {

class AnnotationProblems {
    Q_DECLARE_TR_FUNCTIONS(AnnotationProblems)
public:
    // "<file> was read with N problems; …".
    static QString summary(const QString& annotationPath, const QStringList& problems);
    // " — N annotation problems", appended to the status line.
    static QString statusSuffix(const QStringList& problems);
    // A tooltip listing the first problems, under `heading` (the status line; may be empty).
    static QString toolTip(const QString& heading, const QStringList& problems);
    // The warning dialog, every problem in its details; nothing on the offscreen platform.
    static void warn(QWidget* parent, const QString& summary, const QStringList& problems);
};

}  // namespace mrcnn::gui
