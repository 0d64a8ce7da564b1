#include "utils/graph_softmax.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace mrcnn {

namespace {

constexpr int64_t kLanes = 8;  // Vectorized<float>::size() with AVX2
constexpr int64_t kIlp = 4;    // row_sum's interleaved accumulators
constexpr int64_t kLevels = 4;

using Lanes = std::array<float, kLanes>;

int64_t ceilLog2(int64_t x) {
    int64_t r = 0;
    while ((int64_t{1} << r) < x)
        ++r;
    return r;
}

// multi_row_sum<acc, 4>: kIlp accumulators of `width` floats each, over `size` groups of
// kIlp consecutive items (item = `width` consecutive floats), with the cascade levels.
template <int64_t W>
std::array<std::array<float, W>, kIlp> multiRowSum(const float* data, int64_t size) {
    const int64_t levelPower = std::max<int64_t>(4, ceilLog2(size) / kLevels);
    const int64_t levelStep = int64_t{1} << levelPower;
    const int64_t levelMask = levelStep - 1;
    std::array<std::array<std::array<float, W>, kIlp>, kLevels> acc{};
    auto addItem = [&](int64_t i) {
        const float* base = data + i * kIlp * W;
        for (int64_t k = 0; k < kIlp; ++k)
            for (int64_t l = 0; l < W; ++l)
                acc[0][k][l] += base[k * W + l];
    };
    int64_t i = 0;
    while (i + levelStep <= size) {
        for (int64_t j = 0; j < levelStep; ++j, ++i)
            addItem(i);
        for (int64_t j = 1; j < kLevels; ++j) {
            for (int64_t k = 0; k < kIlp; ++k)
                for (int64_t l = 0; l < W; ++l) {
                    acc[j][k][l] += acc[j - 1][k][l];
                    acc[j - 1][k][l] = 0.0f;
                }
            if ((i & (levelMask << (j * levelPower))) != 0)
                break;
        }
    }
    for (; i < size; ++i)
        addItem(i);
    for (int64_t j = 1; j < kLevels; ++j)
        for (int64_t k = 0; k < kIlp; ++k)
            for (int64_t l = 0; l < W; ++l)
                acc[0][k][l] += acc[j][k][l];
    return acc[0];
}

// row_sum: multi_row_sum over the whole groups, leftover items into accumulator 0, then
// accumulators 1..3 into accumulator 0.
template <int64_t W>
std::array<float, W> rowSum(const float* data, int64_t items) {
    const int64_t sizeIlp = items / kIlp;
    auto partial = multiRowSum<W>(data, sizeIlp);
    for (int64_t i = sizeIlp * kIlp; i < items; ++i)
        for (int64_t l = 0; l < W; ++l)
            partial[0][l] += data[i * W + l];
    for (int64_t k = 1; k < kIlp; ++k)
        for (int64_t l = 0; l < W; ++l)
            partial[0][l] += partial[k][l];
    return partial[0];
}

torch::Tensor checkedLogits(const torch::Tensor& x, const char* what) {
    if (!x.defined() || x.dim() < 1 || x.scalar_type() != torch::kFloat32)
        throw std::invalid_argument(std::string(what) + ": expected a float32 tensor [..., C]");
    return x.contiguous();
}

// exp(x - rowmax) for every row, with torch::exp over one contiguous buffer.
torch::Tensor shiftedExp(const torch::Tensor& x) {
    const int64_t c = x.size(-1);
    torch::Tensor shifted = torch::empty_like(x);
    const float* px = x.data_ptr<float>();
    float* ps = shifted.data_ptr<float>();
    const int64_t rows = c > 0 ? x.numel() / c : 0;
    for (int64_t r = 0; r < rows; ++r) {
        const float* row = px + r * c;
        float m = row[0];
        for (int64_t k = 1; k < c; ++k)
            m = std::max(m, row[k]);
        for (int64_t k = 0; k < c; ++k)
            ps[r * c + k] = row[k] - m;
    }
    return torch::exp(shifted).contiguous();
}

}  // namespace

float referenceRowSum(const float* row, int64_t n) {
    if (n < kLanes) {
        // scalar_inner_sum: row_sum with scalar accumulators.
        return rowSum<1>(row, n)[0];
    }
    // vectorized_inner_sum: row_sum over whole vectors, then the scalar tail, then the lanes.
    const int64_t vecs = n / kLanes;
    Lanes acc = rowSum<kLanes>(row, vecs);
    float total = 0.0f;
    for (int64_t k = vecs * kLanes; k < n; ++k)
        total += row[k];
    for (int64_t l = 0; l < kLanes; ++l)
        total += acc[l];
    return total;
}

namespace {

// exp(x - max) per row, then `scale(row, sum)` writes the normalised row: the two softmaxes of
// the graph differ only there (x / sum against x * (1 / sum), which round differently).
template <typename Scale>
torch::Tensor normalisedRows(const torch::Tensor& logits, const char* name, Scale scale) {
    torch::Tensor x = checkedLogits(logits, name);
    const int64_t c = x.size(-1);
    torch::Tensor e = shiftedExp(x);
    float* pe = e.data_ptr<float>();
    const int64_t rows = c > 0 ? x.numel() / c : 0;
    for (int64_t r = 0; r < rows; ++r) {
        float* row = pe + r * c;
        scale(row, c, referenceRowSum(row, c));
    }
    return e;
}

}  // namespace

torch::Tensor softmaxDivide(const torch::Tensor& logits) {
    return normalisedRows(logits, "softmaxDivide", [](float* row, int64_t c, float sum) {
        for (int64_t k = 0; k < c; ++k)
            row[k] = row[k] / sum;
    });
}

torch::Tensor softmaxReciprocal(const torch::Tensor& logits) {
    return normalisedRows(logits, "softmaxReciprocal", [](float* row, int64_t c, float sum) {
        const float inv = 1.0f / sum;
        for (int64_t k = 0; k < c; ++k)
            row[k] = row[k] * inv;
    });
}

}  // namespace mrcnn
