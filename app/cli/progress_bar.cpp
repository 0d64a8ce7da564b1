#include "progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <sstream>

namespace mrcnn::cli {

namespace {
constexpr int kWidth = 10;
constexpr size_t kMaxLabel = 24;  // nucleus ids are 64 hex digits
}  // namespace

ProgressBar::ProgressBar(int64_t total)
    : m_total(total),
      m_tty(::isatty(STDERR_FILENO) != 0),
      m_start(std::chrono::steady_clock::now()) {}

double ProgressBar::secondsPerItem() const {
    if (m_done == 0)
        return 0;
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_start;
    return elapsed.count() / double(m_done);
}

void ProgressBar::update(int64_t done, const std::string& label) {
    m_done = done;
    const int64_t decile = m_total > 0 ? done * 10 / m_total : 10;
    if (!m_tty && decile == m_lastDecile && done != m_total)
        return;
    m_lastDecile = decile;
    const int filled = m_total > 0 ? int(done * kWidth / m_total) : kWidth;
    std::string shown = label.size() > kMaxLabel ? label.substr(0, kMaxLabel) + "…" : label;
    char rate[32];
    std::snprintf(rate, sizeof(rate), "%.2f", secondsPerItem());
    std::ostringstream line;
    line << '[' << std::string(size_t(filled), '#') << std::string(size_t(kWidth - filled), ' ')
         << "] " << done << '/' << m_total << " image " << shown << ' ' << rate << " s/img";
    if (m_tty) {
        // \x1b[K clears what a longer previous line left behind.
        std::cerr << '\r' << line.str() << "\x1b[K" << std::flush;
        m_open = true;
    } else {
        std::cerr << line.str() << '\n';
    }
}

void ProgressBar::finish() {
    if (m_open)
        std::cerr << '\n';
    m_open = false;
}

}  // namespace mrcnn::cli
