#pragma once
// A name the status bar shows for the model or the image: a file name as it is, or a phrase of
// the program's own (the demo's), translated each time it is read so that a language switch
// reaches it too.

#include <QString>

namespace mrcnn::gui {

class DisplayName {
public:
    DisplayName() = default;
    DisplayName(const QString& literal) : m_literal(literal) {}  // NOLINT: a name is a string
    DisplayName(const char* literal) : m_literal(QString::fromUtf8(literal)) {}  // NOLINT
    // `source` must be marked for lupdate with QT_TRANSLATE_NOOP(context, …).
    static DisplayName translated(const char* context, const char* source);

    QString text() const;
    bool isTranslated() const { return m_source != nullptr; }

private:
    QString m_literal;
    const char* m_context = nullptr;
    const char* m_source = nullptr;
};

}  // namespace mrcnn::gui
