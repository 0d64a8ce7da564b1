#pragma once
// Process-wide start-up choices that make LibTorch fast on CPU; every binary calls
// configureRuntime() first.

#include <string>

namespace mrcnn {

// Keeps glibc from returning large tensor buffers to the OS after each use (mmap and trim
// made whole runs ~2.5x slower), sets LibTorch's intra-op threads (0 = all cores) and keeps
// OpenBLAS single-threaded so its threads do not fight LibTorch's.
void configureRuntime(int threads = 0);

// The OpenBLAS core in use ("Haswell", "Cooperlake", …) or "unknown" when the BLAS library
// is not OpenBLAS.
std::string blasCoreName();
int intraOpThreads();

}  // namespace mrcnn
