#pragma once

#include "providers/GeminiProvider.h"
#include "providers/OpenAiCompatibleProvider.h"
#include "providers/ProviderConfig.h"
#include "settings/Settings.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace ip {

class HttpTransport;

// Building the app's two providers from Settings.
//
//   ip::QnamTransport transport;                       // one per thread, outlives the providers
//   ip::ProviderKeys keys{groqKey, geminiKey};          // from the KeyStore
//   ip::Providers p = ip::createProviders(settings, keys, &transport, this);
//   p.groq->chat(request, this);  p.gemini->chat(groundedRequest, this);
//
// The base URLs honour INTERVIEW_PREP_GROQ_BASE_URL / INTERVIEW_PREP_GEMINI_BASE_URL (headless runs
// and tests), which win over Settings.

struct ProviderKeys
{
    QString groq; // may be empty for a loopback OpenAI-compatible server
    QString gemini;
};

struct Providers
{
    OpenAiCompatibleProvider *groq = nullptr; // "Groq" (or "Ollama", "LM Studio", … by base URL)
    GeminiProvider *gemini = nullptr; // "Gemini"
};

// `configured`, or the URL in the environment variable `variable` when that is set to a valid
// http(s) URL (an invalid value is ignored with a warning).
QUrl providerBaseUrlFromEnv(const char *variable, const QUrl &configured,
                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// A display name for an OpenAI-compatible endpoint: Groq, OpenAI, OpenRouter, Ollama (:11434),
// LM Studio (:1234), llama.cpp (:8080); "Groq" otherwise.
QString openAiCompatibleNameFor(const QUrl &baseUrl);

// The configs createProviders() uses (exposed for tests and the benchmark).
ProviderConfig groqConfigFrom(const Settings &settings, const QString &apiKey,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
ProviderConfig geminiConfigFrom(const Settings &settings, const QString &apiKey,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// Both providers, parented to `parent`; `transport` is not owned and must outlive them.
Providers createProviders(const Settings &settings, const ProviderKeys &keys, HttpTransport *transport, QObject *parent,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace ip
