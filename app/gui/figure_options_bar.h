#pragma once
// The options bar above the figure: one control per parameter the catalog declares for the
// shown figure (spin boxes, check boxes, a tensor picker with each tensor's shape), showing the
// values resolved for the run and writing changes to FigureChoices, which redraws the figure.
// Hidden for a figure without parameters.

#include <QWidget>

#include <string>
#include <vector>

#include "figures/figure_catalog.h"

class QHBoxLayout;
class QLabel;

namespace mrcnn::gui {

class FigureChoices;

class FigureOptionsBar : public QWidget {
    Q_OBJECT
public:
    explicit FigureOptionsBar(FigureChoices* choices, QWidget* parent = nullptr);

    // The controls of `figure` with the values and ranges of `input` (options resolved for its
    // run). Rebuilt only when the figure or a picker's entries change, so a control in use is
    // never replaced under the pointer; otherwise the values and ranges are updated in place.
    void showFigure(const std::string& figure, const figures::FigureInput& input);
    const std::string& figure() const { return m_figure; }
    // The control of a parameter (QSpinBox, QDoubleSpinBox, QCheckBox or QComboBox); nullptr
    // when the shown figure has no such key.
    QWidget* editor(const std::string& key) const;
    QLabel* label(const std::string& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Control {
        figures::ParamSpec spec;
        QLabel* label = nullptr;  // none for a check box: its text is the label
        QWidget* editor = nullptr;
        std::vector<std::string> entries;  // a picker's values
    };
    void rebuild(const figures::FigureInfo& info, const figures::FigureInput& input);
    QWidget* makeEditor(Control& c, const figures::FigureInput& input);
    void updateValues(const figures::FigureInput& input);
    void retranslate();

    FigureChoices* m_choices;
    QHBoxLayout* m_layout = nullptr;
    std::string m_figure;
    std::vector<Control> m_controls;
};

}  // namespace mrcnn::gui
