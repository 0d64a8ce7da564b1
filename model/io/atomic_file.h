#pragma once
// One rule for every file the tool writes: the bytes go to a temporary file in the target's
// folder, are flushed and checked, and only then renamed over the target. A failed or
// interrupted write leaves the previous file (or nothing) and no temporary file behind.
//
// A target that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO) cannot be
// replaced by a rename: its bytes are built in a temporary file of the system's temp folder
// and copied into it on commit, checked the same way.

#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mrcnn {

// A write that failed: the message names the target path and the reason.
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// For writers that need a path (HDF5, OpenCV, libzip): write to path(), then commit().
// Without commit() the destructor removes the temporary file.
class AtomicFile {
public:
    // Checks the target's folder (exists, is a folder) and that the target is not a folder.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& path() const { return m_temp; }  // where to write
    const std::string& target() const { return m_target; }

    // Moves the written file into place (renames, or copies into a special file).
    void commit();
    // Writes path() from a stream and checks the stream; commit() still to come. For a file
    // that must be complete before other files are moved into place.
    void prepare(const std::function<void(std::ostream&)>& write);
    void prepare(std::string_view bytes);
    // prepare() and commit(): for a file reserved early and written at the end.
    void write(const std::function<void(std::ostream&)>& write);
    void write(std::string_view bytes);

private:
    std::string m_target;
    std::string m_destination;  // the target with symbolic links resolved
    std::string m_temp;
    bool m_special = false;
    bool m_done = false;
};

// Writes `write(stream)`'s output to `target` through an AtomicFile; stream errors included.
void writeFileAtomically(const std::string& target,
                         const std::function<void(std::ostream&)>& write);
void writeFileAtomically(const std::string& target, std::string_view bytes);

// Throws the OutputError an AtomicFile for `target` would (missing or unwritable folder, a
// folder as target) and writes nothing: for commands that write only after long work.
void checkOutputFile(const std::string& target);

// Throws OutputError unless `folder` exists (or can be made) as a folder; names `folder`.
void makeOutputFolder(const std::string& folder);

}  // namespace mrcnn
