#pragma once

// An in-process ChatProvider for fast, deterministic pipeline tests. Every call is answered by a
// test-supplied function (request → answer). Answers are delivered asynchronously (a zero timer),
// or held back ("deferred") until the test releases them, so tests control ordering and concurrency.
//
//   ip::test::ScriptedChatProvider groq(QStringLiteral("Groq"), [](const ip::test::ScriptedCall &c) {
//       if (c.request.tag == QLatin1String("skills"))
//           return ip::test::ScriptedAnswer::json({{"skills", QJsonArray{"C++", "Qt"}}});
//       return ip::test::ScriptedAnswer::failure(ip::ProviderErrorKind::Overloaded);
//   });
//
// Every request is recorded, as is the high-water mark of calls in flight at once.

#include "providers/ChatProvider.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace ip::test {

struct ScriptedAnswer
{
    QString text; // the answer text (for JSON calls: ignored when `json` is set)
    std::optional<QJsonObject> json; // JSON calls: the object (text becomes its compact form)
    Grounding grounding; // googleSearch calls
    std::optional<ProviderError> error; // fail instead of answering
    QStringList deltas; // streamed via textDelta before finishing (stream calls)
    QList<qint64> waits; // emitted as waiting(ms, "rate limit") before answering (a deferred call: at its start)
    std::optional<TokenUsage> usage; // default: 1 request, estimated prompt, text.size()/4 completion
    QString finishReason = QStringLiteral("stop");
    bool deferred = false; // hold the answer until release()/releaseAll()

    static ScriptedAnswer ofText(const QString &text, const Grounding &grounding = {});
    static ScriptedAnswer ofJson(const QJsonObject &json);
    static ScriptedAnswer failure(ProviderErrorKind kind, const QString &message = {});
    ScriptedAnswer &defer()
    {
        deferred = true;
        return *this;
    }
};

struct ScriptedCall
{
    int index = 0; // 0-based over the provider's lifetime
    ChatRequest request;
};

class ScriptedChatProvider : public ChatProvider
{
    Q_OBJECT
public:
    using Script = std::function<ScriptedAnswer(const ScriptedCall &call)>;

    explicit ScriptedChatProvider(const QString &name, Script script = {}, QObject *parent = nullptr);
    ~ScriptedChatProvider() override;

    void setScript(Script script) { m_script = std::move(script); }
    void setTokensPerMinuteLimit(qint64 limit) { m_tpm = limit; }

    [[nodiscard]] QString name() const override { return m_name; }
    ChatCall *chat(const ChatRequest &request, QObject *parent) override;
    ModelListCall *listModels(QObject *parent) override;
    [[nodiscard]] qint64 tokensPerMinuteLimit(const QString &) const override { return m_tpm; }
    // What tokenWindowWait() says (default: nothing, as a provider that cannot tell).
    using TokenWindow = std::function<std::optional<TokenWindowWait>(const ChatRequest &request)>;
    void setTokenWindow(TokenWindow window) { m_tokenWindow = std::move(window); }
    [[nodiscard]] std::optional<TokenWindowWait> tokenWindowWait(const ChatRequest &request) const override
    {
        return m_tokenWindow ? m_tokenWindow(request) : std::nullopt;
    }

    // Everything asked so far, in order.
    [[nodiscard]] QList<ChatRequest> requests() const;
    [[nodiscard]] int callCount() const { return m_calls.size(); }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    [[nodiscard]] int cancelledCount() const { return m_cancelled; }

    // Deferred calls that have not been answered yet (call indices, in order).
    [[nodiscard]] QList<int> pendingCalls() const;
    // Delivers a deferred call's answer (asynchronously); `answer` replaces the scripted one when given.
    void release(int callIndex, std::optional<ScriptedAnswer> answer = std::nullopt);
    void releaseAll();

    // Emits the provider-level rate-limit signal (as a real provider's limiter would).
    void announceRateLimitWait(qint64 ms) { Q_EMIT rateLimitWait(ms); }

Q_SIGNALS:
    void callStarted(int index, const ip::ChatRequest &request);
    void callEnded(int index);

private:
    class Call;
    friend class Call;
    struct Entry
    {
        ScriptedCall call;
        ScriptedAnswer answer;
        QPointer<Call> object;
        bool ended = false;
        bool released = false;
    };

    void deliver(int index);
    void markEnded(int index);

    QString m_name;
    Script m_script;
    qint64 m_tpm = 0;
    TokenWindow m_tokenWindow;
    QList<Entry> m_calls;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_cancelled = 0;
};

} // namespace ip::test
