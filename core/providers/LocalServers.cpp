#include "LocalServers.h"

#include "OpenAiCompatibleProvider.h"
#include "ProviderConfig.h"

namespace ip {

QString LocalServer::chatModel() const
{
    static const QStringList notForChat { QStringLiteral("embed"), QStringLiteral("whisper"), QStringLiteral("tts"),
                                          QStringLiteral("rerank") };
    for (const QString &model : models) {
        const bool other = std::any_of(notForChat.begin(), notForChat.end(), [&model](const QString &word) {
            return model.contains(word, Qt::CaseInsensitive);
        });
        if (!other)
            return model;
    }
    return models.value(0);
}

QString LocalServer::address() const
{
    return baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port(80));
}

QList<LocalServer> knownLocalServers()
{
    const auto at = [](const char *name, int port) {
        return LocalServer { QString::fromUtf8(name), QUrl(QStringLiteral("http://localhost:%1/v1").arg(port)), {} };
    };
    // The ports each server listens on unless told otherwise (their documentation's defaults).
    return {
        at("Ollama", 11434), at("LM Studio", 1234), at("llama.cpp", 8080), // llama-server; LocalAI uses it too
        at("vLLM", 8000),    at("Jan", 1337),       at("KoboldCpp", 5001), at("text-generation-webui", 5000),
        at("GPT4All", 4891),
    };
}

LocalServerProbe::LocalServerProbe(HttpTransport *transport, QList<LocalServer> candidates, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_candidates(std::move(candidates))
{ }

LocalServerProbe::~LocalServerProbe() = default;

void LocalServerProbe::start(int timeoutMs)
{
    if (m_pending > 0)
        return;
    qDeleteAll(m_providers);
    m_providers.clear();
    m_pending = int(m_candidates.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        LocalServer &candidate = m_candidates[i];
        candidate.models.clear();
        ProviderConfig config;
        config.name = candidate.name;
        config.baseUrl = candidate.baseUrl;
        config.maxRetries = 0;
        config.totalTimeoutMs = timeoutMs;
        config.firstByteTimeoutMs = timeoutMs;
        auto *provider = new OpenAiCompatibleProvider(m_transport, config, this);
        m_providers << provider;
        ModelListCall *call = provider->listModels(provider);
        connect(call, &ModelListCall::finished, this, [this, i](const QList<ModelInfo> &models) {
            for (const ModelInfo &m : models)
                if (!m.id.trimmed().isEmpty())
                    m_candidates[i].models << m.id;
            answered();
        });
        connect(call, &ModelListCall::failed, this, [this] { answered(); });
    }
}

void LocalServerProbe::answered()
{
    if (--m_pending > 0)
        return;
    QList<LocalServer> found;
    for (const LocalServer &candidate : std::as_const(m_candidates))
        if (!candidate.models.isEmpty())
            found << candidate;
    Q_EMIT finished(found);
}

} // namespace ip
