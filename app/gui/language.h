#pragma once
// The interface language: English (the source strings) and Simplified Chinese, chosen from
// the saved setting, else the system locale; switchable at run time from the menu.

#include <QString>

#include <utility>
#include <vector>

namespace mrcnn::gui {

// (code, native name): ("en", "English"), ("zh_CN", "简体中文").
std::vector<std::pair<QString, QString>> availableLanguages();
QString currentLanguage();
// Installs the translator for `code` (saved for the next start); widgets get a
// LanguageChange event and retranslate. False when no translation for `code` exists.
bool switchLanguage(const QString& code);
// At start-up: the saved choice, else the system locale.
void installInitialLanguage();

}  // namespace mrcnn::gui
