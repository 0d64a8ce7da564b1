#pragma once
// Where each kind of file dialog was last used ("image", "model", "annotation", "export"), kept
// in QSettings so the next dialog of that kind opens there, also after a restart.

#include <QString>

namespace mrcnn::gui {

// The folder of the last file or folder chosen for `kind`; `fallback` when there is none yet
// or it no longer exists.
QString lastFolder(const QString& kind, const QString& fallback = {});
// Records the folder of `path` (a file) or `path` itself (a folder) for `kind`.
void rememberFolder(const QString& kind, const QString& path);

}  // namespace mrcnn::gui
