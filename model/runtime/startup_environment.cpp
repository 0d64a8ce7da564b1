#include "runtime/startup_environment.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

namespace mrcnn {
namespace {

constexpr const char* kDoneMarker = "MRCNN_ENVIRONMENT_TUNED";

bool hasAvx512() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
}

// OpenBLAS core names whose kernels use AVX-512.
bool isAvx512Core(const std::string& core) {
    for (const char* name : {"SkylakeX", "SKYLAKEX", "Cooperlake", "COOPERLAKE", "SapphireRapids",
                             "SAPPHIRERAPIDS", "Zen4", "ZEN4"})
        if (core == name)
            return true;
    return false;
}

}  // namespace

void restartWithTunedEnvironment(char** argv) {
    if (std::getenv(kDoneMarker) || std::getenv("MRCNN_KEEP_ENVIRONMENT"))
        return;
    bool changed = false;
    if (const char* core = std::getenv("OPENBLAS_CORETYPE");
        core && !isAvx512Core(core) && hasAvx512()) {
        setenv("OPENBLAS_CORETYPE", "SkylakeX", 1);
        changed = true;
    }
    if (!std::getenv("OMP_WAIT_POLICY")) {
        setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        changed = true;
    }
    if (!changed)
        return;
    setenv(kDoneMarker, "1", 1);
    execv("/proc/self/exe", argv);
    // execv only returns on failure: run on with the environment as it was loaded.
}

}  // namespace mrcnn
