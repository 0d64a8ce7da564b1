#pragma once
// How the window's own files are written (figures, screenshots, the demo's unpacked model):
// as the core's AtomicFile writes the command line's, so a full disk or a killed program never
// leaves a half-written file under the final name.

#include <QByteArray>
#include <QString>

namespace mrcnn::render {

// Writes `bytes` through QSaveFile (a temporary file beside `path`, renamed on commit), or
// straight into an existing special file (/dev/stdout, a FIFO), checked either way. Returns
// the reason for people, empty when written.
QString writeFileBytes(const QString& path, const QByteArray& bytes);

}  // namespace mrcnn::render
