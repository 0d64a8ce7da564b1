#include "data/class_names_file.h"

#include <fstream>
#include <set>

namespace mrcnn {

namespace {
std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}
}  // namespace

std::vector<std::string> readClassNamesFile(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw DatasetError(path, "", "cannot open the class names file");
    std::vector<std::string> names = {"BG"};
    std::set<std::string> seen;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string name = trimmed(line);
        if (name.empty() || name[0] == '#')
            continue;
        if (names.size() == 1 && seen.empty() && name == "BG") {
            seen.insert(name);
            continue;
        }
        if (!seen.insert(name).second)
            throw DatasetError(path, "line " + std::to_string(number),
                               "class name '" + name + "' given twice");
        names.push_back(name);
    }
    if (names.size() == 1)
        throw DatasetError(path, "", "no class names in the file");
    return names;
}

void applyClassNames(Dataset& dataset, const std::vector<std::string>& names,
                     const std::string& origin) {
    if (static_cast<int64_t>(names.size()) != dataset.numClasses())
        throw DatasetError(origin, "",
                           "names " + std::to_string(names.size() - 1) +
                               " classes, but the annotation has " +
                               std::to_string(dataset.numClasses() - 1));
    dataset.renameClasses(names);
}

}  // namespace mrcnn
