#pragma once

#include <QString>
#include <QStringList>

namespace ip {

struct Settings;

// Languages of the user interface and of the generated questions. Codes are BCP 47-ish ("de", "pt_BR"),
// as Settings::uiLanguage and Settings::questionLanguage store them.
namespace language {

// The UI languages with a translation: the English source strings, then every shipped translation
// (translations/interview-prep_<code>.ts).
QStringList uiLanguages();

// The UI language to use: `setting` if it names a shipped language (a region is ignored: "de_AT" → "de"),
// else the first of `systemUiLanguages` (QLocale::system().uiLanguages(), most preferred first) that does,
// else "en".
QString resolveUiLanguage(const QString &setting, const QStringList &systemUiLanguages);

// The UI language this process shows (the app sets it at start-up after loading the translation);
// "en" until set.
QString currentUiLanguage();
void setCurrentUiLanguage(const QString &code);

// The English name of a language code for a prompt: "de" → "German", "pt_BR" → "Portuguese (Brazil)".
// Text that is not a language code is returned trimmed, as it is.
QString englishName(const QString &code);

// A language as the user typed it, as a code Settings accepts: a code QLocale knows ("de", "pt-BR" → "pt_BR")
// or an English language name ("German" → "de"); empty if it is neither.
QString parseLanguage(const QString &text);

// Languages offered for the questions, as codes (the UI languages first).
QStringList questionLanguages();

// The language the questions are written in, as an English name for the prompt:
// Settings::questionLanguage, or the current UI language when that is empty.
QString questionLanguageName(const Settings &settings);

} // namespace language
} // namespace ip
