#pragma once

#include "common/ProviderIds.h"
#include "common/Result.h"
#include "keys/KeyTypes.h"
#include "privacy/StoredData.h"
#include "providers/LocalServers.h"
#include "settings/Settings.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace ip {

class ChatProvider;
class KeyStore;
class Practice;
class ResultCache;
class Run;
class RunService;
class SessionStore;
class Transcriber;
struct RunProblem;
struct Session;

// Everything the window needs from the rest of the app, behind one seam: the settings store, the
// key store, the run service (core/run) and a factory for the providers Settings edits. The application
// passes the real one (CoreAppContext); tests and the demo pass one backed by scripted providers. The
// window never builds a provider or an HTTP request itself.
class AppContext : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Provider ids used for keys and endpoints.
    static QString groqId() { return providerid::groq(); }
    static QString geminiId() { return providerid::gemini(); }

    // --- Settings (no secrets) ---
    [[nodiscard]] virtual Settings settings() const = 0;
    virtual void saveSettings(const Settings &settings) = 0;

    // --- API keys ---
    // True once the stored keys have been looked up (keysChanged() is emitted then).
    [[nodiscard]] virtual bool keysKnown() const = 0;
    // Where the key of `provider` lives (KeySource::None = no key); never returns the key itself.
    [[nodiscard]] virtual KeySource keySource(const QString &provider) const = 0;
    // Stores (or, with an empty key, removes) a key; answers with keySaved().
    virtual void saveApiKey(const QString &provider, const QString &key) = 0;
    // For display: the keychain backend ("Secret Service (GNOME Keyring / KWallet)"), and, when
    // there is no keychain, the message saying keys are kept for this session only.
    [[nodiscard]] virtual QString keyBackendName() const = 0;
    [[nodiscard]] virtual QString keychainProblem() const = 0;

    // --- Work ---
    // Where runs are made: the same service (and so the same providers and rate windows) for every
    // run of the window.
    [[nodiscard]] virtual RunService &runService() = 0;
    // A run of the resume at `resumePath` with the current settings (parented to `parent`, not
    // started), or a sentence saying what is missing ("No Groq API key …").
    Result<Run *, QString> createRun(const QString &resumePath, QObject *parent);
    // A run that continues a saved one (see RunService::createContinuation).
    Result<Run *, QString> createContinuation(const Session &session, QObject *parent);
    // Practice on a run's questions (see RunService::createPractice).
    Result<Practice *, QString> createPractice(const Session &session, QObject *parent);
    // A transcriber for spoken answers (issue 17) with the current settings (RunService::createTranscriber:
    // the speech endpoint's key, limits and retries; offline mode keeps it on this computer), owned by
    // `parent`, or a sentence saying what is missing.
    virtual Result<Transcriber *, QString> createTranscriber(QObject *parent);
    // A provider for an endpoint being edited in Settings (list models, test the connection).
    // `provider` is groqId() (any OpenAI-compatible endpoint) or geminiId(); an empty `apiKey` means
    // "the stored key". Owned by `parent`.
    virtual ChatProvider *createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                         QObject *parent)
        = 0;
    // Asks which chat servers answer on this computer (Ollama, LM Studio, llama.cpp, … on their usual
    // ports: knownLocalServers()); answers with localServersProbed().
    virtual void probeLocalServers() = 0;

    // --- Sessions ---
    // Where every run is autosaved (history, continuing); null = runs are not saved.
    [[nodiscard]] SessionStore *sessionStore();
    // Results already paid for, handed to every run. Null = no cache.
    [[nodiscard]] ResultCache *resultCache();
    // The study deck's file (issue 18): beside the saved runs' folder, in "study/deck.sqlite" (for the
    // application: Deck::defaultPath()). Empty when runs are not saved.
    [[nodiscard]] QString studyDeckPath();

    // --- What the app keeps on this computer (Settings ▸ Storage) ---
    // The places as the app uses them: the session store's and the cache's folders, the log folder and
    // the settings file (by default: defaultStoredPaths() with the run service's stores).
    [[nodiscard]] virtual StoredPaths storedPaths();
    // "Delete everything this app stored": runs, cache and logs removed, settings reset; the API keys
    // too with alsoKeys. Answers with storedDataDeleted(); false (nothing done) while one is running.
    virtual bool deleteStoredData(bool alsoKeys);

Q_SIGNALS:
    void keysChanged();
    void keySaved(const ip::KeyResult &result); // result.key is never filled here
    void localServersProbed(const QList<ip::LocalServer> &servers); // empty: none answered
    // Deleting is about to start: close what holds a stored file open (the study deck's connection).
    void storedDataDeleting();
    void storedDataDeleted(const ip::StoredDataDeletion &result);

protected:
    // Runs a StoredDataEraser over storedPaths() with these settings and keys (either may be null:
    // then not reset / not removed), then afterStoredDataDeleted(), then storedDataDeleted().
    bool eraseStoredData(QSettings *settings, KeyStore *keys, bool alsoKeys);
    // The settings and keys have changed under the context: reload what it keeps in memory.
    virtual void afterStoredDataDeleted(StoredDataDeletion &result) { Q_UNUSED(result) }

    // The sentence the window shows when a run cannot start.
    [[nodiscard]] virtual QString runProblemMessage(const RunProblem &problem) const;

private:
    StoredDataEraser *m_eraser = nullptr;
};

} // namespace ip
