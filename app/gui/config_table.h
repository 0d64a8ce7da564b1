#pragma once
// The Configuration dock: the model's config as config.display() prints it, one attribute per
// row, names and values whole (the columns take their contents' width and the table scrolls
// sideways rather than cut a long value such as LOSS_WEIGHTS).

#include <QTableWidget>

namespace mrcnn {
struct Config;
}

namespace mrcnn::gui {

class ConfigTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ConfigTable(QWidget* parent = nullptr);
    void showConfig(const Config* config);  // null: empty

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

}  // namespace mrcnn::gui
