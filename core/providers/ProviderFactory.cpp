#include "providers/ProviderFactory.h"

#include "net/UrlPolicy.h"
#include "providers/ProviderLog.h"
#include "settings/EnvironmentOverrides.h"

namespace ip {

QUrl providerBaseUrlFromEnv(const char *variable, const QUrl &configured, const QProcessEnvironment &env)
{
    const QString value = env.value(QString::fromLatin1(variable)).trimmed();
    if (value.isEmpty())
        return configured;
    const QUrl url(value, QUrl::StrictMode);
    if (!isValidBaseUrl(url)) {
        qCWarning(lcGroq, "%s is not an http(s) URL with a host; using the configured base URL", variable);
        return configured;
    }
    return url;
}

QString openAiCompatibleNameFor(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host == QLatin1StringView("api.openai.com"))
        return QStringLiteral("OpenAI");
    if (host.endsWith(QLatin1StringView("openrouter.ai")))
        return QStringLiteral("OpenRouter");
    if (isLoopbackHost(host)) {
        switch (baseUrl.port()) {
        case 11434: return QStringLiteral("Ollama");
        case 1234: return QStringLiteral("LM Studio");
        case 8080: return QStringLiteral("llama.cpp");
        default: break;
        }
    }
    return QStringLiteral("Groq");
}

namespace {

void applyCommon(ProviderConfig &c, const Settings &s)
{
    c.totalTimeoutMs = s.requestTimeoutSec * 1000;
    c.firstByteTimeoutMs = s.firstByteTimeoutSec * 1000;
    c.idleTimeoutMs = s.firstByteTimeoutSec * 1000;
    c.maxRetries = s.maxRetries;
}

} // namespace

ProviderConfig groqConfigFrom(const Settings &settings, const QString &apiKey, const QProcessEnvironment &env)
{
    ProviderConfig c;
    // Offline mode: the server on this computer that the settings name, whatever the environment says.
    c.baseUrl = settings.offlineMode
        ? settings.groqBaseUrl
        : providerBaseUrlFromEnv("INTERVIEW_PREP_GROQ_BASE_URL", settings.groqBaseUrl, env);
    c.name = openAiCompatibleNameFor(c.baseUrl);
    c.apiKey = apiKey;
    c.defaultModel = settings.questionModel;
    c.requestsPerMinute = settings.groqRequestsPerMinute;
    c.tokensPerMinute = settings.groqTokensPerMinute;
    const bool groqCloud = c.baseUrl.host().toLower().endsWith(QLatin1StringView("groq.com"));
    c.requestHeadersPerDay = groqCloud;
    c.hideReasoning = groqCloud;
    c.legacyMaxTokens = isLocalEndpoint(c.baseUrl); // Ollama ignores max_completion_tokens
    applyCommon(c, settings);
    return c;
}

ProviderConfig geminiConfigFrom(const Settings &settings, const QString &apiKey, const QProcessEnvironment &env)
{
    ProviderConfig c;
    c.baseUrl = providerBaseUrlFromEnv("INTERVIEW_PREP_GEMINI_BASE_URL", settings.geminiBaseUrl, env);
    c.name = QStringLiteral("Gemini");
    c.apiKey = apiKey;
    c.defaultModel = settings.discoveryModel;
    c.requestsPerMinute = settings.geminiRequestsPerMinute;
    c.tokensPerMinute = settings.geminiTokensPerMinute;
    applyCommon(c, settings);
    return c;
}

Providers createProviders(const Settings &settings, const ProviderKeys &keys, HttpTransport *transport, QObject *parent,
                          const QProcessEnvironment &env)
{
    Providers p;
    p.groq = new OpenAiCompatibleProvider(transport, groqConfigFrom(settings, keys.groq, env), parent);
    p.gemini = new GeminiProvider(transport, geminiConfigFrom(settings, keys.gemini, env), parent);
    return p;
}

} // namespace ip
