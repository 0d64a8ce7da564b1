#pragma once
// Process-wide start-up choices that make LibTorch fast on CPU; every binary calls
// configureRuntime() first.

#include <string>

namespace mrcnn {

// Keeps glibc from returning large tensor buffers to the OS after each use (mmap and trim
// made whole runs ~2.5x slower) and sets LibTorch's intra-op threads and OpenBLAS's threads
// (0 = all cores). A batch-1 convolution is one matrix product that LibTorch does not split,
// so only OpenBLAS can use the cores there (COCO R101 at 1024²: 3.1 → 2.7 s on 2 cores).
// Throws std::invalid_argument for a negative count or one above maxThreads().
void configureRuntime(int threads = 0);
// The largest thread count accepted: 4 × the cores.
int maxThreads();
// The intra-op thread count configureRuntime() set (LibTorch's own count before it is called);
// unlike intraOpThreads() it does not read 1 inside a SerialScope.
int configuredThreads();

// OpenBLAS's thread count (looked up at run time: Debian's alternatives choose the BLAS;
// without OpenBLAS these do nothing).
void setBlasThreads(int threads);
int blasThreads();

// Where LibTorch already parallelises over a batch (the mask head over detections, training
// over images), OpenBLAS threads would fight its threads: this keeps BLAS at `threads` for a
// scope.
class BlasThreadScope {
public:
    explicit BlasThreadScope(int threads);
    ~BlasThreadScope();
    BlasThreadScope(const BlasThreadScope&) = delete;
    BlasThreadScope& operator=(const BlasThreadScope&) = delete;

private:
    int m_previous;
};

// One thread for LibTorch's (OpenMP) and OpenBLAS's work in this scope, on the calling thread:
// for small operations waking a second thread costs more than it saves (the demo model's
// backbone: 3.6 ms on 2 threads, 2.0 ms on 1). Sets the OpenMP count directly, because
// torch::set_num_threads also rebuilds a thread pool on every change.
class SerialScope {
public:
    explicit SerialScope(bool active = true);  // inactive: changes nothing
    ~SerialScope();
    SerialScope(const SerialScope&) = delete;
    SerialScope& operator=(const SerialScope&) = delete;

private:
    int m_ompThreads;
    int m_blasThreads;
};

// The OpenBLAS core in use ("Haswell", "Cooperlake", …) or "unknown" when the BLAS library
// is not OpenBLAS.
std::string blasCoreName();
int intraOpThreads();

}  // namespace mrcnn
