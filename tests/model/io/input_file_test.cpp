#include "io/input_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace mrcnn;
namespace fs = std::filesystem;

namespace {

class InputFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("mrcnn_input_file_" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    fs::path m_dir;
};

TEST_F(InputFileTest, RegularFileIsReadWhole) {
    std::ofstream(path("a.txt"), std::ios::binary) << "hello\n";
    EXPECT_EQ(inputFileProblem(path("a.txt")), "");
    EXPECT_EQ(readInputFile(path("a.txt")), "hello\n");
}

TEST_F(InputFileTest, SpecialFilesAreNamedWithoutBlocking) {
    ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
    // A read of a FIFO without a writer blocks forever: the check must not open it.
    EXPECT_EQ(inputFileProblem(path("pipe")), "is a FIFO (named pipe), not a regular file");
    EXPECT_EQ(inputFileProblem("/dev/zero"), "is a character device, not a regular file");
    EXPECT_EQ(inputFileProblem(m_dir.string()), "is a directory, expected a file");
    try {
        readInputFile(path("pipe"));
        FAIL();
    } catch (const InputFileError& e) {
        EXPECT_EQ(e.path(), path("pipe"));
        EXPECT_EQ(std::string(e.what()), path("pipe") + ": " + e.reason());
    }
}

TEST_F(InputFileTest, MissingFilesAndLinks) {
    EXPECT_EQ(inputFileProblem(path("none")), "no such file");
    EXPECT_EQ(inputFileProblem(""), "empty path");
    fs::create_symlink(path("loop_b"), path("loop_a"));
    fs::create_symlink(path("loop_a"), path("loop_b"));
    EXPECT_EQ(inputFileProblem(path("loop_a")), "symlink loop (too many levels of symbolic links)");
    fs::create_symlink(path("gone"), path("dangling"));
    EXPECT_EQ(inputFileProblem(path("dangling")),
              "broken symbolic link (its target does not exist)");
    std::ofstream(path("f"), std::ios::binary) << "x";
    EXPECT_EQ(inputFileProblem(path("f") + "/inside"), "a part of the path is not a folder");
}

TEST_F(InputFileTest, UnreadableFile) {
    std::ofstream(path("secret"), std::ios::binary) << "x";
    fs::permissions(path("secret"), fs::perms::none);
    if (geteuid() != 0) {
        EXPECT_EQ(inputFileProblem(path("secret")), "not readable (permission denied)");
        return;
    }
    // Root reads any file: the check runs as nobody in a child process (the folder made
    // traversable for it; /tmp is).
    fs::permissions(m_dir, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const bool ok = ::setgid(65534) == 0 && ::setuid(65534) == 0 &&
                        inputFileProblem(path("secret")) == "not readable (permission denied)";
        ::_exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
}

TEST_F(InputFileTest, SizeLimitIsCheckedBeforeReading) {
    std::ofstream(path("big"), std::ios::binary) << std::string(100, 'x');
    try {
        readInputFile(path("big"), 10);
        FAIL();
    } catch (const InputFileError& e) {
        EXPECT_EQ(e.reason(), "file of 100 bytes is larger than the limit of 10 bytes");
    }
}

}  // namespace
