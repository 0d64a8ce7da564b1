#include "gui/display_name.h"

#include <QCoreApplication>

namespace mrcnn::gui {

DisplayName DisplayName::translated(const char* context, const char* source) {
    DisplayName name;
    name.m_context = context;
    name.m_source = source;
    return name;
}

QString DisplayName::text() const {
    return m_source ? QCoreApplication::translate(m_context, m_source) : m_literal;
}

}  // namespace mrcnn::gui
