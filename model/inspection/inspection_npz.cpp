#include "inspection/inspection_npz.h"

#include <set>

#include "inspection/tensor_names.h"
#include "io/npy_torch.h"

namespace mrcnn {

std::vector<std::pair<std::string, NpyArray>> inspectionArrays(const Inspection& rec,
                                                               const NpzExportOptions& options) {
    const bool r101 = rec.has(names::kRes4wOut);
    std::set<std::string> skip;
    if (!options.trace)
        for (const auto& n : names::traceNames())
            skip.insert(n);
    if (!options.featureMaps)
        for (const auto& n : names::featureMapNames(r101))
            skip.insert(n);
    std::vector<std::pair<std::string, NpyArray>> out;
    for (const auto& name : names::allRunNames(r101)) {
        if (skip.count(name))
            continue;
        if (name == names::kConfigJson) {
            out.emplace_back(name, npyFromString(rec.configJson));
            continue;
        }
        if (!rec.has(name))
            continue;
        torch::Tensor t = rec.tensor(name);
        if (name == names::kImageMeta)
            t = t.to(torch::kFloat64);  // one dtype for every config (see the header)
        out.emplace_back(name, tensorToNpy(t.contiguous()));
    }
    return out;
}

void writeInspectionNpz(const Inspection& rec, const std::string& path,
                        const NpzExportOptions& options) {
    writeNpz(path, inspectionArrays(rec, options), true);
}

}  // namespace mrcnn
