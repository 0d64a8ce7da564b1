#include "gui/last_folders.h"

#include <QFileInfo>
#include <QSettings>

namespace mrcnn::gui {

namespace {
QString key(const QString& kind) {
    return QStringLiteral("lastFolder/") + kind;
}
}  // namespace

QString lastFolder(const QString& kind, const QString& fallback) {
    const QString saved = QSettings().value(key(kind)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return fallback;
}

void rememberFolder(const QString& kind, const QString& path) {
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

}  // namespace mrcnn::gui
