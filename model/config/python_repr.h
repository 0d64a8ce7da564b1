#pragma once
// Python-style text for config values, so displayConfig() reads like the original's
// config.display() (lists, tuples, numpy arrays, dicts, float repr).

#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

namespace mrcnn {

enum class PyListStyle { List, Tuple, NumpyArray };

// Python's repr(float): shortest round-trip digits, ".0" for integral values, scientific
// notation below 1e-4 and from 1e16.
inline std::string pyFloat(double v) {
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    // Split "d.ddde[+-]XX" into digits and exponent.
    auto ePos = sci.find('e');
    std::string mant = sci.substr(0, ePos);
    int exp10 = std::stoi(sci.substr(ePos + 1));
    bool neg = mant[0] == '-';
    if (neg)
        mant.erase(0, 1);
    std::string digits;
    for (char ch : mant)
        if (ch != '.')
            digits += ch;
    std::string out;
    if (exp10 < -4 || exp10 >= 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char e[16];
        std::snprintf(e, sizeof e, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
        out += e;
    } else if (exp10 < 0) {
        out = "0." + std::string(-exp10 - 1, '0') + digits;
    } else {
        int intLen = exp10 + 1;
        if (static_cast<int>(digits.size()) <= intLen) {
            out = digits + std::string(intLen - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, intLen) + "." + digits.substr(intLen);
        }
    }
    return neg ? "-" + out : out;
}

// An attribute the original writes as an int when integral (0, 2) and a float otherwise.
inline std::string pyNumber(double v) {
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    return pyFloat(v);
}

template <typename Vec>
std::string pyList(const Vec& values, PyListStyle style) {
    std::vector<std::string> items;
    for (auto v : values) {
        if constexpr (std::is_integral_v<decltype(v)>)
            items.push_back(std::to_string(v));
        else
            items.push_back(style == PyListStyle::NumpyArray ? pyFloat(v) : pyNumber(v));
    }
    std::string out;
    if (style == PyListStyle::NumpyArray) {
        // numpy pads every element to the widest one and separates with a space
        size_t width = 0;
        for (auto& s : items)
            width = std::max(width, s.size());
        out = "[";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += " ";
            out += std::string(width - items[i].size(), ' ') + items[i];
        }
        return out + "]";
    }
    out = style == PyListStyle::Tuple ? "(" : "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ", ";
        out += items[i];
    }
    if (style == PyListStyle::Tuple && items.size() == 1)
        out += ",";
    return out + (style == PyListStyle::Tuple ? ")" : "]");
}

inline std::string pyStringList(const std::vector<std::string>& values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ", ";
        out += "'" + values[i] + "'";
    }
    return out + "]";
}

// The original's dict literal order for LOSS_WEIGHTS.
inline const std::vector<std::string>& lossWeightOrder() {
    static const std::vector<std::string> order = {"rpn_class_loss", "rpn_bbox_loss",
                                                   "mrcnn_class_loss", "mrcnn_bbox_loss",
                                                   "mrcnn_mask_loss"};
    return order;
}

inline std::string pyDict(const std::map<std::string, double>& values,
                          const std::vector<std::string>& preferredOrder) {
    std::vector<std::string> keys;
    for (const auto& k : preferredOrder)
        if (values.count(k))
            keys.push_back(k);
    for (const auto& [k, v] : values)
        if (std::find(keys.begin(), keys.end(), k) == keys.end())
            keys.push_back(k);
    std::string out = "{";
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i)
            out += ", ";
        out += "'" + keys[i] + "': " + pyFloat(values.at(keys[i]));
    }
    return out + "}";
}

}  // namespace mrcnn
