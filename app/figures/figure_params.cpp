#include "figures/figure_params.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "inspection/tensor_names.h"

namespace mrcnn::figures {

namespace {

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string number(double v) {
    std::ostringstream out;
    out.precision(6);
    out << v;
    return out.str();
}

std::string rangeText(const ParamSpec& spec, const ParamRange& r) {
    if (spec.type == ParamType::Int)
        return std::to_string(int64_t(r.min)) + ".." + std::to_string(int64_t(r.max));
    std::string s = number(r.min) + ".." + number(r.max);
    if (spec.type == ParamType::Double)
        s += " (step " + number(spec.step) + ")";
    return s;
}

[[noreturn]] void outOfRange(const ParamSpec& spec, const std::string& got, const ParamRange& r) {
    throw ParamError(spec.key + " must be " +
                     (spec.type == ParamType::Int ? "an integer" : "a number") + " in " +
                     rangeText(spec, r) + ", got " + got);
}

}  // namespace

ParamValue paramValue(const FigureOptions& o, const ParamSpec& spec) {
    return std::visit(
        [&](auto member) -> ParamValue {
            using T = std::remove_cvref_t<decltype(o.*member)>;
            if constexpr (std::is_same_v<T, std::string>)
                return o.*member;
            else if constexpr (std::is_same_v<T, bool>)
                return o.*member;
            else if constexpr (std::is_same_v<T, double>)
                return o.*member;
            else
                return static_cast<int64_t>(o.*member);
        },
        spec.field);
}

void setParamValue(FigureOptions& o, const ParamSpec& spec, const ParamValue& value) {
    std::visit(
        [&](auto member) {
            using T = std::remove_cvref_t<decltype(o.*member)>;
            std::visit(
                [&](const auto& v) {
                    using V = std::remove_cvref_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::string> == std::is_same_v<V, std::string>)
                        o.*member = static_cast<T>(v);
                    else
                        throw ParamError(spec.key + ": a value of the wrong type");
                },
                value);
        },
        spec.field);
}

ParamRange paramRange(const ParamSpec& spec, const FigureInput* run) {
    if (!run || !spec.runRange || !run->inspection)
        return spec.range;
    ParamRange r = spec.runRange(*run);
    // Never wider than the declared bounds; an empty run range keeps the lower bound.
    r.min = std::max(r.min, spec.range.min);
    r.max = std::max(r.min, std::min(r.max, spec.range.max));
    return r;
}

std::vector<ParamChoice> paramChoices(const ParamSpec& spec, const FigureInput& in) {
    std::vector<ParamChoice> out;
    if (spec.type == ParamType::FeatureTensor && in.inspection) {
        for (const auto& n : names::featureMapNames(in.config.BACKBONE == "resnet101"))
            if (in.inspection->has(n)) {
                const auto sizes = in.inspection->tensor(n).sizes();
                out.push_back({n, QString::fromStdString(n + "  " +
                                                         shapeText({sizes.begin(), sizes.end()}))});
            }
    } else if (spec.type == ParamType::WeightTensor && in.weights.stats) {
        for (const TensorStats& t : in.weights.stats->tensors)
            out.push_back({t.name, QString::fromStdString(t.name + "  " + shapeText(t.shape))});
    }
    return out;
}

ParamValue parseParamValue(const ParamSpec& spec, const std::string& text) {
    switch (spec.type) {
        case ParamType::Int: {
            int64_t v = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || end != text.data() + text.size())
                outOfRange(spec, "\"" + text + "\"", spec.range);
            if (v < spec.range.min || v > spec.range.max)
                outOfRange(spec, text, spec.range);
            return v;
        }
        case ParamType::Double: {
            char* end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || !std::isfinite(v))
                outOfRange(spec, "\"" + text + "\"", spec.range);
            if (v < spec.range.min || v > spec.range.max)
                outOfRange(spec, text, spec.range);
            return v;
        }
        case ParamType::Bool:
            for (const char* t : {"true", "1", "yes", "on"})
                if (text == t)
                    return true;
            for (const char* f : {"false", "0", "no", "off"})
                if (text == f)
                    return false;
            throw ParamError(spec.key + " must be true or false, got \"" + text + "\"");
        case ParamType::FeatureTensor:
        case ParamType::WeightTensor:
            if (text.empty())
                throw ParamError(spec.key + " needs a tensor name");
            return text;
    }
    throw ParamError(spec.key + ": unknown parameter type");
}

void checkParamValue(const ParamSpec& spec, const ParamValue& value, const FigureInput& run) {
    if (spec.type == ParamType::Int || spec.type == ParamType::Double) {
        const double v = std::holds_alternative<double>(value)
                             ? std::get<double>(value)
                             : static_cast<double>(std::get<int64_t>(value));
        const ParamRange r = paramRange(spec, &run);
        if (v < r.min || v > r.max)
            outOfRange(spec, formatParamValue(value), r);
        return;
    }
    if (spec.type != ParamType::FeatureTensor && spec.type != ParamType::WeightTensor)
        return;
    const std::string& name = std::get<std::string>(value);
    if (name.empty())
        return;
    const auto choices = paramChoices(spec, run);
    // Without the weight statistics there is nothing to check against yet.
    if (choices.empty() && spec.type == ParamType::WeightTensor && !run.weights.stats)
        return;
    for (const auto& c : choices)
        if (c.value == name)
            return;
    std::string list;
    for (const auto& c : choices)
        list += (list.empty() ? "" : ", ") + c.value;
    if (spec.type == ParamType::WeightTensor && choices.size() > 12)
        list = std::to_string(choices.size()) +
               " tensors (`mrcnn weights stats` lists them), e.g. " + choices.front().value;
    throw ParamError(spec.key + " \"" + name + "\" is not " +
                     (spec.type == ParamType::FeatureTensor ? "a feature map of this run"
                                                            : "a tensor of the weight file") +
                     "; choose one of: " + (list.empty() ? std::string("(none)") : list));
}

std::string formatParamValue(const ParamValue& value) {
    if (const auto* s = std::get_if<std::string>(&value))
        return s->empty() ? "(first)" : *s;
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* d = std::get_if<double>(&value))
        return number(*d);
    return std::to_string(std::get<int64_t>(value));
}

std::string typeName(ParamType type) {
    switch (type) {
        case ParamType::Int:
            return "int";
        case ParamType::Double:
            return "float";
        case ParamType::Bool:
            return "bool";
        case ParamType::FeatureTensor:
            return "feature map";
        case ParamType::WeightTensor:
            return "weight tensor";
    }
    return "?";
}

std::string describeRange(const ParamSpec& spec, const FigureInput* run) {
    std::string s;
    switch (spec.type) {
        case ParamType::Int:
        case ParamType::Double:
            s = rangeText(spec, paramRange(spec, run));
            break;
        case ParamType::Bool:
            s = "true|false";
            break;
        case ParamType::FeatureTensor:
        case ParamType::WeightTensor: {
            std::string list;
            const auto choices = run ? paramChoices(spec, *run) : std::vector<ParamChoice>{};
            for (const auto& c : choices)
                list += (list.empty() ? "" : ", ") + c.value;
            if (choices.size() > 12)
                s = "one of the file's " + std::to_string(choices.size()) + " tensors, e.g. " +
                    choices.front().value;
            else
                s = !list.empty() ? "one of: " + list
                    : spec.type == ParamType::FeatureTensor
                        ? "a feature map the run kept (res2c_out, …, fpn_p2 … fpn_p6)"
                        : "a tensor of the weight file (`mrcnn weights stats` lists them)";
            break;
        }
    }
    if (spec.rangeNote && (!run || !run->inspection))
        s += " (" + std::string(spec.rangeNote) + ")";
    return s;
}

}  // namespace mrcnn::figures
