#include "training/training_log.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include "io/atomic_file.h"
#include "io/input_file.h"

namespace mrcnn::training {
namespace {

namespace fs = std::filesystem;

const double kMissing = std::numeric_limits<double>::quiet_NaN();

std::vector<std::string> splitFields(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::stringstream in(line);
    while (std::getline(in, field, ','))
        fields.push_back(field);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Python's repr of a float: the shortest text that reads back to the same double.
std::string number(double v) {
    if (std::isnan(v))
        return "NA";
    char text[64];
    const auto r = std::to_chars(text, text + sizeof text, v);
    return std::string(text, r.ptr);
}

bool parseNumber(const std::string& text, double& out) {
    if (text.empty() || text == "NA" || text == "nan" || text == "NaN") {
        out = kMissing;
        return true;
    }
    const char* end = text.data() + text.size();
    const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
    const auto r = std::from_chars(begin, end, out);
    return r.ec == std::errc() && r.ptr == end;
}

std::map<std::string, double> lossColumns(const LossValues& v, const std::string& prefix) {
    return {{prefix + "loss", v.total},
            {prefix + "rpn_class_loss", v.rpnClass},
            {prefix + "rpn_bbox_loss", v.rpnBbox},
            {prefix + "mrcnn_class_loss", v.mrcnnClass},
            {prefix + "mrcnn_bbox_loss", v.mrcnnBbox},
            {prefix + "mrcnn_mask_loss", v.mrcnnMask}};
}

// The key columns first (as given), then the rest in sorted order, as CSVLogger sorts keys.
std::vector<std::string> withKeysFirst(const std::vector<std::string>& keys,
                                       const std::set<std::string>& rest) {
    std::vector<std::string> out = keys;
    for (const auto& c : rest)
        if (std::find(keys.begin(), keys.end(), c) == keys.end())
            out.push_back(c);
    return out;
}

}  // namespace

int TrainingTable::column(const std::string& name) const {
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

std::vector<double> TrainingTable::values(const std::string& name) const {
    const int c = column(name);
    if (c < 0)
        throw TrainingLogError(path + ": no column '" + name + "'");
    std::vector<double> out;
    out.reserve(rows.size());
    for (const auto& row : rows)
        out.push_back(row[static_cast<size_t>(c)]);
    return out;
}

TrainingTable readTrainingTable(const std::string& path, const std::vector<std::string>& required) {
    if (const std::string problem = inputFileProblem(path); !problem.empty())
        throw TrainingLogError(path + ": " + problem);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TrainingLogError(path + ": cannot open the file");
    TrainingTable table;
    table.path = path;
    std::string line;
    int lineNo = 0;
    auto fail = [&](const std::string& reason) {
        throw TrainingLogError(path + ":" + std::to_string(lineNo) + ": " + reason);
    };
    std::vector<int> wholeColumns;  // epoch and step: whole numbers ≥ 0
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')  // Python's csv module ends lines with \r\n
            line.pop_back();
        if (trimmed(line).empty())
            continue;
        std::vector<std::string> fields = splitFields(line);
        for (auto& f : fields)
            f = trimmed(f);
        if (table.columns.empty()) {
            table.columns = fields;
            std::set<std::string> seen;
            for (const auto& c : fields) {
                if (c.empty())
                    fail("the header has an empty column name");
                if (!seen.insert(c).second)
                    fail("column '" + c + "' appears twice in the header");
            }
            for (const auto& r : required)
                if (!seen.count(r))
                    fail("the header has no '" + r + "' column (not a training log?)");
            for (const char* key : {"epoch", "step"})
                if (table.column(key) >= 0)
                    wholeColumns.push_back(table.column(key));
            continue;
        }
        if (fields.size() != table.columns.size())
            fail(std::to_string(fields.size()) + " fields where the header has " +
                 std::to_string(table.columns.size()));
        std::vector<double> row(fields.size());
        for (size_t i = 0; i < fields.size(); ++i)
            if (!parseNumber(fields[i], row[i]))
                fail("'" + fields[i] + "' in column '" + table.columns[i] + "' is not a number");
        for (int c : wholeColumns) {
            const double v = row[static_cast<size_t>(c)];
            if (!(v >= 0) || v != std::floor(v))
                fail(table.columns[static_cast<size_t>(c)] + " '" + fields[static_cast<size_t>(c)] +
                     "' is not a whole number >= 0");
        }
        table.rows.push_back(std::move(row));
    }
    if (table.columns.empty())
        throw TrainingLogError(path + ": the file is empty (no header line)");
    return table;
}

TrainingTable readEpochLog(const std::string& path) {
    return readTrainingTable(path, {"epoch", "loss"});
}

TrainingTable readStepLog(const std::string& path) {
    return readTrainingTable(path, {"epoch", "step", "loss"});
}

std::vector<std::string> epochLogColumns(bool validation) {
    std::set<std::string> keys = {"lr"};
    for (const auto& [k, v] : lossColumns({}, ""))
        keys.insert(k);
    if (validation)
        for (const auto& [k, v] : lossColumns({}, "val_"))
            keys.insert(k);
    return withKeysFirst({"epoch"}, keys);
}

std::vector<std::string> stepLogColumns() {
    std::set<std::string> keys = {"lr"};
    for (const auto& [k, v] : lossColumns({}, ""))
        keys.insert(k);
    return withKeysFirst({"epoch", "step"}, keys);
}

// One CSV opened for appending. An existing file keeps its rows of the epochs before
// `firstEpoch`; when its header differs, the file is rewritten under the union of both
// headers (missing cells "NA") so old and new rows share one layout.
struct TrainingLogWriter::Log {
    std::string path;
    std::vector<std::string> columns;
    std::ofstream out;

    Log(const std::string& file, const std::vector<std::string>& wanted,
        const std::vector<std::string>& keys, int firstEpoch)
        : path(file), columns(wanted) {
        std::vector<std::vector<double>> kept;
        bool rewrite = false;
        if (fs::exists(path) && fs::file_size(path) > 0) {
            const TrainingTable old = readTrainingTable(path, keys);
            std::set<std::string> all(old.columns.begin(), old.columns.end());
            all.insert(wanted.begin(), wanted.end());
            columns = withKeysFirst(keys, all);
            const int epochColumn = old.column("epoch");
            for (const auto& row : old.rows) {
                if (row[static_cast<size_t>(epochColumn)] >= firstEpoch) {
                    rewrite = true;
                    continue;
                }
                std::vector<double> widened(columns.size(), kMissing);
                for (size_t i = 0; i < old.columns.size(); ++i)
                    widened[static_cast<size_t>(
                        std::find(columns.begin(), columns.end(), old.columns[i]) -
                        columns.begin())] = row[i];
                kept.push_back(std::move(widened));
            }
            rewrite = rewrite || columns != old.columns;
            if (!rewrite) {
                out.open(path, std::ios::app);
                check();
                return;
            }
        }
        // Header and kept rows replace the file whole; the rows of this run are appended,
        // each flushed and checked (a log grows while it is read, as Keras' CSVLogger's).
        std::string text;
        for (size_t i = 0; i < columns.size(); ++i)
            text += (i ? "," : "") + columns[i];
        text += "\n";
        for (const auto& row : kept)
            text += rowText(row);
        writeFileAtomically(path, text);
        out.open(path, std::ios::app);
        check();
    }

    void check() {
        if (!out)
            throw TrainingLogError(path + ": cannot write the training log (" +
                                   std::strerror(errno) + ")");
    }

    static std::string rowText(const std::vector<double>& row) {
        std::ostringstream line;
        for (size_t i = 0; i < row.size(); ++i)
            line << (i ? "," : "") << number(row[i]);
        line << "\n";
        return line.str();
    }

    void write(const std::map<std::string, double>& values) {
        std::vector<double> row(columns.size(), kMissing);
        for (size_t i = 0; i < columns.size(); ++i)
            if (const auto it = values.find(columns[i]); it != values.end())
                row[i] = it->second;
        out << rowText(row);
        out.flush();
        check();
    }
};

TrainingLogWriter::TrainingLogWriter(const std::string& dir, bool validation, int firstEpoch)
    : m_epochs(std::make_unique<Log>((fs::path(dir) / kEpochLogFile).string(),
                                     epochLogColumns(validation), std::vector<std::string>{"epoch"},
                                     firstEpoch)),
      m_steps(std::make_unique<Log>((fs::path(dir) / kStepLogFile).string(), stepLogColumns(),
                                    std::vector<std::string>{"epoch", "step"}, firstEpoch)) {}

TrainingLogWriter::~TrainingLogWriter() = default;

void TrainingLogWriter::step(int epoch, int step, double learningRate, const LossValues& losses) {
    auto values = lossColumns(losses, "");
    values["epoch"] = epoch;
    values["step"] = step;
    values["lr"] = learningRate;
    m_steps->write(values);
}

void TrainingLogWriter::epoch(int epoch, double learningRate, const LossValues& train,
                              const std::optional<LossValues>& validation) {
    auto values = lossColumns(train, "");
    if (validation)
        values.merge(lossColumns(*validation, "val_"));
    values["epoch"] = epoch;
    values["lr"] = learningRate;
    m_epochs->write(values);
}

}  // namespace mrcnn::training
