#pragma once
// The training history view: the losses per epoch and per step and the learning rate of the
// run the model came from (or of any training folder opened by hand), each loss column
// toggled by a check box (validation columns dashed in their training colour), the loaded
// checkpoint's epoch marked.

#include <QWidget>

#include <map>
#include <string>

#include "figures/figure_input.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace mrcnn::views {
class FigureView;
}

namespace mrcnn::gui {

class WeightsAnalysis;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(WeightsAnalysis* analysis, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    views::FigureView* epochs() const { return m_epochs; }
    views::FigureView* steps() const { return m_steps; }
    views::FigureView* learningRate() const { return m_lr; }
    // The check box of a log column ("loss", "val_mrcnn_mask_loss"…), nullptr when absent.
    QCheckBox* seriesBox(const QString& column) const;
    QString headerText() const;

Q_SIGNALS:
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildBoxes();
    void refresh();

    WeightsAnalysis* m_analysis;
    QLabel* m_header = nullptr;
    QPushButton* m_open = nullptr;
    QGridLayout* m_boxes = nullptr;
    std::map<std::string, QCheckBox*> m_series;
    QTabWidget* m_tabs = nullptr;
    views::FigureView* m_epochs = nullptr;
    views::FigureView* m_steps = nullptr;
    views::FigureView* m_lr = nullptr;
};

}  // namespace mrcnn::gui
