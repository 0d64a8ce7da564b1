#pragma once
// The command line's side of the weights guard (weights/child_read_guard.h): main() installs
// it, and the hidden `check-weights-file FILE` command is the child it runs (reads the file and
// exits 0, or prints the reason and exits 1).

#include <CLI/CLI.hpp>

namespace mrcnn::cli {

void installWeightsFileGuard();
void addCheckWeightsFileCommand(CLI::App& app, int& exitCode);

}  // namespace mrcnn::cli
