#include "runtime/runtime.h"

#include <dlfcn.h>
#include <malloc.h>
#include <torch/torch.h>

#include <climits>
#include <thread>

namespace mrcnn {

void configureRuntime(int threads) {
    static bool mallocConfigured = false;
    if (!mallocConfigured) {
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, INT_MAX);
        mallocConfigured = true;
    }
    // Looked up at run time: the BLAS behind LibTorch is chosen by Debian's alternatives.
    using SetThreads = void (*)(int);
    if (auto fn = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        fn(1);
    int n = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
    if (n < 1)
        n = 1;
    torch::set_num_threads(n);
}

std::string blasCoreName() {
    using CoreName = char* (*)();
    if (auto fn = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename")))
        return fn();
    return "unknown";
}

int intraOpThreads() {
    return torch::get_num_threads();
}

}  // namespace mrcnn
