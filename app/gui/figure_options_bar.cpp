#include "gui/figure_options_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <limits>

#include "gui/figure_choices.h"

namespace mrcnn::gui {

namespace {

QString trFigures(const char* text) {
    return QCoreApplication::translate("Figures", text);
}

int toInt(double v) {
    return static_cast<int>(
        std::clamp<double>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

std::vector<std::string> entriesOf(const figures::ParamSpec& spec,
                                   const figures::FigureInput& input) {
    std::vector<std::string> out;
    for (const auto& c : figures::paramChoices(spec, input))
        out.push_back(c.value);
    return out;
}

}  // namespace

FigureOptionsBar::FigureOptionsBar(FigureChoices* choices, QWidget* parent)
    : QWidget(parent), m_choices(choices) {
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(6, 3, 6, 3);
    m_layout->setSpacing(6);
    setVisible(false);
}

void FigureOptionsBar::showFigure(const std::string& figure, const figures::FigureInput& input) {
    const figures::FigureInfo* info = figures::findFigure(figure);
    bool same = info && figure == m_figure && m_controls.size() == info->params.size();
    for (const auto& c : m_controls)
        same = same && c.entries == entriesOf(c.spec, input);
    if (!same && info)
        rebuild(*info, input);
    m_figure = figure;
    updateValues(input);
    setVisible(info && !info->params.empty());
}

void FigureOptionsBar::rebuild(const figures::FigureInfo& info, const figures::FigureInput& input) {
    // Later, not now: this may run inside a handler of one of these controls.
    for (auto& c : m_controls)
        for (QWidget* w : {static_cast<QWidget*>(c.label), c.editor})
            if (w) {
                w->hide();
                w->deleteLater();
            }
    m_controls.clear();
    while (QLayoutItem* item = m_layout->takeAt(0))
        delete item;
    m_figure = info.name;
    m_controls.reserve(info.params.size());
    for (const auto& spec : info.params) {
        Control& c = m_controls.emplace_back();
        c.spec = spec;
        c.entries = entriesOf(spec, input);
        if (spec.type != figures::ParamType::Bool) {
            c.label = new QLabel(this);
            m_layout->addWidget(c.label);
        }
        c.editor = makeEditor(c, input);
        c.editor->setObjectName(QString::fromStdString(spec.key));
        if (c.label)
            c.label->setBuddy(c.editor);
        m_layout->addWidget(c.editor);
        m_layout->addSpacing(10);
    }
    m_layout->addStretch(1);
    retranslate();
}

QWidget* FigureOptionsBar::makeEditor(Control& c, const figures::FigureInput& input) {
    const std::string key = c.spec.key;
    // Each change is written as the figure's choice; the window redraws from there.
    auto write = [this, key](const figures::ParamValue& v) {
        m_choices->setValue(m_figure, key, v);
    };
    switch (c.spec.type) {
        case figures::ParamType::Int: {
            auto* box = new QSpinBox(this);
            box->setKeyboardTracking(false);  // typing "128" draws once, not for 1, 12, 128
            box->setAccelerated(true);
            // As wide as the declared range needs, so a run's narrower range (a map with
            // fewer channels) never shifts the controls beside it.
            box->setRange(toInt(c.spec.range.min), toInt(c.spec.range.max));
            box->setMinimumWidth(box->sizeHint().width());
            connect(box, &QSpinBox::valueChanged, this, [write](int v) { write(int64_t{v}); });
            return box;
        }
        case figures::ParamType::Double: {
            auto* box = new QDoubleSpinBox(this);
            box->setKeyboardTracking(false);
            box->setDecimals(c.spec.decimals);
            box->setSingleStep(c.spec.step);
            box->setRange(c.spec.range.min, c.spec.range.max);
            box->setMinimumWidth(box->sizeHint().width());
            connect(box, &QDoubleSpinBox::valueChanged, this, [write](double v) { write(v); });
            return box;
        }
        case figures::ParamType::Bool: {
            auto* box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, [write](bool v) { write(v); });
            return box;
        }
        case figures::ParamType::FeatureTensor:
        case figures::ParamType::WeightTensor: {
            auto* box = new QComboBox(this);
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            box->setMaxVisibleItems(20);
            for (const auto& choice : figures::paramChoices(c.spec, input))
                box->addItem(choice.label, QString::fromStdString(choice.value));
            box->setEnabled(box->count() > 0);
            connect(box, &QComboBox::currentIndexChanged, this, [write, box](int i) {
                if (i >= 0)
                    write(box->itemData(i).toString().toStdString());
            });
            return box;
        }
    }
    return new QWidget(this);
}

void FigureOptionsBar::updateValues(const figures::FigureInput& input) {
    for (auto& c : m_controls) {
        const figures::ParamValue v = figures::paramValue(input.options, c.spec);
        const QSignalBlocker block(c.editor);
        if (auto* box = qobject_cast<QSpinBox*>(c.editor)) {
            const figures::ParamRange r = figures::paramRange(c.spec, &input);
            box->setRange(toInt(r.min), toInt(r.max));
            box->setValue(toInt(double(std::get<int64_t>(v))));
        } else if (auto* box = qobject_cast<QDoubleSpinBox*>(c.editor)) {
            const figures::ParamRange r = figures::paramRange(c.spec, &input);
            box->setRange(r.min, r.max);
            box->setValue(std::get<double>(v));
        } else if (auto* box = qobject_cast<QCheckBox*>(c.editor)) {
            box->setChecked(std::get<bool>(v));
        } else if (auto* box = qobject_cast<QComboBox*>(c.editor)) {
            box->setCurrentIndex(box->findData(QString::fromStdString(std::get<std::string>(v))));
        }
    }
    // "All channels" makes the first channel and the count moot: greyed while it is on.
    for (auto& c : m_controls) {
        if (!c.spec.disabledBy)
            continue;
        bool off = false;
        for (const auto& other : m_controls)
            if (other.spec.key == c.spec.disabledBy)
                off = std::get<bool>(figures::paramValue(input.options, other.spec));
        c.editor->setEnabled(!off);
        if (c.label)
            c.label->setEnabled(!off);
    }
}

QWidget* FigureOptionsBar::editor(const std::string& key) const {
    for (const auto& c : m_controls)
        if (c.spec.key == key)
            return c.editor;
    return nullptr;
}

QLabel* FigureOptionsBar::label(const std::string& key) const {
    for (const auto& c : m_controls)
        if (c.spec.key == key)
            return c.label;
    return nullptr;
}

void FigureOptionsBar::retranslate() {
    for (auto& c : m_controls) {
        const QString text = trFigures(c.spec.label);
        const QString tip = trFigures(c.spec.tooltip);
        if (c.label) {
            c.label->setText(text);
            c.label->setToolTip(tip);
        } else if (auto* box = qobject_cast<QCheckBox*>(c.editor)) {
            box->setText(text);
        }
        c.editor->setToolTip(tip);
    }
}

void FigureOptionsBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
