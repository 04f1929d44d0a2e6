#pragma once

// The ids of the providers the app knows: keychain entries, environment variables (GROQ_API_KEY),
// settings and messages all name a provider by one of these.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ip::providerid {

// Skill extraction and questions: Groq, or any OpenAI-compatible endpoint (Ollama, LM Studio, …).
inline QString groq()
{
    return QStringLiteral("groq");
}
// Web discovery with Google Search grounding.
inline QString gemini()
{
    return QStringLiteral("gemini");
}
inline QStringList all()
{
    return { groq(), gemini() };
}

} // namespace ip::providerid
