#include "settings/EnvironmentOverrides.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

namespace ip {

bool isValidBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QStringList applyEnvironmentOverrides(Settings &settings, const QProcessEnvironment &env)
{
    struct Override
    {
        const char *variable;
        QUrl Settings::*member;
    };
    static constexpr Override kOverrides[] = {
        { "INTERVIEW_PREP_GROQ_BASE_URL", &Settings::groqBaseUrl },
        { "INTERVIEW_PREP_GEMINI_BASE_URL", &Settings::geminiBaseUrl },
    };

    QStringList applied;
    for (const Override &o : kOverrides) {
        const QString name = QString::fromLatin1(o.variable);
        const QString value = env.value(name).trimmed();
        if (value.isEmpty())
            continue;
        const QUrl url(value, QUrl::StrictMode);
        if (!isValidBaseUrl(url)) {
            qCWarning(lcSettings, "%s is not an http(s) URL with a host; ignoring it", o.variable);
            continue;
        }
        settings.*o.member = url;
        applied << name;
        qCInfo(lcSettings, "Using %s from %s",
               qUtf8Printable(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)), o.variable);
    }
    return applied;
}

} // namespace ip
