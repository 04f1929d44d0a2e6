#pragma once

#include <QString>
#include <QStringList>

namespace ip {

struct Settings;

// The app's translations (translations/interview-prep_<code>.ts), compiled into the binary as
// ":/i18n/interview-prep_<code>.qm" (English's holds only plural forms). QtCore only: the window and the
// headless run both use it.
namespace i18n {

// The UI language for these settings on this system: Settings::uiLanguage if it is a shipped language,
// else the system's preferred languages (QLocale::system().uiLanguages()), else English.
QString uiLanguageFor(const Settings &settings);

// Makes `language` ("en", "de", "ar"; see language::uiLanguages()) the language of this process:
// removes the translators an earlier call installed, installs Qt's own translation (qtbase_<code>.qm from
// the Qt translations folder, when the system has it) and ours, and records it as
// language::currentUiLanguage() (the default question language). Numbers and dates keep the system's
// regional formats (QLocale is left alone; translations write counts as %Ln, so they follow them too).
// A QGuiApplication takes its layout direction from the translation (right-to-left for Arabic).
// Returns false if the translation could not be loaded (the English source strings remain).
bool installTranslation(const QString &language);

// The qm resource of a shipped language (English's has only the plural forms of the source strings).
QString translationResource(const QString &language);

// The name of a UI language in that language ("Deutsch", "العربية"), for the language menu.
QString nativeLanguageName(const QString &language);

} // namespace i18n
} // namespace ip
