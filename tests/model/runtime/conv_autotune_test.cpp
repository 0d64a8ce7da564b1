#include "runtime/conv_autotune.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "backbone/folded_conv.h"
#include "config/config.h"
#include "support/test_paths.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

struct Shape {
    int64_t in, out, kernel, stride;
    bool same;
};

// Every convolution shape of a config's network: the ResNet (conv1, each stage's first block
// with its strided 1×1s and shortcut, the repeated blocks), the FPN, the RPN and the mask head.
std::vector<Shape> networkShapes(const Config& c) {
    std::vector<Shape> shapes{{3, c.resnetFilters(64), 7, 2, false}};
    const int filters[4][3] = {{64, 64, 256}, {128, 128, 512}, {256, 256, 1024}, {512, 512, 2048}};
    int64_t channels = c.resnetFilters(64);
    for (int s = 0; s < 4; ++s) {
        const int64_t f1 = c.resnetFilters(filters[s][0]), f2 = c.resnetFilters(filters[s][1]),
                      f3 = c.resnetFilters(filters[s][2]);
        const int64_t stride = s == 0 ? 1 : 2;
        shapes.push_back({channels, f1, 1, stride, false});  // branch2a of the first block
        shapes.push_back({channels, f3, 1, stride, false});  // its shortcut
        shapes.push_back({f1, f2, 3, 1, true});
        shapes.push_back({f2, f3, 1, 1, false});
        shapes.push_back({f3, f1, 1, 1, false});                       // branch2a of the others
        shapes.push_back({f3, c.TOP_DOWN_PYRAMID_SIZE, 1, 1, false});  // FPN lateral
        channels = f3;
    }
    const int64_t p = c.TOP_DOWN_PYRAMID_SIZE;
    const int64_t anchors = c.anchorsPerLocation(), rpn = c.RPN_CONV_CHANNELS;
    shapes.push_back({p, p, 3, 1, true});                      // FPN smoothing
    shapes.push_back({p, rpn, 3, c.RPN_ANCHOR_STRIDE, true});  // RPN shared
    shapes.push_back({rpn, 2 * anchors, 1, 1, false});         // RPN class
    shapes.push_back({rpn, 4 * anchors, 1, 1, false});         // RPN deltas
    shapes.push_back({p, c.MASK_HEAD_CHANNELS, 3, 1, true});   // mask conv1
    shapes.push_back({c.MASK_HEAD_CHANNELS, c.MASK_HEAD_CHANNELS, 3, 1, true});
    shapes.push_back({c.MASK_HEAD_CHANNELS, c.NUM_CLASSES, 1, 1, false});  // after the deconv
    return shapes;
}

FoldedConv randomConv(const Shape& s) {
    ParamStore p;
    p.tensors["c/kernel"] = torch::randn({s.out, s.in, s.kernel, s.kernel});
    p.tensors["c/bias"] = torch::randn({s.out});
    return foldConvBn(p, "c", "", s.stride, s.same);
}

// The convolution with TF padding in float64: what every path must give.
torch::Tensor reference(const FoldedConv& conv, const torch::Tensor& x) {
    const int64_t k = conv.weight.size(2);
    const auto py = tfPadding(x.size(2), k, conv.stride, conv.same);
    const auto px = tfPadding(x.size(3), k, conv.stride, conv.same);
    const auto padded =
        torch::constant_pad_nd(x.to(torch::kFloat64), {px[0], px[1], py[0], py[1]}, 0.0);
    return torch::conv2d(padded, conv.weight.to(torch::kFloat64), conv.bias.to(torch::kFloat64),
                         conv.stride);
}

// Turns the tuner off again whatever a test does.
struct AutotuneOff {
    ~AutotuneOff() { ConvAutotune::instance().disable(); }
};

TEST(ConvAutotune, EveryPathComputesTheSameConvolution) {
    torch::manual_seed(3);
    const Config demo = loadConfigFile(
        (test::dataDir() / ".." / ".." / "resources" / "demo" / "shapes.json").string());
    size_t checked = 0;
    for (const Config& config : {demo, presetConfig("coco")}) {
        for (const Shape& shape : networkShapes(config)) {
            const FoldedConv conv = randomConv(shape);
            for (int64_t size : {9, 12}) {  // odd and even: TF's asymmetric 'same' padding too
                const torch::Tensor nchw = torch::randn({1, shape.in, size, size + 1});
                const torch::Tensor expected = reference(conv, nchw);
                const double scale = expected.abs().max().item<double>();
                for (const auto& x : {nchw, nchw.contiguous(at::MemoryFormat::ChannelsLast)}) {
                    const ConvCall call = conv.callFor(x);
                    for (size_t p = 0; p < kConvPathCount; ++p) {
                        if (!call.allows(ConvPath(p)))
                            continue;
                        const torch::Tensor y = conv.forwardBy(x, ConvPath(p));
                        ASSERT_EQ(y.sizes(), expected.sizes()) << call.key();
                        const double error =
                            (y.to(torch::kFloat64) - expected).abs().max().item<double>();
                        EXPECT_LT(error, 1e-5 * scale)
                            << call.key() << " by " << convPathName(ConvPath(p));
                        ++checked;
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 300u);
}

TEST(ConvAutotune, MeasuresOnceAndCachesPerMachine) {
    AutotuneOff off;
    const fs::path folder = fs::temp_directory_path() / "mrcnn_conv_autotune_test";
    fs::remove_all(folder);
    ConvAutotune& tuner = ConvAutotune::instance();
    tuner.enable(folder);
    ConvCall call;
    call.inChannels = 8;
    call.height = call.width = 16;
    call.outChannels = 4;
    call.stride = 2;
    std::map<ConvPath, int> runs;  // per path, warm-up included
    const auto counted = [&](ConvPath p) { ++runs[p]; };
    auto total = [&] {
        int n = 0;
        for (const auto& [path, count] : runs)
            n += count;
        return n;
    };
    const ConvPath first = tuner.choose(call, counted);
    EXPECT_EQ(runs.size(), 3u);  // a strided 1×1: every path is a candidate
    for (const auto& [path, count] : runs)
        EXPECT_GE(count, 3) << convPathName(path);  // a warm-up and at least two timed runs
    ASSERT_EQ(tuner.choices().size(), 1u);
    EXPECT_TRUE(tuner.choices()[0].seconds[size_t(ConvPath::Subsampled)].has_value());
    const int measured = total();
    EXPECT_EQ(tuner.choose(call, counted), first);
    EXPECT_EQ(total(), measured);  // known now: not measured again
    // A 3×3, or a 1×1 at stride 1, is never subsampled.
    ConvCall wide = call;
    wide.kernelH = wide.kernelW = 3;
    wide.padding = {1, 1, 1, 1};
    runs.clear();
    EXPECT_NE(tuner.choose(wide, counted), ConvPath::Subsampled);
    EXPECT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs.count(ConvPath::Subsampled), 0u);
    ConvCall dense = call;
    dense.stride = 1;
    EXPECT_FALSE(dense.allows(ConvPath::Subsampled));
    // Sizes and batches within the same power of two share a choice (images of varying size, the
    // mask head's number of detections); the next power of two is measured on its own.
    ConvCall near = call;
    near.height = 13;
    near.width = 9;
    runs.clear();
    EXPECT_EQ(tuner.choose(near, counted), first);
    EXPECT_EQ(total(), 0);
    near.height = 17;
    tuner.choose(near, counted);
    EXPECT_GT(total(), 0);
    ASSERT_EQ(tuner.choices().size(), 3u);
    EXPECT_EQ(tuner.choices()[2].call.height, 17);

    // The next process reads the choices from the cache file named for this machine.
    const fs::path file = tuner.cacheFile();
    EXPECT_EQ(file, ConvAutotune::cacheFileIn(folder));
    ASSERT_TRUE(fs::exists(file));
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(text.find(ConvAutotune::machineTag()), std::string::npos);
    tuner.enable(folder);
    runs.clear();
    EXPECT_EQ(tuner.choose(call, counted), first);
    EXPECT_EQ(tuner.choose(wide, counted), tuner.choices()[1].path);
    EXPECT_EQ(total(), 0);
    EXPECT_FALSE(tuner.choices()[0].seconds[size_t(first)].has_value());  // read, not measured
    // Measuring again on request (mrcnn bench --autotune-report).
    tuner.enable(folder, true);
    tuner.choose(call, counted);
    EXPECT_EQ(runs.size(), 3u);
    // A damaged cache file is measured anew and written again.
    std::ofstream(file) << "{\"machine\": ";
    tuner.enable(folder);
    runs.clear();
    tuner.choose(call, counted);
    EXPECT_EQ(runs.size(), 3u);
    std::ifstream again(file);
    const std::string rewritten((std::istreambuf_iterator<char>(again)), {});
    EXPECT_NE(rewritten.find("\"choices\""), std::string::npos);
    fs::remove_all(folder);
}

// Off (the library's default) every convolution runs channels-last; on, forward runs the
// chosen path and gives the same values.
TEST(ConvAutotune, ForwardFollowsTheChoice) {
    AutotuneOff off;
    torch::manual_seed(5);
    const FoldedConv conv = randomConv({16, 8, 3, 1, true});
    const torch::Tensor x = torch::randn({1, 16, 20, 20});
    ConvAutotune::instance().disable();
    const torch::Tensor fixed = conv.forward(x, true);
    EXPECT_TRUE(fixed.is_contiguous(at::MemoryFormat::ChannelsLast));
    ConvAutotune::instance().enable({});
    const torch::Tensor tuned = conv.forward(x, true);
    ASSERT_EQ(ConvAutotune::instance().choices().size(), 1u);
    EXPECT_TRUE(torch::allclose(tuned, fixed, 1e-5, 1e-5));
    EXPECT_TRUE(ConvAutotune::instance().cacheFile().empty());
}

// Choices made on one instruction set must not be reused on another: a virtual machine's generic
// model name covers hosts with and without AVX-512, and a cap in the environment (oneDNN's
// ONEDNN_MAX_CPU_ISA) changes the kernels as much as a different CPU does.
TEST(ConvAutotune, MachineIdentityNamesTheInstructionSetsAndCaps) {
    const std::string avx2Only =
        "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx avx2 fma bmi2\n\n"
        "processor\t: 1\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx avx2 fma bmi2\n";
    const std::string avx512 =
        "model name\t: AMD EPYC\nflags\t\t: fpu avx2 fma avx512f avx512dq avx512_vnni "
        "avx512_bf16\n";
    const char* given = std::getenv("ONEDNN_MAX_CPU_ISA");
    const std::string outer = given ? given : "";
    ::unsetenv("ONEDNN_MAX_CPU_ISA");
    std::istringstream first(avx2Only), second(avx512);
    const std::string a = cpuIdentity(first), b = cpuIdentity(second);
    EXPECT_EQ(a, "AMD EPYC avx2 fma");
    EXPECT_EQ(b, "AMD EPYC avx2 fma avx512f avx512_vnni avx512_bf16");

    ::setenv("ONEDNN_MAX_CPU_ISA", "AVX2", 1);
    std::istringstream capped(avx512);
    EXPECT_EQ(cpuIdentity(capped), b + " ONEDNN_MAX_CPU_ISA=AVX2");
    if (given)
        ::setenv("ONEDNN_MAX_CPU_ISA", outer.c_str(), 1);
    else
        ::unsetenv("ONEDNN_MAX_CPU_ISA");

    std::istringstream nothing("");
    EXPECT_EQ(cpuIdentity(nothing), "unknown CPU");

    // This machine's tag starts with what its own /proc/cpuinfo gives.
    std::ifstream info("/proc/cpuinfo");
    if (info)
        EXPECT_EQ(ConvAutotune::machineTag().rfind(cpuIdentity(info), 0), 0u);
}

}  // namespace
}  // namespace mrcnn
