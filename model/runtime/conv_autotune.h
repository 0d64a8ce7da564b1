#pragma once
// Chooses how each convolution runs on this machine. The fastest memory layout depends on the
// CPU: with 2 threads and oneDNN, channels-last is up to 25 % faster for 3×3 convolutions on
// AVX-512 and up to 1.8× slower on AVX2, where it still wins for 1×1; oneDNN's strided 1×1 can
// run at half the rate of subsampling first and convolving at stride 1. So the first time a
// convolution shape is met (input size, channels, kernel, stride, padding, and the layout its
// input arrives in, so that a layout change's copy counts against the path that needs it), each
// candidate path is timed on the real input and the fastest is kept — in memory and in a cache
// file per CPU model, LibTorch version and thread count, so the next process measures nothing.
//
// Every path computes the same convolution (tests compare them within 1e-5 relative); only the
// last bits of the float sums differ. Off by default, so library users and tests get the one
// fixed path (channels-last); the CLI and the window turn it on unless told not to.

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mrcnn {

enum class ConvPath : uint8_t {
    ChannelsLast,  // oneDNN on NHWC-strided input and weights
    Nchw,          // oneDNN (or LibTorch's own) on contiguous NCHW
    Subsampled,    // a strided 1×1: every stride-th pixel copied out, then channels-last
};
inline constexpr size_t kConvPathCount = 3;
std::string convPathName(ConvPath path);  // "channels-last", "NCHW", "subsampled"

// One convolution as it is called.
struct ConvCall {
    int64_t batch = 1, inChannels = 0, height = 0, width = 0;  // the input before padding
    int64_t outChannels = 0, kernelH = 1, kernelW = 1, stride = 1;
    std::array<int64_t, 4> padding{};  // top, bottom, left, right
    bool inputChannelsLast = false;

    // What a choice is kept under: batch, height and width rounded up to a power of two, so
    // that images of varying size and the mask head's varying detection counts share it.
    std::string key() const;
    std::string describe() const;      // the call as made, for the report
    double flops() const;              // 2 × multiply-adds
    bool allows(ConvPath path) const;  // Subsampled: a strided 1×1 without padding
};

struct ConvChoice {
    ConvCall call;
    ConvPath path = ConvPath::ChannelsLast;
    // Seconds of each candidate (best of a few runs) when measured in this process; empty when
    // the choice came from the cache file.
    std::array<std::optional<double>, kConvPathCount> seconds{};
};

// The CPU's model name, the vector instruction sets among its /proc/cpuinfo `flags` that the
// convolution libraries choose kernels by, and any cap on them set in the environment
// (ONEDNN_MAX_CPU_ISA, ATEN_CPU_CAPABILITY, ...).
std::string cpuIdentity(std::istream& cpuinfo);

class ConvAutotune {
public:
    static ConvAutotune& instance();

    // Turns it on; choices are read from and written to cacheFileIn(cacheFolder) for the
    // thread count in use when the first convolution runs (no file when the folder is empty).
    // With `remeasure`, cached choices are measured again (mrcnn bench --autotune-report).
    void enable(const std::filesystem::path& cacheFolder, bool remeasure = false);
    void disable();
    bool enabled() const;
    std::filesystem::path cacheFile() const;  // empty until the first choice

    // The path for `call`. The first time (per process, or ever with a cache file) `run` is
    // called for each allowed candidate a few times and the fastest is kept.
    ConvPath choose(const ConvCall& call, const std::function<void(ConvPath)>& run);
    // The choices made or read so far, in the order the shapes were met.
    std::vector<ConvChoice> choices() const;

    // What a cached choice is valid for: CPU model and vector instruction sets (with any cap set
    // in the environment), LibTorch version, intra-op threads.
    static std::string machineTag();
    // `folder`/conv-autotune-<hash of machineTag()>.json.
    static std::filesystem::path cacheFileIn(const std::filesystem::path& folder);
    // $XDG_CACHE_HOME/mrcnn-inspector, else $HOME/.cache/mrcnn-inspector (the CLI's).
    static std::filesystem::path defaultCacheFolder();

private:
    void useMachine(const std::string& tag);
    void load();
    void save() const;

    mutable std::mutex m_mutex;
    bool m_enabled = false;
    bool m_remeasure = false;
    std::filesystem::path m_cacheFolder, m_cacheFile;
    std::string m_tag;  // the machine the choices below are for
    std::vector<ConvChoice> m_choices;
    std::unordered_map<std::string, size_t> m_index;  // key() → position in m_choices
};

}  // namespace mrcnn
