#pragma once

#include "common/TokenUsage.h"
#include "providers/ProviderError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ip {

struct ChatMessage
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;
};

enum class ResponseFormat {
    Text,
    Json // a JSON object matching ChatRequest::jsonSchema; the provider picks json_schema,
         // json_object or plain instructions, steps down on a 400 and remembers per endpoint+model
};

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    double temperature = 0.3;
    int maxOutputTokens = 4096;
    ResponseFormat format = ResponseFormat::Text;
    QString schemaName; // [a-zA-Z0-9_-]{1,64}
    QJsonObject jsonSchema; // JSON Schema of the expected object
    // Extra shape check after parsing (returns an empty string when fine, else what is wrong).
    std::function<QString(const QJsonObject &)> validate;
    bool stream = false; // deliver text incrementally via ChatCall::textDelta
    bool googleSearch = false; // Gemini: ground with Google Search (text only on 2.5 models)
    QString reasoningEffort; // "low"/"medium"/"high" for reasoning models, empty = default
    QString tag; // what the call is for ("skills", "discovery", "questions"): logs only
};

struct GroundingSource
{
    QString title;
    QUrl url;
    friend bool operator==(const GroundingSource &, const GroundingSource &) = default;
};

// A span of ChatResponse::text (QString/UTF-16 indices, converted from Gemini's UTF-8 byte
// offsets) supported by some sources.
struct GroundingSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    QList<int> sourceIndices; // into Grounding::sources
};

struct Grounding
{
    QList<GroundingSource> sources; // groundingChunks[].web, in order
    QList<GroundingSpan> spans;
    QStringList webSearchQueries;

    [[nodiscard]] bool isEmpty() const { return sources.isEmpty(); }
    // Sources of every span overlapping [start, end), de-duplicated by URL, in first-use order.
    [[nodiscard]] QList<GroundingSource> sourcesFor(qsizetype start, qsizetype end) const;
};

struct ChatResponse
{
    QString text; // full text (also for JSON calls: the raw text)
    QJsonObject json; // for ResponseFormat::Json: the parsed, validated object
    QString finishReason; // "stop", "length", "STOP", "MAX_TOKENS", …
    QString model;
    TokenUsage usage; // of this call (all attempts)
    Grounding grounding; // Gemini with googleSearch
};

// One logical call (including the provider layer's retries and rate-limit waits).
// Emits exactly one of finished / failed, always asynchronously (never from inside chat()).
// Streaming: when `retrying` follows some textDelta, that text belonged to the failed attempt;
// discard it (the new attempt streams the answer from the start). cancel() emits failed(Cancelled)
// before it returns. The HTTP providers are built by providers/ProviderFactory.h.
class ChatCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Abort promptly; emits failed(Cancelled) if not already ended.
    virtual void cancel() = 0;
    // What a later attempt sends instead of the original request when the answer in flight is cut
    // (a dropped connection, a timeout, an overloaded server): a streamed answer that broke off after
    // some of its work was used needs to ask only for the rest. Attempts for other reasons (a 429, a
    // repair of invalid JSON) keep the request they had. Calls that never retry may ignore it.
    virtual void setRetryRequest(const ChatRequest &request) { Q_UNUSED(request) }

Q_SIGNALS:
    void textDelta(const QString &delta); // streaming calls only
    void waiting(qint64 ms, const QString &reason); // rate limit or backoff wait starts or its estimate changes
    void waitOver(); // the wait announced by `waiting` ended (the attempt goes out now)
    void retrying(int attempt, const ip::ProviderError &cause); // about to send attempt N (2, 3, …)
    void finished(const ip::ChatResponse &response);
    void failed(const ip::ProviderError &error);
};

struct ModelInfo
{
    QString id; // "openai/gpt-oss-120b", "gemini-2.5-flash"
    QString displayName;
    qint64 contextWindow = 0;
};

class ModelListCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
Q_SIGNALS:
    void finished(const QList<ip::ModelInfo> &models);
    void failed(const ip::ProviderError &error);
};

// A chat service. Long-lived; owns its rate limiter, shared by every call made through it.
class ChatProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual QString name() const = 0; // "Groq", "Gemini", …
    // Starts a call; never returns null; the call is parented to `parent`.
    virtual ChatCall *chat(const ChatRequest &request, QObject *parent) = 0;
    virtual ModelListCall *listModels(QObject *parent) = 0;
    // Rough token estimate for budgeting (chars / 4, rounded up, plus per-message overhead).
    [[nodiscard]] virtual qint64 estimateTokens(const QList<ChatMessage> &messages) const;
    // Tokens-per-minute budget a single request to `model` must fit in (0 = unlimited).
    [[nodiscard]] virtual qint64 tokensPerMinuteLimit(const QString &model) const
    {
        Q_UNUSED(model);
        return 0;
    }
    // How long `request` would wait for its model's token window if it were sent now, behind every
    // request already waiting (the limiter is first come, first served), charged what its call would be
    // charged (the prompt as sent + the declared output), and that window's length; nullopt when the
    // model has no token limit or the provider cannot tell.
    struct TokenWindowWait
    {
        qint64 waitMs = 0;
        qint64 windowMs = 0;
    };
    [[nodiscard]] virtual std::optional<TokenWindowWait> tokenWindowWait(const ChatRequest &request) const
    {
        Q_UNUSED(request);
        return std::nullopt;
    }
    [[nodiscard]] TokenUsage totalUsage() const { return m_usage; }

Q_SIGNALS:
    // A call is waiting for this provider's rate limit (ms until it may go).
    void rateLimitWait(qint64 ms);
    void usageChanged(const ip::TokenUsage &total);

protected:
    void addUsage(const TokenUsage &u)
    {
        m_usage += u;
        Q_EMIT usageChanged(m_usage);
    }

private:
    TokenUsage m_usage;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::ChatResponse)
Q_DECLARE_METATYPE(ip::ModelInfo)
