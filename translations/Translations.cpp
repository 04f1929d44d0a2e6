#include "Translations.h"

#include "settings/Language.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ip::i18n {
namespace {

// Strings Qt itself translates that our dialogs show. Qt's own translations (package
// qt6-translations-l10n) are optional, so ours carry these too; lupdate reads them from here.
struct SourceText
{
    const char *source;
    const char *comment;
};
// QGuiApplication reads the layout direction of a translation from this message.
[[maybe_unused]] constexpr SourceText kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages "
    "(such as Hebrew and Arabic) to get proper widget layout.");
// Standard buttons of QDialogButtonBox and QMessageBox.
[[maybe_unused]] constexpr const char *kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
}

bool install(const QString &file)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QString uiLanguageFor(const Settings &settings)
{
    return language::resolveUiLanguage(settings.uiLanguage, QLocale::system().uiLanguages());
}

QString translationResource(const QString &language)
{
    if (!language::uiLanguages().contains(language))
        return {};
    return QStringLiteral(":/i18n/interview-prep_%1.qm").arg(language);
}

bool installTranslation(const QString &language)
{
    removeInstalled();
    const QString code = language::uiLanguages().contains(language) ? language : QStringLiteral("en");
    language::setCurrentUiLanguage(code);

    // Qt's own first: the last translator installed is asked first, so ours win where both translate.
    if (code != QLatin1String("en"))
        install(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(code));
    // English too: its file has the plural forms of the %n messages ("1 skill", "2 skills"). QGuiApplication
    // takes the layout direction from the LanguageChange event that installTranslator() sends.
    return install(translationResource(code));
}

QString nativeLanguageName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

} // namespace ip::i18n
