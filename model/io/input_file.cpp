#include "io/input_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace mrcnn {

std::string inputFileProblem(const std::string& path) {
    if (path.empty())
        return "empty path";
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        switch (err) {
            case ENOENT: {
                struct stat link {};
                if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
                    return "broken symbolic link (its target does not exist)";
                return "no such file";
            }
            case ELOOP:
                return "symlink loop (too many levels of symbolic links)";
            case EACCES:
                return "permission denied (a folder on the path cannot be searched)";
            case ENOTDIR:
                return "a part of the path is not a folder";
            case ENAMETOOLONG:
                return "path too long";
            default:
                return std::string("cannot examine the file (") + std::strerror(err) + ")";
        }
    }
    if (S_ISDIR(st.st_mode))
        return "is a directory, expected a file";
    if (S_ISFIFO(st.st_mode))
        return "is a FIFO (named pipe), not a regular file";
    if (S_ISCHR(st.st_mode))
        return "is a character device, not a regular file";
    if (S_ISBLK(st.st_mode))
        return "is a block device, not a regular file";
    if (S_ISSOCK(st.st_mode))
        return "is a socket, not a regular file";
    if (!S_ISREG(st.st_mode))
        return "is not a regular file";
    if (::access(path.c_str(), R_OK) != 0)
        return "not readable (permission denied)";
    return "";
}

std::string readInputFile(const std::string& path, uint64_t maxBytes) {
    if (std::string problem = inputFileProblem(path); !problem.empty())
        throw InputFileError(path, problem);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && static_cast<uint64_t>(st.st_size) > maxBytes)
        throw InputFileError(path, "file of " + std::to_string(st.st_size) +
                                       " bytes is larger than the limit of " +
                                       std::to_string(maxBytes) + " bytes");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputFileError(path, std::string("cannot open file (") + std::strerror(errno) + ")");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw InputFileError(path, "read error");
    return ss.str();
}

}  // namespace mrcnn
