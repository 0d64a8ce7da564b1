#pragma once
// Shared by the libFuzzer targets: a scratch folder per process for readers that need a path
// (one file rewritten per input: creating files per execution would dominate the run time),
// and the settings that keep an execution small and single-threaded.

#include <cstddef>
#include <cstdint>
#include <string>

namespace mrcnn::fuzz {

// A private folder under $TMPDIR (or /tmp), made on first use and removed at exit.
const std::string& scratchDir();
// Writes the bytes to scratchDir()/name (replacing it) and returns the path.
std::string writeScratch(const std::string& name, const uint8_t* data, size_t size);
// LibTorch on one thread; the image pixel limit lowered to `maxPixels` so a hostile header
// cannot make every execution decode hundreds of megabytes (the check itself is the same).
void initFuzzing(uint64_t maxPixels = 4'000'000);

}  // namespace mrcnn::fuzz
