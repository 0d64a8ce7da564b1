#include "weights/child_read_guard.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <set>
#include <string>

extern char** environ;

namespace mrcnn {
namespace {

double timeoutSeconds() {
    if (const char* v = std::getenv("MRCNN_WEIGHTS_READ_TIMEOUT")) {
        char* end = nullptr;
        const double s = std::strtod(v, &end);
        if (end != v && *end == '\0' && s > 0)
            return s;
    }
    return 120;
}

// A file is checked once per process, as long as it is not changed (train reads its
// checkpoint again after writing it).
std::string fileKey(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
           std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

void checkInChild(const std::string& program, const std::string& path) {
    static std::mutex mutex;
    static std::set<std::string> checked;
    const std::string key = fileKey(path);
    std::lock_guard lock(mutex);
    if (key.empty() || checked.count(key))
        return;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return;  // no child: the file is read here, as without the guard
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    std::string self = program, command = kCheckWeightsFileCommand, file = path;
    char* argv[] = {self.data(), command.data(), file.data(), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        return;
    }
    const double limit = timeoutSeconds();
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(static_cast<int64_t>(limit * 1000));
    std::string message;
    bool timedOut = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timedOut = true;
            break;
        }
        pollfd fd{pipeFds[0], POLLIN, 0};
        if (::poll(&fd, 1, int(std::min<int64_t>(left.count(), 1000))) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;  // the child closed its end: it is exiting
        if (message.size() < 65536)
            message.append(buffer, size_t(n));
    }
    ::close(pipeFds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut)
        throw WeightsError(path + ": the HDF5 library did not finish reading this file in " +
                           std::to_string(int(limit)) +
                           " s (a damaged file can make HDF5 1.10 loop forever); refused. "
                           "Set MRCNN_WEIGHTS_READ_TIMEOUT=SECONDS for a slower disk");
    if (WIFSIGNALED(status))
        throw WeightsError(path + ": the HDF5 library crashed reading this file (" +
                           ::strsignal(WTERMSIG(status)) +
                           "): the file is damaged in a way HDF5 cannot report; refused");
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
        // The child's own "error: <path>: reason" line.
        while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
            message.pop_back();
        const std::string prefix = "error: ";
        const size_t at = message.rfind(prefix);
        throw WeightsError(at == std::string::npos ? path + ": cannot be read"
                                                   : message.substr(at + prefix.size()));
    }
    checked.insert(key);
}

}  // namespace

WeightsFileGuard childProcessWeightsGuard(std::string program) {
    return [program](const std::string& path) { checkInChild(program, path); };
}

}  // namespace mrcnn
