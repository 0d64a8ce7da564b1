#pragma once
// The `mrcnn weights` command group: its sub-commands (`stats`, `diff`) live in their own
// files and attach to the one group this returns; plus the text helpers they share.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mrcnn::cli {

// The "weights" sub-command of `app`, made by whichever sub-command file registers first.
CLI::App* weightsCommand(CLI::App& app);
// (7, 7, 3, 64), (64,) for one dimension, as Python prints a shape.
std::string shapeText(const std::vector<int64_t>& shape);
// The original's `{:+.4f}`; "nan" for a NaN.
std::string signedFixed(double value);
// 64158584 → "64,158,584".
std::string grouped(int64_t value);
// Writes `text` to `path`; throws naming the file when it cannot.
void writeTextFile(const std::string& path, const std::string& text);

}  // namespace mrcnn::cli
