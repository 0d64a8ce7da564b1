// The catalog's parameters applied to values: defaults, resolution for a run, `--set` and
// `--describe`.

#include <QCoreApplication>

#include <algorithm>
#include <sstream>

#include "figures/figure_catalog.h"

namespace mrcnn::figures {

FigureOptions defaultOptions(const FigureInfo& figure) {
    FigureOptions o;
    for (const auto& p : figure.params)
        setParamValue(o, p, p.defaultValue);
    return o;
}

FigureOptions resolvedOptions(const FigureInfo& figure, const FigureInput& input) {
    FigureInput in = input;  // ranges read the options resolved so far (the tensor first)
    for (const auto& p : figure.params) {
        ParamValue v = paramValue(in.options, p);
        if (p.type == ParamType::FeatureTensor || p.type == ParamType::WeightTensor) {
            const auto choices = paramChoices(p, in);
            const std::string& name = std::get<std::string>(v);
            const bool present = std::any_of(choices.begin(), choices.end(),
                                             [&](const ParamChoice& c) { return c.value == name; });
            // A name this run or file lacks falls back to the default: the first one. (The
            // weight histogram's default is the first tensor holding values.)
            if (!present && !choices.empty()) {
                std::string first = choices.front().value;
                if (p.type == ParamType::WeightTensor && in.weights.stats)
                    for (const TensorStats& t : in.weights.stats->tensors)
                        if (t.count > 0) {
                            first = t.name;
                            break;
                        }
                v = first;
            }
        } else if (p.type == ParamType::Int || p.type == ParamType::Double) {
            const ParamRange r = paramRange(p, &in);
            if (auto* i = std::get_if<int64_t>(&v))
                *i = std::clamp<int64_t>(*i, int64_t(r.min), int64_t(r.max));
            else if (auto* d = std::get_if<double>(&v))
                *d = std::clamp(*d, r.min, r.max);
        }
        setParamValue(in.options, p, v);
    }
    return in.options;
}

void applySetting(const FigureInfo& figure, FigureOptions& options, const std::string& key,
                  const std::string& text, const FigureInput* run) {
    const ParamSpec* p = figure.param(key);
    if (!p)
        throw ParamError(
            figure.name + " has no parameter \"" + key + "\"; " +
            (figure.params.empty() ? "it takes none" : "its parameters: " + figure.paramKeys()));
    try {
        ParamValue v = parseParamValue(*p, text);
        if (run) {
            FigureInput in = *run;
            in.options = options;
            checkParamValue(*p, v, in);
        }
        setParamValue(options, *p, v);
    } catch (const ParamError& e) {
        throw ParamError(figure.name + ": " + e.what());
    }
}

std::string describeFigure(const FigureInfo& figure, const FigureInput* run) {
    std::ostringstream out;
    out << figure.name << "  (" << figure.group << ")  "
        << QCoreApplication::translate("Figures", figure.title).toStdString() << "\n";
    if (figure.params.empty()) {
        out << "  no parameters\n";
        return out.str();
    }
    size_t keyWidth = 0, typeWidth = 0;
    for (const auto& p : figure.params) {
        keyWidth = std::max(keyWidth, p.key.size());
        typeWidth = std::max(typeWidth, typeName(p.type).size());
    }
    for (const auto& p : figure.params) {
        out << "  " << p.key << std::string(keyWidth - p.key.size() + 2, ' ') << typeName(p.type)
            << std::string(typeWidth - typeName(p.type).size() + 2, ' ') << "default "
            << formatParamValue(p.defaultValue) << "; " << describeRange(p, run)
            << (p.shared ? "; shared by every figure" : "") << "\n"
            << std::string(keyWidth + 4, ' ')
            << QCoreApplication::translate("Figures", p.label).toStdString() << ": "
            << QCoreApplication::translate("Figures", p.tooltip).toStdString() << "\n";
    }
    return out.str();
}

}  // namespace mrcnn::figures
