#pragma once
// A one-line progress bar on stderr for loops over many images:
//   [####      ] 37/200 image 37 0.21 s/img
// On a terminal the line is redrawn in place; otherwise (logs, pipes) a line is written at
// every tenth of the way, so logs stay short.

#include <chrono>
#include <cstdint>
#include <string>

namespace mrcnn::cli {

class ProgressBar {
public:
    explicit ProgressBar(int64_t total);
    // Call after item `done` (1-based) finished; `label` names it (an image id).
    void update(int64_t done, const std::string& label);
    // Ends the line (idempotent).
    void finish();
    double secondsPerItem() const;

private:
    int64_t m_total;
    int64_t m_done = 0;
    int64_t m_lastDecile = -1;
    bool m_tty;
    bool m_open = false;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace mrcnn::cli
