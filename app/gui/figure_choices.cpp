#include "gui/figure_choices.h"

namespace mrcnn::gui {

figures::FigureOptions FigureChoices::options(const std::string& figure) const {
    const figures::FigureInfo* info = figures::findFigure(figure);
    if (!info)
        return {};
    figures::FigureOptions o = figures::defaultOptions(*info);
    auto own = m_perFigure.find(figure);
    for (const auto& p : info->params) {
        if (p.shared) {
            if (auto it = m_shared.find(p.key); it != m_shared.end())
                figures::setParamValue(o, p, it->second);
        } else if (own != m_perFigure.end()) {
            if (auto it = own->second.find(p.key); it != own->second.end())
                figures::setParamValue(o, p, it->second);
        }
    }
    return o;
}

std::map<std::string, figures::FigureOptions> FigureChoices::allOptions() const {
    std::map<std::string, figures::FigureOptions> all;
    for (const auto& f : figures::figureCatalog())
        all[f.name] = options(f.name);
    return all;
}

void FigureChoices::setValue(const std::string& figure, const std::string& key,
                             const figures::ParamValue& value) {
    const figures::FigureInfo* info = figures::findFigure(figure);
    const figures::ParamSpec* spec = info ? info->param(key) : nullptr;
    if (!spec)
        return;
    // Stored as the field holds it (an int given for a float parameter becomes a float).
    figures::FigureOptions o = options(figure);
    const figures::ParamValue before = figures::paramValue(o, *spec);
    figures::setParamValue(o, *spec, value);
    const figures::ParamValue stored = figures::paramValue(o, *spec);
    if (stored == before)
        return;
    if (spec->shared)
        m_shared[key] = stored;
    else
        m_perFigure[figure][key] = stored;
    Q_EMIT changed(QString::fromStdString(figure), QString::fromStdString(key));
}

void FigureChoices::clear() {
    m_perFigure.clear();
    m_shared.clear();
}

}  // namespace mrcnn::gui
