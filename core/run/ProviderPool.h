#pragma once

#include "common/Result.h"
#include "providers/ProviderFactory.h"
#include "settings/Settings.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

namespace ip {

class ChatProvider;
class HttpTransport;

// The providers one run uses. `discovery` is null when grounding is off or there is no Gemini key:
// every skill is then context-free.
struct RunProviders
{
    ChatProvider *questions = nullptr;
    ChatProvider *discovery = nullptr;
};

// Where runs get their providers. A source hands out long-lived providers: two runs with the same
// configuration get the same objects, so they share one rate window per provider and model.
class ProviderSource
{
public:
    virtual ~ProviderSource() = default;
    // The providers for a run with these settings and keys, or a sentence saying why there are none.
    // Owned by the source; valid until the source is destroyed.
    virtual Result<RunProviders, QString> providersFor(const Settings &settings, const ProviderKeys &keys) = 0;
};

// The real source: Groq/OpenAI-compatible and Gemini providers over one HTTP transport, one per
// configuration (provider, address, key, model, limits, timeouts) for the life of the pool. A run
// after a change of model or key gets providers of its own; going back to an earlier configuration
// finds its providers again, with the rate window they kept.
class ProviderPool : public QObject, public ProviderSource
{
    Q_OBJECT
public:
    // `transport` is not owned and must outlive the pool. Base URLs honour
    // INTERVIEW_PREP_GROQ_BASE_URL / INTERVIEW_PREP_GEMINI_BASE_URL in `environment`.
    ProviderPool(HttpTransport *transport, const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~ProviderPool() override;

    Result<RunProviders, QString> providersFor(const Settings &settings, const ProviderKeys &keys) override;

    // How many providers the pool has made so far (tests).
    [[nodiscard]] int providerCount() const { return int(m_providers.size()); }

private:
    HttpTransport *m_transport;
    QProcessEnvironment m_environment;
    QHash<QByteArray, ChatProvider *> m_providers; // configuration fingerprint -> provider (children)
};

// A fingerprint of everything in `config` that makes a provider different (the key as a hash only).
QByteArray providerFingerprint(const QString &kind, const ProviderConfig &config);

} // namespace ip
