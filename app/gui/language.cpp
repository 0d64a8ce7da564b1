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
}  // namespace

std::vector<std::pair<QString, QString>> availableLanguages() {
    return {{"en", QStringLiteral("English")}, {"zh_CN", QStringLiteral("简体中文")}};
}

QString currentLanguage() {
    return current();
}

bool switchLanguage(const QString& code) {
    QCoreApplication::removeTranslator(translator());
    if (code != "en") {
        // compiled .qm files are embedded under :/i18n by qt_add_translations
        if (!translator()->load(":/i18n/mrcnn_inspector_" + code + ".qm"))
            return false;
        QCoreApplication::installTranslator(translator());
    } else {
        // English is the source language; an empty translator keeps LanguageChange flowing
        QCoreApplication::installTranslator(translator());
        QCoreApplication::removeTranslator(translator());
    }
    current() = code;
    QSettings().setValue("language", code);
    return true;
}

void installInitialLanguage() {
    QString saved = QSettings().value("language").toString();
    if (!saved.isEmpty() && switchLanguage(saved))
        return;
    QLocale locale;
    if (locale.language() == QLocale::Chinese)
        switchLanguage("zh_CN");
}

}  // namespace mrcnn::gui
