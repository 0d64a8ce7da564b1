#include "gui/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mrcnn::gui {

namespace {
QTranslator* translator() {
    static QTranslator* t = new QTranslator(QCoreApplication::instance());
    return t;
}
QString& current() {
    static QString code = "en";
    return code;
}

// Loads the compiled translation of `code` (embedded under :/i18n by qt_add_translations).
// English loads one too: its source strings are final except the plural forms ("%n
// detection(s)" → "1 detection" / "2 detections"), which only a translator resolves.
bool install(const QString& code) {
    QCoreApplication::removeTranslator(translator());
    if (!translator()->load(":/i18n/mrcnn_inspector_" + code + ".qm"))
        return false;
    QCoreApplication::installTranslator(translator());
    current() = code;
    return true;
}
}  // namespace

std::vector<std::pair<QString, QString>> availableLanguages() {
    return {{"en", QStringLiteral("English")}, {"zh_CN", QStringLiteral("简体中文")}};
}

QString currentLanguage() {
    return current();
}

bool switchLanguage(const QString& code) {
    if (!install(code))
        return false;
    QSettings().setValue("language", code);
    return true;
}

void installInitialLanguage() {
    QString saved = QSettings().value("language").toString();
    if (!saved.isEmpty() && install(saved))
        return;
    install(QLocale().language() == QLocale::Chinese ? "zh_CN" : "en");
}

}  // namespace mrcnn::gui
