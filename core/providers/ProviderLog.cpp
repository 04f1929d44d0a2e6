#include "providers/ProviderLog.h"

namespace ip {

Q_LOGGING_CATEGORY(lcGroq, "ip.net.groq")
Q_LOGGING_CATEGORY(lcGemini, "ip.net.gemini")

const QLoggingCategory &lcProviderFor(const QString &providerName)
{
    return providerName.startsWith(QLatin1StringView("Gemini"), Qt::CaseInsensitive) ? lcGemini() : lcGroq();
}

} // namespace ip
