#include "settings/Language.h"

#include "settings/Settings.h"

#include <QLocale>
#include <QRegularExpression>

namespace ip::language {
namespace {

QString &current()
{
    static QString code = QStringLiteral("en");
    return code;
}

// "de-AT", "de_AT", "DE" → "de"; anything QLocale cannot place → empty.
QString baseLanguage(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QLocale locale(trimmed);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    const QString name = locale.name(); // "de_DE"
    return name.section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList uiLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar") };
}

QString resolveUiLanguage(const QString &setting, const QStringList &systemUiLanguages)
{
    const QStringList shipped = uiLanguages();
    const QString chosen = baseLanguage(setting);
    if (shipped.contains(chosen))
        return chosen;
    for (const QString &candidate : systemUiLanguages) {
        const QString base = baseLanguage(candidate);
        if (shipped.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString currentUiLanguage()
{
    return current();
}

void setCurrentUiLanguage(const QString &code)
{
    current() = code.trimmed().isEmpty() ? QStringLiteral("en") : code.trimmed();
}

QString englishName(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (baseLanguage(trimmed).isEmpty())
        return trimmed;
    const QLocale locale(trimmed);
    QString name = QLocale::languageToString(locale.language());
    // A region only when the code names one ("pt_BR"), not the one QLocale fills in for "pt".
    if (trimmed.contains(QLatin1Char('_')) || trimmed.contains(QLatin1Char('-')))
        name += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
    return name;
}

QString parseLanguage(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$"));
    if (code.match(trimmed).hasMatch() && !baseLanguage(trimmed).isEmpty()) {
        QString normal = trimmed;
        normal.replace(QLatin1Char('-'), QLatin1Char('_'));
        return normal;
    }
    for (int l = QLocale::AnyLanguage + 1; l <= QLocale::LastLanguage; ++l) {
        const auto language = QLocale::Language(l);
        if (QLocale::languageToString(language).compare(trimmed, Qt::CaseInsensitive) == 0) {
            const QString name = QLocale(language).name();
            if (name != QLatin1String("C"))
                return name.section(QLatin1Char('_'), 0, 0);
        }
    }
    return {};
}

QStringList questionLanguages()
{
    QStringList codes = uiLanguages();
    codes << QStringLiteral("fr") << QStringLiteral("es") << QStringLiteral("it") << QStringLiteral("pt")
          << QStringLiteral("nl") << QStringLiteral("pl") << QStringLiteral("cs") << QStringLiteral("sv")
          << QStringLiteral("tr") << QStringLiteral("ru") << QStringLiteral("uk") << QStringLiteral("hi")
          << QStringLiteral("zh") << QStringLiteral("ja") << QStringLiteral("ko");
    return codes;
}

QString questionLanguageName(const Settings &settings)
{
    const QString chosen = settings.questionLanguage.trimmed();
    return englishName(chosen.isEmpty() ? currentUiLanguage() : chosen);
}

} // namespace ip::language
