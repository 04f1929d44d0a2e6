#include "run/ProviderPool.h"

#include "common/ProviderIds.h"
#include "providers/GeminiProvider.h"
#include "providers/OpenAiCompatibleProvider.h"

#include <QCryptographicHash>

namespace ip {

QByteArray providerFingerprint(const QString &kind, const ProviderConfig &config)
{
    QByteArray f = kind.toUtf8();
    const auto add = [&f](const QByteArray &part) {
        f += '\x1f' + part;
    };
    add(config.name.toUtf8());
    add(config.baseUrl.toEncoded());
    add(QCryptographicHash::hash(config.apiKey.toUtf8(), QCryptographicHash::Sha256).toHex());
    add(config.defaultModel.toUtf8());
    for (const qint64 n :
         { qint64(config.requestsPerMinute), config.tokensPerMinute, qint64(config.requestHeadersPerDay),
           qint64(config.totalTimeoutMs), qint64(config.firstByteTimeoutMs), qint64(config.idleTimeoutMs),
           qint64(config.maxRetries), config.backoffBaseMs, config.backoffCapMs, config.maxRateLimitWaitMs,
           qint64(config.hideReasoning), qint64(config.legacyMaxTokens) })
        add(QByteArray::number(n));
    add(QByteArray::number(quintptr(config.clock)));
    add(QByteArray::number(quintptr(config.random)));
    return f;
}

ProviderPool::ProviderPool(HttpTransport *transport, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_environment(environment)
{ }

ProviderPool::~ProviderPool() = default;

Result<RunProviders, QString> ProviderPool::providersFor(const Settings &settings, const ProviderKeys &keys)
{
    const ProviderConfig groq = groqConfigFrom(settings, keys.groq, m_environment);
    const QByteArray groqPrint = providerFingerprint(providerid::groq(), groq);
    ChatProvider *&questions = m_providers[groqPrint];
    if (!questions)
        questions = new OpenAiCompatibleProvider(m_transport, groq, this);

    RunProviders out;
    out.questions = questions;
    if (settings.groundingEnabled && !keys.gemini.isEmpty()) {
        const ProviderConfig gemini = geminiConfigFrom(settings, keys.gemini, m_environment);
        ChatProvider *&discovery = m_providers[providerFingerprint(providerid::gemini(), gemini)];
        if (!discovery)
            discovery = new GeminiProvider(m_transport, gemini, this);
        out.discovery = discovery;
    }
    return out;
}

} // namespace ip
