#pragma once

#include "common/Result.h"
#include "net/HttpTransport.h"
#include "net/SseParser.h"
#include "providers/ChatProvider.h"
#include "providers/ErrorClassifier.h"
#include "providers/JsonMode.h"
#include "providers/ProviderConfig.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace ip {

class RateLimiter;
class ProviderCall;

// Collects one streamed answer (SSE events) into a response.
class StreamReader
{
public:
    virtual ~StreamReader() = default;
    // The text delta of this event (empty if none).
    virtual QString feed(const SseEvent &event) = 0;
    // Lines the SSE parser could not attribute (unprefixed error bodies, llama.cpp "error:").
    virtual void feedStrayText(const QByteArray &text) = 0;
    // An error arrived inside the stream: stop reading.
    [[nodiscard]] virtual bool hasFailed() const = 0;
    virtual Result<ChatResponse, ProviderError> finish() = 0;
};

// What one HTTP attempt of a call sends.
struct AttemptPlan
{
    QString model;
    QList<ChatMessage> messages; // the request's, plus a repair turn after a bad JSON answer
    JsonMode jsonMode = JsonMode::None;
    bool stream = false;
};

// Base of the HTTP chat providers: owns the config and one rate limiter per model, shared by every
// call to that model (Groq and Gemini keep a separate window for each model: the skills model's
// calls never wait for the questions model's tokens), runs calls through ProviderCall (retries,
// waits, JSON repair), and leaves the wire format to the subclass.
class HttpChatProvider : public ChatProvider
{
    Q_OBJECT
public:
    // `transport` is not owned and must outlive the provider and its calls.
    HttpChatProvider(HttpTransport *transport, ProviderConfig config, QObject *parent = nullptr);
    ~HttpChatProvider() override;

    [[nodiscard]] QString name() const override { return m_config.name; }
    ChatCall *chat(const ChatRequest &request, QObject *parent) override;
    // The model's limiter's TPM (configured, or lower when the server said so); 0 = unlimited.
    [[nodiscard]] qint64 tokensPerMinuteLimit(const QString &model) const override;
    // From the model's limiter (RateLimiterCore::delayForNew at the clock's now).
    [[nodiscard]] std::optional<TokenWindowWait> tokenWindowWait(const ChatRequest &request) const override;
    // What the limiter charges a call of `request` sent in JSON mode `mode`: the prompt as it goes on
    // the wire (with the schema as instructions where the mode carries it) + the declared output.
    [[nodiscard]] qint64 admissionCost(const ChatRequest &request, JsonMode mode) const;
    // estimateTokens() of `messages` as sent in JSON mode `mode` for `request`'s schema.
    [[nodiscard]] qint64 wirePromptTokens(const QList<ChatMessage> &messages, const ChatRequest &request,
                                          JsonMode mode) const;

    [[nodiscard]] const ProviderConfig &config() const { return m_config; }
    // The limiter of `model` (empty: the configured default model), made on first use with the
    // configured limits.
    [[nodiscard]] RateLimiter *rateLimiter(const QString &model = {}) const;
    [[nodiscard]] Clock *clock() const { return m_clock; }

protected:
    friend class ProviderCall;

    [[nodiscard]] virtual WireFormat wireFormat() const = 0;
    [[nodiscard]] virtual HttpRequest buildChatHttpRequest(const ChatRequest &request,
                                                           const AttemptPlan &plan) const = 0;
    [[nodiscard]] virtual Result<ChatResponse, ProviderError> parseChatBody(const QByteArray &body) const = 0;
    [[nodiscard]] virtual std::unique_ptr<StreamReader> newStreamReader() const = 0;
    // The structured-output mode to start with (JsonMode::None for text requests).
    [[nodiscard]] virtual JsonMode firstJsonMode(const ChatRequest &request, const QString &model) const = 0;
    // After a 400 saying `current` is unsupported: the next weaker mode (None = nothing left).
    [[nodiscard]] virtual JsonMode nextJsonMode(JsonMode current) const;
    [[nodiscard]] virtual bool streamsAttempt(const ChatRequest &request, JsonMode mode) const = 0;
    // Why this provider cannot send at all (no key, insecure URL), if so.
    [[nodiscard]] virtual std::optional<ProviderError> configurationError() const;
    // Rate-limit headers of any answer to a call to `model`: tighten that model's limiter and
    // correct its window (default: OpenAI/Groq x-ratelimit-*).
    virtual void observeHeaders(const QString &model, const HttpHeaders &headers);

    // base URL + "/" + path (path may contain a query).
    [[nodiscard]] QUrl endpoint(const QString &pathAndQuery) const;
    // An HttpRequest with the config's timeouts and JSON headers.
    [[nodiscard]] HttpRequest baseHttpRequest(const QByteArray &method, const QUrl &url, bool stream) const;
    [[nodiscard]] HttpTransport *transport() const { return m_transport; }

    void rememberJsonMode(const QString &model, JsonMode mode);

private:
    void reportRateLimitWait(qint64 ms) { Q_EMIT rateLimitWait(ms); }
    void recordUsage(const TokenUsage &usage) { addUsage(usage); }
    // Set when the server said the model's daily request allowance is used up (Groq headers).
    [[nodiscard]] std::optional<ProviderError> quotaBlock(const QString &model) const;

    HttpTransport *m_transport;
    ProviderConfig m_config;
    Clock *m_clock;
    mutable QHash<QString, RateLimiter *> m_limiters; // by model (children)
    QHash<QString, qint64> m_requestsExhaustedUntilMs; // by model
};

} // namespace ip
