#pragma once
// The training history view: the losses per epoch and per step and the learning rate of the
// run the model came from (or of any training folder opened by hand): one check box per loss
// (in its curve's colour) and two for the training and validation curves (validation dashed
// in its training colour); the loaded checkpoint's epoch marked.

#include <QWidget>

#include <map>
#include <string>

#include "figures/figure_input.h"

class QCheckBox;
class QHBoxLayout;
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
    // The check box of a loss ("loss", "mrcnn_mask_loss"…: its training and validation
    // columns), nullptr when no log has it.
    QCheckBox* seriesBox(const QString& loss) const;
    QCheckBox* trainingBox() const { return m_training; }
    QCheckBox* validationBox() const { return m_validation; }
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
    QHBoxLayout* m_boxes = nullptr;
    std::map<std::string, QCheckBox*> m_series;  // by loss (training column name)
    QCheckBox* m_training = nullptr;
    QCheckBox* m_validation = nullptr;
    QTabWidget* m_tabs = nullptr;
    views::FigureView* m_epochs = nullptr;
    views::FigureView* m_steps = nullptr;
    views::FigureView* m_lr = nullptr;
};

}  // namespace mrcnn::gui
