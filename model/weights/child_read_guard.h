#pragma once
// A guard (setWeightsFileGuard) against weight files that crash or hang HDF5 1.10 (a heap
// overflow in H5Aexists, an endless loop in H5HG_read on a damaged global heap: fuzzing found
// both, inside the library): before a file is opened, a child process — `program
// check-weights-file PATH`, the `mrcnn` command line's hidden command — reads it. A child that
// fails passes its message on; one that dies from a signal, or runs past
// MRCNN_WEIGHTS_READ_TIMEOUT seconds (default 120; the 257 MB COCO file takes a few), makes
// the file refused with a WeightsError saying so. Each unchanged file is checked once per
// process.

#include <string>

#include "weights/keras_h5.h"

namespace mrcnn {

inline constexpr const char* kCheckWeightsFileCommand = "check-weights-file";

WeightsFileGuard childProcessWeightsGuard(std::string program);

}  // namespace mrcnn
