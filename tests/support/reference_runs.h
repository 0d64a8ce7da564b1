#pragma once
// The three reference runs of ../shared/reference/runs: the micro run is copied into
// tests/data (always present), the others are used only when ../shared exists.

#include <filesystem>
#include <string>

#include "support/test_paths.h"

namespace mrcnn::test {

struct ReferenceRun {
    std::string name;
    std::filesystem::path npz;
    bool needsShared = false;
    std::filesystem::path anchorsNpy;  // normalised anchors when the run has none
};

inline ReferenceRun referenceRun(const std::string& name) {
    const auto runs = sharedDir() / "reference" / "runs";
    if (name == "micro")
        return {name, dataDir() / "runs/shapes_micro_seed3_shapes001.npz", false, {}};
    if (name == "tiny")
        return {name, runs / "shapes_tiny_seed1_shapes000.npz", true, {}};
    return {name, runs / "coco_r101_quarter_seed2_astronaut.npz", true,
            sharedDir() / "reference/anchors/coco_1024_norm.npy"};
}

}  // namespace mrcnn::test

// Skips a test for a run that needs ../shared when it is absent.
#define MRCNN_REQUIRE_RUN(run)      \
    do {                            \
        if ((run).needsShared)      \
            MRCNN_REQUIRE_SHARED(); \
    } while (0)
