#include "CoreAppContext.h"

#include "net/QnamTransport.h"
#include "providers/ProviderFactory.h"
#include "run/RunService.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"
#include "settings/SettingsStore.h"

namespace ip {

CoreAppContext::CoreAppContext(QObject *parent)
    : CoreAppContext(Options(), parent)
{ }

CoreAppContext::CoreAppContext(Options options, QObject *parent)
    : AppContext(parent)
    , m_options(std::move(options))
    , m_store(m_options.settings ? std::make_unique<SettingsStore>(m_options.settings)
                                 : std::make_unique<SettingsStore>())
    , m_transport(std::make_unique<QnamTransport>())
    , m_sessions(m_options.sessionDirectory.isEmpty() ? std::make_unique<SessionStore>()
                                                      : std::make_unique<SessionStore>(m_options.sessionDirectory))
    , m_cache(m_options.cacheDirectory.isEmpty() ? std::make_unique<ResultCache>()
                                                 : std::make_unique<ResultCache>(m_options.cacheDirectory))
    , m_keys(new KeyStore(m_options.keys, this))
    , m_settings(m_store->load())
{
    m_sessions->setWriteInBackground(true); // autosave never waits for the disk in the GUI thread
    RunService::Options runOptions;
    runOptions.transport = m_transport.get();
    runOptions.sessions = m_sessions.get();
    runOptions.cache = m_cache.get();
    runOptions.environment = m_options.environment;
    m_runs = std::make_unique<RunService>(runOptions);
    connect(m_keys, &KeyStore::keysResolved, this, [this](const ResolvedKeys &keys) {
        m_resolved.clear();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            m_resolved.insert(it.key(), it.value());
        m_keysKnown = true;
        m_runs->setKeys(
            ProviderKeys { keySource(groqId()) != KeySource::None ? m_resolved.value(groqId()).key : QString(),
                           keySource(geminiId()) != KeySource::None ? m_resolved.value(geminiId()).key : QString() });
        Q_EMIT keysChanged();
    });
    auto onChanged = [this](const KeyResult &result) {
        KeyResult shown = result;
        shown.key.clear();
        Q_EMIT keySaved(shown);
        resolve();
    };
    connect(m_keys, &KeyStore::saved, this, onChanged);
    connect(m_keys, &KeyStore::removed, this, onChanged);
    resolve();
}

CoreAppContext::~CoreAppContext()
{
    // Runs and providers (the service's, the local server probe's) go before the transport they send through.
    m_runs.reset();
    m_localServers.reset();
    qDeleteAll(findChildren<ChatProvider *>(Qt::FindDirectChildrenOnly));
}

void CoreAppContext::resolve()
{
    m_keys->resolveKeys({ groqId(), geminiId() });
}

StoredPaths CoreAppContext::storedPaths()
{
    StoredPaths paths = defaultStoredPaths(*m_store->qsettings());
    paths.sessions = m_sessions->directory();
    paths.cache = m_cache->directory();
    return paths;
}

bool CoreAppContext::deleteStoredData(bool alsoKeys)
{
    // The autosave's writes in flight land first, so none arrives after the files went.
    (void)m_sessions->flush();
    return eraseStoredData(m_store->qsettings(), m_keys, alsoKeys);
}

void CoreAppContext::afterStoredDataDeleted(StoredDataDeletion &result)
{
    m_settings = m_store->load(); // the defaults now
    (void)m_cache->clear(); // its files went: forget its index too
    if (result.keysRequested)
        resolve(); // keysChanged() follows
}

void CoreAppContext::saveSettings(const Settings &settings)
{
    m_settings = settings;
    m_store->save(settings);
}

KeySource CoreAppContext::keySource(const QString &provider) const
{
    const auto it = m_resolved.constFind(provider);
    return it != m_resolved.cend() && it->ok && !it->key.isEmpty() ? it->source : KeySource::None;
}

void CoreAppContext::saveApiKey(const QString &provider, const QString &key)
{
    if (key.trimmed().isEmpty())
        m_keys->remove(provider);
    else
        m_keys->save(provider, key);
}

QString CoreAppContext::keyBackendName() const
{
    return KeyStore::backendName();
}

QString CoreAppContext::keychainProblem() const
{
    return m_keys->keychainProblem();
}

ChatProvider *CoreAppContext::createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                             QObject *parent)
{
    Settings s = m_settings;
    const QString key = apiKey.isEmpty() ? m_resolved.value(provider).key : apiKey;
    // The URL being edited wins over any environment override.
    const QProcessEnvironment noOverrides;
    ProviderConfig config;
    if (provider == geminiId()) {
        s.geminiBaseUrl = baseUrl;
        config = geminiConfigFrom(s, key, noOverrides);
    } else {
        s.groqBaseUrl = baseUrl;
        config = groqConfigFrom(s, key, noOverrides);
    }
    config.maxRetries = 1;
    config.totalTimeoutMs = 20'000;
    if (provider == geminiId())
        return new GeminiProvider(m_transport.get(), config, parent);
    return new OpenAiCompatibleProvider(m_transport.get(), config, parent);
}

void CoreAppContext::probeLocalServers()
{
    if (!m_localServers) {
        m_localServers = std::make_unique<LocalServerProbe>(m_transport.get());
        connect(m_localServers.get(), &LocalServerProbe::finished, this, &AppContext::localServersProbed);
    }
    m_localServers->start(); // asked while one runs: that one answers
}

} // namespace ip
