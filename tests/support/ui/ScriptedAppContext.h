#pragma once

// An AppContext for GUI tests and the demo: settings and key status in memory, pipelines over
// in-process ScriptedChatProviders (tests/support), and model lists / an Ollama probe answered
// from values the test sets. Nothing touches the network, the keychain or the settings file.

#include "AppContext.h"
#include "ScriptedChatProvider.h"
#include "ScriptedTranscriber.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace ip {
class ResultCache;
class RunService;
class SessionStore;
} // namespace ip

namespace ip::uitest {

// Scripts that answer like a well-behaved provider: "skills" → `skills`; "discovery" → one
// "## Skill" section and one source per asked skill; "questions" → `perSkill` questions per skill.
test::ScriptedChatProvider::Script groqScript(const QStringList &skills, int perSkill);
test::ScriptedChatProvider::Script geminiScript();
// The skills a discovery or questions prompt asks for (its first run of "- " lines).
QStringList askedSkills(const ChatRequest &request);
// {"all_questions": [{"skill", "questions": ["<skill> question <n><variant>?"…]}]}
QJsonObject questionsJson(const QStringList &skills, int perSkill, const QString &variant = {});

class ScriptedAppContext : public AppContext
{
    Q_OBJECT
public:
    explicit ScriptedAppContext(QObject *parent = nullptr);
    ~ScriptedAppContext() override;

    test::ScriptedChatProvider &groq() { return *m_groq; }
    test::ScriptedChatProvider &gemini() { return *m_gemini; }

    void setSettings(const Settings &settings) { m_settings = settings; }
    void setKeysKnown(bool known);
    void setKey(const QString &provider, KeySource source);
    void setKeychainProblem(const QString &problem) { m_keychainProblem = problem; }
    void setKeyBackendName(const QString &name) { m_backendName = name; }
    // What probeLocalServers() finds (by default nothing), and how often it was asked.
    void setLocalServers(const QList<LocalServer> &servers) { m_localServers = servers; }
    [[nodiscard]] int localServerProbes() const { return m_localServerProbes; }
    void setModelList(const QString &provider, const QStringList &models) { m_modelLists[provider] = models; }
    void setModelListError(const QString &provider, const ProviderError &error) { m_modelErrors[provider] = error; }
    // Runs are autosaved in <directory>/sessions and results cached in <directory>/cache (by
    // default neither: sessionStore() and resultCache() are null).
    void setSessionDirectory(const QString &directory);
    // What Settings ▸ Storage shows and deletes (by default nothing: no paths), and the settings
    // reset by "delete everything" (not owned; null: none).
    void setStoredPaths(const StoredPaths &paths, QSettings *settings)
    {
        m_storedPaths = paths;
        m_storedSettings = settings;
    }
    // The alsoKeys of every deleteStoredData() call.
    [[nodiscard]] QList<bool> deleteRequests() const { return m_deleteRequests; }
    // Spoken answers (issue 17): how transcriptions are answered (default: "Transcribed answer."), a
    // problem that refuses them (when set), and every request made.
    void setTranscription(ScriptedTranscriber::Script script) { m_transcription = std::move(script); }
    void setTranscriberProblem(const QString &message) { m_transcriberProblem = message; }
    [[nodiscard]] const QList<TranscriptionRequest> &transcriptionRequests() const { return m_transcriptions; }
    Result<Transcriber *, QString> createTranscriber(QObject *parent) override;

    // Creating a run fails with this message (when set).
    void setPipelineError(const QString &message) { m_pipelineError = message; }

    struct ProviderRequest
    {
        QString provider;
        QUrl baseUrl;
        QString apiKey;
    };
    [[nodiscard]] QList<ProviderRequest> providerRequests() const { return m_providerRequests; }
    [[nodiscard]] QList<QPair<QString, QString>> savedKeys() const { return m_savedKeys; }
    [[nodiscard]] int saveSettingsCount() const { return m_saveCount; }
    [[nodiscard]] int pipelinesCreated() const { return m_pipelines; }

    // AppContext
    [[nodiscard]] Settings settings() const override { return m_settings; }
    void saveSettings(const Settings &settings) override;
    [[nodiscard]] bool keysKnown() const override { return m_keysKnown; }
    [[nodiscard]] KeySource keySource(const QString &provider) const override;
    void saveApiKey(const QString &provider, const QString &key) override;
    [[nodiscard]] QString keyBackendName() const override { return m_backendName; }
    [[nodiscard]] QString keychainProblem() const override { return m_keychainProblem; }
    [[nodiscard]] RunService &runService() override { return *m_runs; }
    ChatProvider *createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                 QObject *parent) override;
    void probeLocalServers() override;
    [[nodiscard]] StoredPaths storedPaths() override { return m_storedPaths; }
    bool deleteStoredData(bool alsoKeys) override;

protected:
    void afterStoredDataDeleted(StoredDataDeletion &result) override;

private:
    ScriptedTranscriber::Script m_transcription;
    QString m_transcriberProblem;
    QList<TranscriptionRequest> m_transcriptions;
    class Source;
    void rebuildRunService();
    void syncKeys();

    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<ResultCache> m_cache;
    std::unique_ptr<Source> m_source;
    std::unique_ptr<RunService> m_runs;
    Settings m_settings;
    bool m_keysKnown = true;
    QHash<QString, KeySource> m_keys;
    QString m_keychainProblem;
    QString m_backendName = QStringLiteral("Test Keychain");
    QList<LocalServer> m_localServers;
    int m_localServerProbes = 0;
    QHash<QString, QStringList> m_modelLists;
    QHash<QString, ProviderError> m_modelErrors;
    QString m_pipelineError;
    StoredPaths m_storedPaths {}; // nothing shown or deleted unless set
    QSettings *m_storedSettings = nullptr;
    QList<bool> m_deleteRequests;
    QList<ProviderRequest> m_providerRequests;
    QList<QPair<QString, QString>> m_savedKeys;
    int m_saveCount = 0;
    int m_pipelines = 0;
    test::ScriptedChatProvider *m_groq;
    test::ScriptedChatProvider *m_gemini;
};

} // namespace ip::uitest
