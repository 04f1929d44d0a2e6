#pragma once

#include "AppContext.h"
#include "keys/KeyStore.h"

#include <QHash>
#include <QProcessEnvironment>

#include <memory>

class QSettings;

namespace ip {

class QnamTransport;
class ResultCache;
class RunService;
class SessionStore;
class SettingsStore;

// The application's AppContext: settings through SettingsStore (QSettings), keys through
// KeyStore (the system keychain, or memory for the session), one QnamTransport for every
// provider, and one RunService (long-lived providers, autosave, result cache) for every run. Key
// values are looked up once at start and after every change, and kept in memory only.
class CoreAppContext : public AppContext
{
    Q_OBJECT
public:
    struct Options
    {
        QSettings *settings = nullptr; // nullptr = the application's QSettings
        KeyStore::Options keys;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString sessionDirectory; // empty = SessionStore::defaultDirectory()
        QString cacheDirectory; // empty = ResultCache::defaultDirectory()
    };

    explicit CoreAppContext(QObject *parent = nullptr);
    explicit CoreAppContext(Options options, QObject *parent = nullptr);
    ~CoreAppContext() override;

    [[nodiscard]] KeyStore *keyStore() const { return m_keys; }

    [[nodiscard]] Settings settings() const override { return m_settings; }
    void saveSettings(const Settings &settings) override;
    [[nodiscard]] bool keysKnown() const override { return m_keysKnown; }
    [[nodiscard]] KeySource keySource(const QString &provider) const override;
    void saveApiKey(const QString &provider, const QString &key) override;
    [[nodiscard]] QString keyBackendName() const override;
    [[nodiscard]] QString keychainProblem() const override;
    [[nodiscard]] RunService &runService() override { return *m_runs; }
    ChatProvider *createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                 QObject *parent) override;
    void probeLocalServers() override;
    [[nodiscard]] StoredPaths storedPaths() override;
    bool deleteStoredData(bool alsoKeys) override;

protected:
    void afterStoredDataDeleted(StoredDataDeletion &result) override;

private:
    void resolve();

    Options m_options;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<QnamTransport> m_transport;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<ResultCache> m_cache;
    std::unique_ptr<RunService> m_runs;
    std::unique_ptr<LocalServerProbe> m_localServers;
    KeyStore *m_keys;
    Settings m_settings;
    bool m_keysKnown = false;
    QHash<QString, KeyResult> m_resolved; // provider -> key, source (memory only)
};

} // namespace ip
