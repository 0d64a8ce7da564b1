#pragma once
// Settings that OpenBLAS and OpenMP read from the environment once, when they load — before
// main() runs — so the only way to change them is to start the program again with them set.
//
// - OPENBLAS_CORETYPE naming a core without AVX-512 (e.g. "Haswell", set by some machine
//   images) on a CPU that has it halves the matrix products behind every convolution
//   (~200 vs ~400 GFLOP/s on 2 cores); it becomes the best AVX-512 core the CPU supports.
// - OMP_WAIT_POLICY, when unset, becomes PASSIVE: LibTorch's OpenMP threads otherwise spin
//   between parallel regions, and when a core is shared (the GUI thread, a compiler, another
//   run) the spinning made training steps 6x slower here.
// Setting MRCNN_KEEP_ENVIRONMENT=1 keeps the environment as it is.

namespace mrcnn {

// Re-executes the program (/proc/self/exe with the same argv) when the environment would
// change; otherwise, and when re-executing fails, returns and the program runs as it is.
void restartWithTunedEnvironment(char** argv);

}  // namespace mrcnn
