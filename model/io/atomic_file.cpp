#include "io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

std::string reason(int error) {
    return error ? std::strerror(error) : "the write failed";
}

[[noreturn]] void fail(const std::string& target, const std::string& why) {
    throw OutputError("cannot write " + target + ": " + why);
}

// Unique within the process (counter) and between processes (pid); O_EXCL makes sure.
std::string tempName(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    // The extension stays last: OpenCV and Qt choose the encoder by it.
    std::ostringstream name;
    name << '.' << target.stem().string() << ".tmp" << getpid() << '-' << counter++
         << target.extension().string();
    return name.str();
}

// Creates the temporary file now, so an unwritable folder is reported before any work.
void reserve(const std::string& temp, const std::string& target) {
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        fail(target, "cannot create a file in its folder (" + reason(errno) + ")");
    ::close(fd);
}

// Flushes the file's data to the disk, so a write error the kernel held back shows now.
void syncFile(const std::string& temp, const std::string& target) {
    const int fd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(target, "the written data is gone (" + reason(errno) + ")");
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && error != EINVAL && error != EROFS)  // some file systems cannot sync
        fail(target, reason(error));
}

}  // namespace

AtomicFile::AtomicFile(std::string target) : m_target(std::move(target)) {
    if (m_target.empty())
        throw OutputError("cannot write: no output file name given");
    const fs::path path(m_target);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    fs::path destination = path;
    if (fs::is_directory(status))
        fail(m_target, "it is a folder");
    if (fs::exists(status)) {
        m_special = !fs::is_regular_file(status);
        if (!m_special)
            destination = fs::canonical(path, ec);  // writes through a symbolic link
        if (ec)
            fail(m_target, ec.message());
    }
    m_destination = destination.string();
    if (m_special) {
        const fs::path temp = fs::temp_directory_path(ec) / tempName(path).substr(1);
        if (ec)
            fail(m_target, "no temporary folder (" + ec.message() + ")");
        m_temp = temp.string();
    } else {
        fs::path folder = destination.parent_path();
        if (folder.empty())
            folder = ".";
        const fs::file_status folderStatus = fs::status(folder, ec);
        if (!fs::exists(folderStatus))
            fail(m_target, "the folder " + folder.string() + " does not exist");
        if (!fs::is_directory(folderStatus))
            fail(m_target, folder.string() + " is not a folder");
        m_temp = (folder / tempName(destination.filename())).string();
    }
    reserve(m_temp, m_target);
}

AtomicFile::~AtomicFile() {
    if (!m_done) {
        std::error_code ec;
        fs::remove(m_temp, ec);
    }
}

void AtomicFile::commit() {
    if (m_done)
        return;
    std::error_code ec;
    if (!fs::is_regular_file(m_temp, ec))
        fail(m_target, "the writer left no file");
    if (m_special) {
        std::ifstream in(m_temp, std::ios::binary);
        std::ofstream out(m_destination, std::ios::binary);
        if (!out)
            fail(m_target, reason(errno));
        errno = 0;
        if (fs::file_size(m_temp, ec) > 0)
            out << in.rdbuf();
        out.flush();
        if (!out || !in)
            fail(m_target, reason(errno));
        out.close();
        if (!out)
            fail(m_target, reason(errno));
        fs::remove(m_temp, ec);
        m_done = true;
        return;
    }
    syncFile(m_temp, m_target);
    if (fs::exists(m_destination, ec))  // a replaced file keeps its permissions
        fs::permissions(m_temp, fs::status(m_destination, ec).permissions(), ec);
    fs::rename(m_temp, m_destination, ec);
    if (ec)
        fail(m_target, "cannot move the written file into place (" + ec.message() + ")");
    m_done = true;
}

void AtomicFile::prepare(const std::function<void(std::ostream&)>& write) {
    std::ofstream out(m_temp, std::ios::binary | std::ios::trunc);
    if (!out)
        fail(m_target, reason(errno));
    errno = 0;
    write(out);
    out.flush();
    if (!out)
        fail(m_target, reason(errno));
    out.close();
    if (!out)
        fail(m_target, reason(errno));
}

void AtomicFile::prepare(std::string_view bytes) {
    prepare([bytes](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

void AtomicFile::write(const std::function<void(std::ostream&)>& write) {
    prepare(write);
    commit();
}

void AtomicFile::write(std::string_view bytes) {
    prepare(bytes);
    commit();
}

void writeFileAtomically(const std::string& target,
                         const std::function<void(std::ostream&)>& write) {
    AtomicFile(target).write(write);
}

void writeFileAtomically(const std::string& target, std::string_view bytes) {
    AtomicFile(target).write(bytes);
}

void checkOutputFile(const std::string& target) {
    AtomicFile probe(target);  // reserved and removed again
}

void makeOutputFolder(const std::string& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return;
    if (fs::exists(folder, ec))
        throw OutputError("cannot use " + folder + " as the output folder: it is not a folder");
    fs::create_directories(folder, ec);
    if (ec)
        throw OutputError("cannot create the output folder " + folder + ": " + ec.message());
}

}  // namespace mrcnn
