#include "export/file_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mrcnn::render {

namespace {
struct FileWrite {
    Q_DECLARE_TR_FUNCTIONS(FileWrite)
};
}  // namespace

QString writeFileBytes(const QString& path, const QByteArray& bytes) {
    const QFileInfo info(path);
    if (info.isDir())
        return FileWrite::tr("it is a folder");
    if (!info.dir().exists())
        return FileWrite::tr("the folder %1 does not exist").arg(info.dir().path());
    if (info.exists() && !info.isFile()) {
        QFile special(path);
        if (!special.open(QIODevice::WriteOnly) || special.write(bytes) != bytes.size() ||
            !special.flush())
            return special.errorString();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

}  // namespace mrcnn::render
