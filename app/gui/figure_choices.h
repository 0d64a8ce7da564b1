#pragma once
// The user's choices for the figures' parameters, kept while images, runs and figures change:
// per figure, except the keys the catalog declares shared (the seed, the IoU threshold), which
// hold one value for every figure. The options bar and the Weights dock write here; the window
// builds each figure from options(name).

#include <QObject>

#include <map>
#include <string>

#include "figures/figure_catalog.h"

namespace mrcnn::gui {

class FigureChoices : public QObject {
    Q_OBJECT
public:
    explicit FigureChoices(QObject* parent = nullptr) : QObject(parent) {}

    // The figure's catalog defaults with the choices made for it (and the shared ones).
    figures::FigureOptions options(const std::string& figure) const;
    // Every figure's options (File ▸ Export all figures draws each with its own).
    std::map<std::string, figures::FigureOptions> allOptions() const;
    // Stores a value for a parameter the figure declares (ignored otherwise); emits changed
    // when it differs from what was there.
    void setValue(const std::string& figure, const std::string& key,
                  const figures::ParamValue& value);
    // Forgets every choice: the defaults again.
    void clear();

Q_SIGNALS:
    // `figure` is the one the value was set for; a shared key changes every figure with it.
    void changed(const QString& figure, const QString& key);

private:
    std::map<std::string, std::map<std::string, figures::ParamValue>> m_perFigure;
    std::map<std::string, figures::ParamValue> m_shared;
};

}  // namespace mrcnn::gui
