#include "runtime/runtime.h"

#include <dlfcn.h>
#include <malloc.h>
#include <torch/torch.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <thread>

namespace mrcnn {

namespace {
int g_configuredThreads = 0;
}  // namespace

int configuredThreads() {
    return g_configuredThreads > 0 ? g_configuredThreads : torch::get_num_threads();
}

int maxThreads() {
    return 4 * std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void configureRuntime(int threads) {
    // Thousands of threads hang the machine; a negative count has no meaning.
    if (threads < 0 || threads > maxThreads())
        throw std::invalid_argument("--threads " + std::to_string(threads) +
                                    " is out of range: expected 0 (all cores) to " +
                                    std::to_string(maxThreads()) + " (4 x " +
                                    std::to_string(maxThreads() / 4) + " cores)");
    static bool mallocConfigured = false;
    if (!mallocConfigured) {
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, INT_MAX);
        mallocConfigured = true;
    }
    int n = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
    if (n < 1)
        n = 1;
    setBlasThreads(n);
    torch::set_num_threads(n);
    g_configuredThreads = n;
}

void setBlasThreads(int threads) {
    using SetThreads = void (*)(int);
    static const auto fn =
        reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    if (fn)
        fn(std::max(1, threads));
}

int blasThreads() {
    using GetThreads = int (*)();
    static const auto fn =
        reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    return fn ? fn() : 1;
}

BlasThreadScope::BlasThreadScope(int threads) : m_previous(blasThreads()) {
    setBlasThreads(threads);
}

BlasThreadScope::~BlasThreadScope() {
    setBlasThreads(m_previous);
}

namespace {

int ompMaxThreads() {
    using Get = int (*)();
    static const auto fn = reinterpret_cast<Get>(dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
    return fn ? fn() : 1;
}

void setOmpThreads(int threads) {
    using Set = void (*)(int);
    static const auto fn = reinterpret_cast<Set>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
    if (fn)
        fn(std::max(1, threads));
}

}  // namespace

SerialScope::SerialScope(bool active)
    : m_ompThreads(active ? ompMaxThreads() : 1), m_blasThreads(active ? blasThreads() : 1) {
    if (m_ompThreads > 1)
        setOmpThreads(1);
    if (m_blasThreads > 1)
        setBlasThreads(1);
}

SerialScope::~SerialScope() {
    if (m_ompThreads > 1)
        setOmpThreads(m_ompThreads);
    if (m_blasThreads > 1)
        setBlasThreads(m_blasThreads);
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
