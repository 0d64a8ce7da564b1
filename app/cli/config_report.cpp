#include "config_report.h"

#include <filesystem>
#include <sstream>

namespace mrcnn::cli {

std::string describeConfigResolution(const ConfigResolution& r) {
    std::ostringstream out;
    for (const auto& ignored : r.ignoredJson)
        out << "warning: ignored " << ignored << "\n";
    switch (r.source) {
        case ConfigSource::WeightsAttribute:
            out << "config: stored in " << r.origin << " (attribute " << kConfigAttribute << ")\n";
            break;
        case ConfigSource::SidecarJson:
            out << "config: " << r.origin << " (beside the weights)\n";
            break;
        case ConfigSource::Inferred: {
            out << "warning: " << r.origin
                << " carries no config and no config JSON lies beside it";
            out << "; read from its layers:";
            for (const auto& field : r.inferred)
                out << " " << field;
            out << "\n";
            break;
        }
    }
    if (!r.guessed.empty()) {
        out << "warning: " << r.guessed.size()
            << " values were guessed (the weights cannot show them; pass --config PRESET|JSON "
               "to set them):\n";
        for (const auto& g : r.guessed)
            out << "  " << g.field << " = " << g.value << "\n";
    }
    return out.str();
}

}  // namespace mrcnn::cli
