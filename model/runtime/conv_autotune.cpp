#include "runtime/conv_autotune.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/atomic_file.h"
#include "runtime/runtime.h"

namespace mrcnn {

// A model name alone is not enough: virtual machines report generic names ("AMD EPYC") over
// hosts with different instruction sets, and oneDNN, ATen and OpenBLAS can be capped below what
// the CPU has by environment variables; both change which path is fastest.
std::string cpuIdentity(std::istream& info) {
    std::string line, model = "unknown CPU", flags;
    while (std::getline(info, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string value = colon + 2 <= line.size() ? line.substr(colon + 2) : "";
        if (line.rfind("model name", 0) == 0 && model == "unknown CPU")
            model = value;
        else if (line.rfind("flags", 0) == 0 && flags.empty())
            flags = " " + value + " ";
        if (model != "unknown CPU" && !flags.empty())
            break;
    }
    std::string identity = model;
    for (const char* isa : {"avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile"})
        if (flags.find(std::string(" ") + isa + " ") != std::string::npos)
            identity += std::string(" ") + isa;
    for (const char* cap :
         {"ONEDNN_MAX_CPU_ISA", "DNNL_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY", "OPENBLAS_CORETYPE"})
        if (const char* value = std::getenv(cap); value && *value)
            identity += std::string(" ") + cap + "=" + value;
    return identity;
}

namespace {

const std::string& thisCpuIdentity() {
    static const std::string identity = [] {
        std::ifstream info("/proc/cpuinfo");
        return cpuIdentity(info);
    }();
    return identity;
}

std::optional<ConvPath> pathNamed(const std::string& name) {
    for (size_t p = 0; p < kConvPathCount; ++p)
        if (convPathName(ConvPath(p)) == name)
            return ConvPath(p);
    return std::nullopt;
}

constexpr int kMaxRuns = 40;
constexpr double kMinTotalSeconds = 0.01;
constexpr double kSwitchRatio = 0.95;

}  // namespace

std::string convPathName(ConvPath path) {
    switch (path) {
        case ConvPath::ChannelsLast:
            return "channels-last";
        case ConvPath::Nchw:
            return "NCHW";
        case ConvPath::Subsampled:
            return "subsampled";
    }
    return "?";
}

namespace {

int64_t powerOfTwoAtLeast(int64_t v) {
    int64_t p = 1;
    while (p < v)
        p *= 2;
    return p;
}

std::string callText(const ConvCall& c, int64_t batch, int64_t height, int64_t width) {
    std::ostringstream k;
    k << batch << 'x' << c.inChannels << 'x' << height << 'x' << width
      << (c.inputChannelsLast ? " nhwc" : " nchw") << " -> " << c.outChannels << ' ' << c.kernelH
      << 'x' << c.kernelW << " s" << c.stride << " p" << c.padding[0] << ',' << c.padding[1] << ','
      << c.padding[2] << ',' << c.padding[3];
    return k.str();
}

}  // namespace

// Batch, height and width rounded up to a power of two: images of varying size
// (IMAGE_RESIZE_MODE "pad64", "none") and the mask head's varying number of detections reuse a
// choice instead of measuring again.
std::string ConvCall::key() const {
    return callText(*this, powerOfTwoAtLeast(batch), powerOfTwoAtLeast(height),
                    powerOfTwoAtLeast(width));
}

std::string ConvCall::describe() const {
    return callText(*this, batch, height, width);
}

double ConvCall::flops() const {
    const int64_t outH = (height + padding[0] + padding[1] - kernelH) / stride + 1;
    const int64_t outW = (width + padding[2] + padding[3] - kernelW) / stride + 1;
    return 2.0 * double(batch * outH * outW) * double(outChannels * inChannels * kernelH * kernelW);
}

bool ConvCall::allows(ConvPath path) const {
    if (path != ConvPath::Subsampled)
        return true;
    return kernelH == 1 && kernelW == 1 && stride > 1 && padding == std::array<int64_t, 4>{};
}

ConvAutotune& ConvAutotune::instance() {
    static ConvAutotune tuner;
    return tuner;
}

std::string ConvAutotune::machineTag() {
    return thisCpuIdentity() + " | LibTorch " + TORCH_VERSION + " | " +
           std::to_string(configuredThreads()) + " threads";
}

std::filesystem::path ConvAutotune::cacheFileIn(const std::filesystem::path& folder) {
    std::ostringstream name;
    name << "conv-autotune-" << std::hex << std::setw(16) << std::setfill('0')
         << std::hash<std::string>{}(machineTag()) << ".json";
    return folder / name.str();
}

std::filesystem::path ConvAutotune::defaultCacheFolder() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "mrcnn-inspector";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "mrcnn-inspector";
    return {};
}

void ConvAutotune::enable(const std::filesystem::path& cacheFolder, bool remeasure) {
    std::lock_guard lock(m_mutex);
    m_enabled = true;
    m_remeasure = remeasure;
    m_cacheFolder = cacheFolder;
    m_cacheFile.clear();
    m_tag.clear();
    m_choices.clear();
    m_index.clear();
}

void ConvAutotune::disable() {
    std::lock_guard lock(m_mutex);
    m_enabled = false;
    m_tag.clear();
    m_choices.clear();
    m_index.clear();
}

// Choices hold for one CPU, LibTorch and thread count: a new thread count (--threads) starts
// from its own file.
void ConvAutotune::useMachine(const std::string& tag) {
    if (tag == m_tag)
        return;
    m_tag = tag;
    m_choices.clear();
    m_index.clear();
    m_cacheFile = m_cacheFolder.empty() ? std::filesystem::path() : cacheFileIn(m_cacheFolder);
    if (!m_remeasure)
        load();
}

bool ConvAutotune::enabled() const {
    std::lock_guard lock(m_mutex);
    return m_enabled;
}

std::filesystem::path ConvAutotune::cacheFile() const {
    std::lock_guard lock(m_mutex);
    return m_cacheFile;
}

std::vector<ConvChoice> ConvAutotune::choices() const {
    std::lock_guard lock(m_mutex);
    return m_choices;
}

// A cache file that cannot be read (missing, another machine's, damaged) is measured anew and
// overwritten: it only ever saves time.
void ConvAutotune::load() {
    if (m_cacheFile.empty())
        return;
    std::ifstream in(m_cacheFile);
    if (!in)
        return;
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        if (j.at("machine").get<std::string>() != m_tag)
            return;
        for (const auto& entry : j.at("choices")) {
            const auto path = pathNamed(entry.at("path").get<std::string>());
            if (!path)
                continue;
            ConvChoice c;
            const auto& s = entry.at("shape");
            c.call.batch = s.at(0);
            c.call.inChannels = s.at(1);
            c.call.height = s.at(2);
            c.call.width = s.at(3);
            c.call.outChannels = s.at(4);
            c.call.kernelH = s.at(5);
            c.call.kernelW = s.at(6);
            c.call.stride = s.at(7);
            for (size_t p = 0; p < 4; ++p)
                c.call.padding[p] = s.at(8 + p);
            c.call.inputChannelsLast = entry.at("input_nhwc").get<bool>();
            if (!c.call.allows(*path))
                continue;
            c.path = *path;
            // Two entries under one key (an older file with exact sizes): the first holds.
            if (m_index.emplace(c.call.key(), m_choices.size()).second)
                m_choices.push_back(c);
        }
    } catch (const std::exception&) {
        m_choices.clear();
        m_index.clear();
    }
}

void ConvAutotune::save() const {
    if (m_cacheFile.empty())
        return;
    nlohmann::json choices = nlohmann::json::array();
    for (const ConvChoice& c : m_choices) {
        const ConvCall& k = c.call;
        choices.push_back(
            {{"shape",
              {k.batch, k.inChannels, k.height, k.width, k.outChannels, k.kernelH, k.kernelW,
               k.stride, k.padding[0], k.padding[1], k.padding[2], k.padding[3]}},
             {"input_nhwc", k.inputChannelsLast},
             {"path", convPathName(c.path)}});
    }
    const nlohmann::json j = {{"machine", m_tag}, {"choices", choices}};
    try {
        std::filesystem::create_directories(m_cacheFile.parent_path());
        writeFileAtomically(m_cacheFile.string(), j.dump(1));
    } catch (const std::exception&) {
        // An unwritable cache folder costs the next process a new measurement, nothing else.
    }
}

ConvPath ConvAutotune::choose(const ConvCall& call, const std::function<void(ConvPath)>& run) {
    const std::string key = call.key();
    std::lock_guard lock(m_mutex);
    useMachine(machineTag());
    if (const auto it = m_index.find(key); it != m_index.end())
        return m_choices[it->second].path;
    // Measured under the lock: another thread's first run of the same network waits for the
    // choice instead of timing beside it.
    ConvChoice choice;
    choice.call = call;
    // The fastest of at least two runs, and of more for small convolutions (microseconds are
    // noisy): until kMinTotalSeconds are spent or kMaxRuns made.
    const auto fastestOf = [](const std::function<void()>& work) {
        double fastest = std::numeric_limits<double>::infinity(), total = 0;
        for (int repeat = 0; repeat < kMaxRuns && (repeat < 2 || total < kMinTotalSeconds);
             ++repeat) {
            const auto start = std::chrono::steady_clock::now();
            work();
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            fastest = std::min(fastest, s);
            total += s;
        }
        return fastest;
    };
    // Each candidate is timed followed by a channels-last run (the next layer's usual path), and
    // compared by that pair: what a path leaves behind counts against it. (A 1×1 as an OpenBLAS
    // matrix product was twice as fast alone here, yet the network got 25 % slower: OpenBLAS's
    // threads spin after the product and slow oneDNN's next convolution.) The table shows the
    // pair minus the follower alone.
    run(ConvPath::ChannelsLast);  // first use: oneDNN builds its primitive, buffers are made
    const double follower = fastestOf([&] { run(ConvPath::ChannelsLast); });
    std::array<double, kConvPathCount> pairs{};
    for (size_t p = 0; p < kConvPathCount; ++p) {
        const auto path = ConvPath(p);
        if (!call.allows(path))
            continue;
        run(path);
        pairs[p] = fastestOf([&] {
            run(path);
            run(ConvPath::ChannelsLast);
        });
        choice.seconds[p] = std::max(pairs[p] - follower, 1e-9);
    }
    // Another path replaces channels-last only when clearly faster: a near tie is noise.
    double best = pairs[size_t(ConvPath::ChannelsLast)] * kSwitchRatio;
    for (size_t p = 0; p < kConvPathCount; ++p)
        if (choice.seconds[p] && pairs[p] < best) {
            best = pairs[p];
            choice.path = ConvPath(p);
        }
    m_index.emplace(key, m_choices.size());
    m_choices.push_back(choice);
    save();
    return choice.path;
}

}  // namespace mrcnn
