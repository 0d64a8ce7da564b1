#pragma once
// The one exception every dataset reader throws: it names the file, the record inside it
// (JSON line/column, image key, annotation id, directory entry) and the reason.

#include <stdexcept>
#include <string>

namespace mrcnn {

class DatasetError : public std::runtime_error {
public:
    DatasetError(std::string file, std::string record, std::string reason)
        : std::runtime_error(compose(file, record, reason)),
          m_file(std::move(file)),
          m_record(std::move(record)),
          m_reason(std::move(reason)) {}

    const std::string& file() const { return m_file; }
    const std::string& record() const { return m_record; }
    const std::string& reason() const { return m_reason; }

    // "file: record: reason", the one way readers name a record (problems use it too).
    static std::string compose(const std::string& file, const std::string& record,
                               const std::string& reason) {
        std::string s = file.empty() ? std::string("<dataset>") : file;
        if (!record.empty())
            s += ": " + record;
        return s + ": " + reason;
    }

private:
    std::string m_file;
    std::string m_record;
    std::string m_reason;
};

}  // namespace mrcnn
