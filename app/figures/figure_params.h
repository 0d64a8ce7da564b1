#pragma once
// The typed parameters a figure declares in the catalog (key, type, range, default, label) and
// the operations on their values: read and write a FigureOptions field, parse text from the
// command line, check a value against the range on a run, list a tensor picker's choices.
// The options bar, `mrcnn figure --set/--describe` and the tests all go through these.

#include <QString>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "figures/figure_input.h"

namespace mrcnn::figures {

enum class ParamType {
    Int,
    Double,
    Bool,
    FeatureTensor,  // the name of a feature map the run kept (res2c_out … fpn_p6)
    WeightTensor,   // the name of a tensor in the weight file (conv1/kernel:0)
};

// A parameter's value: int64_t (Int), double (Double), bool (Bool), std::string (tensors).
using ParamValue = std::variant<int64_t, double, bool, std::string>;

// Where the value lives in FigureOptions, the typed store the builders read.
using ParamField =
    std::variant<int FigureOptions::*, uint64_t FigureOptions::*, double FigureOptions::*,
                 bool FigureOptions::*, std::string FigureOptions::*>;

struct ParamRange {
    double min = 0;
    double max = 0;
};

// Every member has a default initialiser: the catalog declares each parameter with designated
// initialisers that name only what it sets.
struct ParamSpec {
    std::string key{};  // --set KEY=…, stable
    ParamType type = ParamType::Int;
    ParamField field{};
    ParamValue defaultValue{};
    ParamRange range{};  // Int, Double: the widest bounds, whatever the run
    double step = 1;     // Double: the spin box's step and decimals
    int decimals = 0;
    const char* label = "";    // "Figures" context, QT_TRANSLATE_NOOP'd
    const char* tooltip = "";  // the same
    // English, for --describe: how a run narrows the range (nullptr: it does not).
    const char* rangeNote = nullptr;
    // The bounds on one run (nullptr: `range`), e.g. a channel below the tensor's count.
    ParamRange (*runRange)(const FigureInput&) = nullptr;
    // One value for every figure with this key (seed: a detection keeps its colour from
    // figure to figure; IoU: the ground-truth figures agree). Others are kept per figure.
    bool shared = false;
    // A Bool key of the same figure that makes this one moot while true ("all channels").
    const char* disabledBy = nullptr;
};

// A tensor picker's entry: the name (the value) and what the user reads ("fpn_p3  [1, …]").
struct ParamChoice {
    std::string value;
    QString label;
};

// A value the command line or a caller got wrong; the message says what is allowed.
class ParamError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

ParamValue paramValue(const FigureOptions& options, const ParamSpec& spec);
// Stores `value` (converted to the field's type) in `options`.
void setParamValue(FigureOptions& options, const ParamSpec& spec, const ParamValue& value);

// The bounds of an Int or Double parameter; on `run` (which may be null) those of that run.
ParamRange paramRange(const ParamSpec& spec, const FigureInput* run);
// The tensors a picker offers on this input, in network/file order; empty for other types.
std::vector<ParamChoice> paramChoices(const ParamSpec& spec, const FigureInput& input);

// Command-line text → value ("2", "0.75", "true"/"false"/"1"/"0", a name). Throws ParamError
// naming the expected type and range when the text does not parse or is out of `range`.
ParamValue parseParamValue(const ParamSpec& spec, const std::string& text);
// Throws ParamError when `value` is outside what this run allows (a tensor it did not keep,
// a channel past the tensor's count).
void checkParamValue(const ParamSpec& spec, const ParamValue& value, const FigureInput& run);

// For messages and --describe: "12", "0.5", "true", "fpn_p3" ("" shows as "(first)").
std::string formatParamValue(const ParamValue& value);
std::string typeName(ParamType type);
// "0..4", "0..1 (step 0.05)", "true|false", "a feature map the run kept" (+ the rangeNote).
std::string describeRange(const ParamSpec& spec, const FigureInput* run);

}  // namespace mrcnn::figures
