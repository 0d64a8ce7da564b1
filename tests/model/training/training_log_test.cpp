#include "training/training_log.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mrcnn::training {
namespace {

namespace fs = std::filesystem;

class TrainingLogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("mrcnn_trainlog_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path(name), std::ios::binary) << text;
        return path(name);
    }
    std::string contents(const std::string& name) const {
        std::ifstream in(path(name));
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    fs::path m_dir;
};

LossValues losses(double base) {
    LossValues v;
    v.total = base;
    v.rpnClass = base / 10;
    v.rpnBbox = base / 5;
    v.mrcnnClass = 0.1;
    v.mrcnnBbox = 1e-5;
    v.mrcnnMask = base / 3;
    return v;
}

std::string errorOf(const std::string& file) {
    try {
        readEpochLog(file);
    } catch (const TrainingLogError& e) {
        return e.what();
    }
    return "";
}

TEST_F(TrainingLogTest, WritesKerasCsvLoggerLayoutAndReadsItBackExactly) {
    {
        TrainingLogWriter log(m_dir.string(), false, 0);
        log.step(0, 0, 0.01, losses(3.0));
        log.step(0, 1, 0.01, losses(2.5));
        log.epoch(0, 0.01, losses(2.75), std::nullopt);
        log.step(1, 0, 0.001, losses(2.0));
        log.epoch(1, 0.001, losses(2.0), std::nullopt);
    }
    // Keras' CSVLogger: "epoch", then the logged keys sorted; Python's shortest float repr.
    const std::string text = contents(kEpochLogFile);
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "epoch,loss,lr,mrcnn_bbox_loss,mrcnn_class_loss,mrcnn_mask_loss,rpn_bbox_loss,"
              "rpn_class_loss");
    EXPECT_NE(text.find("\n0,2.75,0.01,1e-05,0.1,"), std::string::npos) << text;
    const TrainingTable epochs = readEpochLog(path(kEpochLogFile));
    ASSERT_EQ(epochs.rows.size(), 2u);
    EXPECT_EQ(epochs.values("epoch"), (std::vector<double>{0, 1}));
    EXPECT_EQ(epochs.values("lr"), (std::vector<double>{0.01, 0.001}));
    EXPECT_EQ(epochs.values("mrcnn_mask_loss")[0], 2.75 / 3);  // round trip, bit for bit
    EXPECT_EQ(epochs.values("rpn_class_loss")[1], 0.2);

    const TrainingTable steps = readStepLog(path(kStepLogFile));
    EXPECT_EQ(steps.columns[0], "epoch");
    EXPECT_EQ(steps.columns[1], "step");
    EXPECT_EQ(steps.values("loss"), (std::vector<double>{3.0, 2.5, 2.0}));
    EXPECT_EQ(steps.values("step"), (std::vector<double>{0, 1, 0}));
}

TEST_F(TrainingLogTest, ResumeAppendsUnderOneHeaderAndDropsTheEpochsItRedoes) {
    {
        TrainingLogWriter log(m_dir.string(), false, 0);
        for (int e = 0; e < 3; ++e) {
            log.step(e, 0, 0.01, losses(3.0 - e));
            log.epoch(e, 0.01, losses(3.0 - e), std::nullopt);
        }
    }
    {  // Resumed from the epoch-2 checkpoint: epoch index 2 is redone.
        TrainingLogWriter log(m_dir.string(), false, 2);
        log.step(2, 0, 0.01, losses(0.5));
        log.epoch(2, 0.01, losses(0.5), std::nullopt);
    }
    const TrainingTable a = readEpochLog(path(kEpochLogFile));
    EXPECT_EQ(a.values("epoch"), (std::vector<double>{0, 1, 2}));
    EXPECT_EQ(a.values("loss"), (std::vector<double>{3.0, 2.0, 0.5}));
    EXPECT_EQ(readStepLog(path(kStepLogFile)).values("loss"), (std::vector<double>{3, 2, 0.5}));

    {  // Continued with validation: the header widens, earlier rows get "NA".
        TrainingLogWriter log(m_dir.string(), true, 3);
        log.epoch(3, 0.001, losses(0.4), losses(0.6));
    }
    const std::string text = contents(kEpochLogFile);
    EXPECT_EQ(text.find("epoch,"), 0u);
    EXPECT_EQ(text.find("epoch,", 1), std::string::npos) << "one header line";
    const TrainingTable b = readEpochLog(path(kEpochLogFile));
    EXPECT_EQ(b.columns, epochLogColumns(true));
    ASSERT_EQ(b.rows.size(), 4u);
    EXPECT_TRUE(std::isnan(b.values("val_loss")[0]));
    EXPECT_EQ(b.values("val_loss")[3], 0.6);
    EXPECT_EQ(b.values("loss")[2], 0.5);
}

TEST_F(TrainingLogTest, ReadsCrlfLinesAsPythonsCsvModuleWritesThem) {
    const TrainingTable t =
        readEpochLog(write("keras.csv", "epoch,loss,val_loss\r\n0,1.5,NA\r\n1,1.25,1.0\r\n"));
    EXPECT_EQ(t.values("loss"), (std::vector<double>{1.5, 1.25}));
    EXPECT_TRUE(std::isnan(t.values("val_loss")[0]));
}

TEST_F(TrainingLogTest, MalformedFilesNameTheLineAndTheReason) {
    const std::string empty = write("empty.csv", "");
    EXPECT_EQ(errorOf(empty), empty + ": the file is empty (no header line)");
    const std::string noEpoch = write("foreign.csv", "name,value\na,1\n");
    EXPECT_EQ(errorOf(noEpoch),
              noEpoch + ":1: the header has no 'epoch' column (not a training log?)");
    const std::string fields = write("fields.csv", "epoch,loss\n0,1.0\n1,0.5,7\n");
    EXPECT_EQ(errorOf(fields), fields + ":3: 3 fields where the header has 2");
    const std::string text = write("text.csv", "epoch,loss\n0,abc\n");
    EXPECT_EQ(errorOf(text), text + ":2: 'abc' in column 'loss' is not a number");
    const std::string epoch = write("epoch.csv", "epoch,loss\n0.5,1\n");
    EXPECT_EQ(errorOf(epoch), epoch + ":2: epoch '0.5' is not a whole number >= 0");
    const std::string twice = write("twice.csv", "epoch,loss,loss\n");
    EXPECT_EQ(errorOf(twice), twice + ":1: column 'loss' appears twice in the header");
    EXPECT_EQ(errorOf(path("missing.csv")), path("missing.csv") + ": no such file");
    EXPECT_THROW(readTrainingTable(write("loss.csv", "epoch,x\n")).values("loss"),
                 TrainingLogError);
}

TEST_F(TrainingLogTest, AnUnreadableExistingLogStopsTheWriterWithItsReason) {
    write(kEpochLogFile, "epoch,loss\n0,oops\n");
    try {
        TrainingLogWriter log(m_dir.string(), false, 1);
        FAIL() << "no error";
    } catch (const TrainingLogError& e) {
        EXPECT_NE(std::string(e.what()).find("training_log.csv:2: 'oops'"), std::string::npos);
    }
}

}  // namespace
}  // namespace mrcnn::training
