#pragma once

// Logging categories of the providers: "ip.net.groq" (OpenAI-compatible servers) and
// "ip.net.gemini". Never log keys: requests are logged by model, tag, mode and size only.

#include <QLoggingCategory>
#include <QString>

namespace ip {

Q_DECLARE_LOGGING_CATEGORY(lcGroq)
Q_DECLARE_LOGGING_CATEGORY(lcGemini)

// lcGemini for "Gemini…" providers, lcGroq for the rest.
const QLoggingCategory &lcProviderFor(const QString &providerName);

} // namespace ip
