#pragma once

#include "common/Result.h"
#include "keys/KeyTypes.h"
#include "settings/Settings.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ip {

class ChatProvider;
class InterviewPipeline;
class ResultCache;
class SessionStore;

// Everything the window needs from the rest of the app, behind one seam: the settings store, the
// key store, and factories for providers and pipelines. The application passes the real one
// (CoreAppContext); tests and the demo pass one backed by scripted providers. The window never
// builds a provider or an HTTP request itself.
class AppContext : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Provider ids used for keys and endpoints.
    static QString groqId() { return QStringLiteral("groq"); }
    static QString geminiId() { return QStringLiteral("gemini"); }
    static QUrl ollamaBaseUrl() { return QUrl(QStringLiteral("http://localhost:11434/v1")); }

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
    // A pipeline for one run, configured from the current settings and keys (parented to `parent`);
    // or a sentence saying what is missing ("No Groq API key …").
    virtual Result<InterviewPipeline *, QString> createPipeline(QObject *parent) = 0;
    // A provider for an endpoint being edited in Settings (list models, test the connection).
    // `provider` is groqId() (any OpenAI-compatible endpoint) or geminiId(); an empty `apiKey` means
    // "the stored key". Owned by `parent`.
    virtual ChatProvider *createProvider(const QString &provider, const QUrl &baseUrl, const QString &apiKey,
                                         QObject *parent)
        = 0;
    // Asks whether an Ollama server answers on localhost:11434; answers with ollamaProbed().
    virtual void probeOllama() = 0;

    // --- Sessions ---
    // Where every run is autosaved (history, continuing); null = runs are not saved.
    [[nodiscard]] virtual SessionStore *sessionStore() { return nullptr; }
    // Results already paid for; createPipeline() gives it to each pipeline. Null = no cache.
    [[nodiscard]] virtual ResultCache *resultCache() { return nullptr; }

Q_SIGNALS:
    void keysChanged();
    void keySaved(const ip::KeyResult &result); // result.key is never filled here
    void ollamaProbed(const QStringList &models); // empty: no server
};

// True when `url` points at this computer (Ollama, LM Studio, llama.cpp …): no key needed.
bool isLocalEndpoint(const QUrl &url);

} // namespace ip
