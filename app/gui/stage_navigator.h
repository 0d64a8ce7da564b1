#pragma once
// The stage navigator: every figure of the catalogue under its stage group, in pipeline order.
// Long titles wrap onto a second line instead of being elided, so the dock can stay narrow at
// 1024 pixels; a language change retranslates the titles in place (selection and scroll kept).

#include <QTreeWidget>

#include <string>

namespace mrcnn::gui {

class StageNavigator : public QTreeWidget {
    Q_OBJECT
public:
    explicit StageNavigator(QWidget* parent = nullptr);

    // Selects the figure's entry without announcing it.
    void setCurrentFigure(const std::string& name);
    static std::string figureOf(const QTreeWidgetItem* item);
    // The text width available to `item` in the column, and the height its wrapped text needs
    // (tests check that every entry fits).
    int textWidthFor(const QTreeWidgetItem* item) const;
    int textHeightFor(const QTreeWidgetItem* item) const;
    int textWidth(int depth) const;
    int wrappedHeight(const QString& text, int depth) const;

Q_SIGNALS:
    void figureChosen(const std::string& name);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fill();
    void retranslate();
};

}  // namespace mrcnn::gui
