#include "io/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace mrcnn;
namespace fs = std::filesystem;

namespace {

class AtomicFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("mrcnn_atomic_" + std::to_string(getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    static std::string read(const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    size_t entries() const {
        size_t n = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(m_dir))
            ++n;
        return n;
    }
    fs::path m_dir;
};

// The message of the OutputError `call` throws (fails the test when it throws nothing).
template <typename F>
std::string errorOf(F&& call) {
    try {
        call();
    } catch (const OutputError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no OutputError";
    return {};
}

}  // namespace

TEST_F(AtomicFileTest, WritesAndReplaces) {
    writeFileAtomically(path("a.json"), "first");
    EXPECT_EQ(read(path("a.json")), "first");
    writeFileAtomically(path("a.json"), std::string_view("second, longer"));
    EXPECT_EQ(read(path("a.json")), "second, longer");
    EXPECT_EQ(entries(), 1u);  // no temporary file left
}

TEST_F(AtomicFileTest, FailedWriterKeepsThePreviousFile) {
    writeFileAtomically(path("a.json"), "previous");
    EXPECT_THROW(writeFileAtomically(path("a.json"),
                                     [](std::ostream& out) {
                                         out << "half";
                                         throw std::runtime_error("writer failed");
                                     }),
                 std::runtime_error);
    EXPECT_EQ(read(path("a.json")), "previous");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, UncommittedPathWriterLeavesNothing) {
    std::string temp;
    {
        AtomicFile file(path("w.h5"));
        temp = file.path();
        EXPECT_EQ(fs::path(temp).parent_path(), m_dir);  // same folder: the rename is atomic
        EXPECT_EQ(fs::path(temp).extension(), ".h5");    // encoders choose by extension
        std::ofstream(temp) << "partial";
        EXPECT_FALSE(fs::exists(path("w.h5")));
    }
    EXPECT_FALSE(fs::exists(temp));
    EXPECT_EQ(entries(), 0u);
}

TEST_F(AtomicFileTest, CommittedPathWriterAppears) {
    AtomicFile file(path("w.h5"));
    std::ofstream(file.path()) << "data";
    file.commit();
    EXPECT_EQ(read(path("w.h5")), "data");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, MissingFolderNamesThePath) {
    const std::string target = path("no/such/folder/out.json");
    const std::string message = errorOf([&] { writeFileAtomically(target, "x"); });
    EXPECT_NE(message.find(target), std::string::npos) << message;
    EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
}

TEST_F(AtomicFileTest, ParentThatIsAFileOrTargetThatIsAFolder) {
    writeFileAtomically(path("file"), "x");
    EXPECT_NE(errorOf([&] { AtomicFile f(path("file/out.json")); }).find("is not a folder"),
              std::string::npos);
    fs::create_directories(path("folder"));
    EXPECT_NE(errorOf([&] { writeFileAtomically(path("folder"), "x"); }).find("it is a folder"),
              std::string::npos);
    EXPECT_THROW(AtomicFile(""), OutputError);
}

TEST_F(AtomicFileTest, FullDeviceIsReported) {
    ASSERT_TRUE(fs::exists("/dev/full"));  // Linux has it
    const std::string message = errorOf([] { writeFileAtomically("/dev/full", "some bytes"); });
    EXPECT_NE(message.find("/dev/full"), std::string::npos) << message;
    EXPECT_TRUE(fs::is_character_file("/dev/full"));  // written into, never replaced
}

TEST_F(AtomicFileTest, SpecialFileIsWrittenIntoNotReplaced) {
    writeFileAtomically("/dev/null", "discarded");
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST_F(AtomicFileTest, WritesThroughASymbolicLinkAndKeepsPermissions) {
    writeFileAtomically(path("real.json"), "old");
    fs::permissions(path("real.json"), fs::perms::owner_read | fs::perms::owner_write);
    fs::create_symlink(path("real.json"), path("link.json"));
    writeFileAtomically(path("link.json"), "new");
    EXPECT_TRUE(fs::is_symlink(path("link.json")));
    EXPECT_EQ(read(path("real.json")), "new");
    EXPECT_EQ(fs::status(path("real.json")).permissions(),
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(AtomicFileTest, OutputFolderIsMadeOrRefused) {
    makeOutputFolder(path("a/b"));
    EXPECT_TRUE(fs::is_directory(path("a/b")));
    writeFileAtomically(path("plain"), "x");
    EXPECT_NE(errorOf([&] { makeOutputFolder(path("plain")); }).find(path("plain")),
              std::string::npos);
}

TEST_F(AtomicFileTest, ReservedEarlyWrittenLate) {
    AtomicFile file(path("late.json"));  // the folder is checked now
    EXPECT_FALSE(fs::exists(path("late.json")));
    file.prepare("complete");
    EXPECT_FALSE(fs::exists(path("late.json")));  // prepared, not yet in place
    file.commit();
    EXPECT_EQ(read(path("late.json")), "complete");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, ReadOnlyFolderNamesThePath) {
    if (geteuid() == 0) {
        // Root writes into a folder without write permission; sysfs refuses root too.
        const std::string target = "/sys/mrcnn_atomic_file_test.json";
        const std::string message = errorOf([&] { writeFileAtomically(target, "x"); });
        EXPECT_NE(message.find(target), std::string::npos) << message;
        EXPECT_FALSE(fs::exists(target));
        return;
    }
    fs::create_directories(path("ro"));
    fs::permissions(path("ro"), fs::perms::owner_read | fs::perms::owner_exec);
    const std::string message = errorOf([&] { writeFileAtomically(path("ro/out.json"), "x"); });
    fs::permissions(path("ro"), fs::perms::owner_all);
    EXPECT_NE(message.find(path("ro/out.json")), std::string::npos) << message;
    EXPECT_TRUE(fs::is_empty(path("ro")));
}
