#include "weights_command.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "io/atomic_file.h"

namespace mrcnn::cli {

CLI::App* weightsCommand(CLI::App& app) {
    try {
        return app.get_subcommand("weights");
    } catch (const CLI::OptionNotFound&) {
        auto* group = app.add_subcommand(
            "weights", "Statistics of a weights file's tensors, or two files compared");
        group->require_subcommand(1);
        return group;
    }
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

std::string signedFixed(double value) {
    if (std::isnan(value))
        return "nan";
    char text[64];
    std::snprintf(text, sizeof text, "%+.4f", value);
    return text;
}

std::string grouped(int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (value < 0 ? "-" : "") + out;
}

void writeTextFile(const std::string& path, const std::string& text) {
    writeFileAtomically(path, text);
}

}  // namespace mrcnn::cli
