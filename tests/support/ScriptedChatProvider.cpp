#include "ScriptedChatProvider.h"

#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace ip::test {

ScriptedAnswer ScriptedAnswer::ofText(const QString &text, const Grounding &grounding)
{
    ScriptedAnswer a;
    a.text = text;
    a.grounding = grounding;
    return a;
}

ScriptedAnswer ScriptedAnswer::ofJson(const QJsonObject &json)
{
    ScriptedAnswer a;
    a.json = json;
    return a;
}

ScriptedAnswer ScriptedAnswer::failure(ProviderErrorKind kind, const QString &message)
{
    ScriptedAnswer a;
    ProviderError e;
    e.kind = kind;
    e.message = message.isEmpty() ? QStringLiteral("scripted %1").arg(toString(kind)) : message;
    a.error = e;
    return a;
}

class ScriptedChatProvider::Call : public ChatCall
{
public:
    Call(ScriptedChatProvider *provider, int index, QObject *parent)
        : ChatCall(parent)
        , m_provider(provider)
        , m_index(index)
    { }
    ~Call() override
    {
        if (m_provider)
            m_provider->markEnded(m_index);
    }

    void cancel() override
    {
        if (!m_provider || m_ended)
            return;
        m_ended = true;
        ++m_provider->m_cancelled;
        m_provider->markEnded(m_index);
        ProviderError e;
        e.kind = ProviderErrorKind::Cancelled;
        e.provider = m_provider->name();
        e.message = QStringLiteral("Cancelled");
        Q_EMIT failed(e);
    }

    void answer(const ScriptedAnswer &a, const ChatRequest &request)
    {
        if (m_ended || !m_provider)
            return;
        QPointer<Call> self(this);
        for (qint64 ms : a.waits) {
            Q_EMIT waiting(ms, QStringLiteral("rate limit"));
            if (!self || m_ended)
                return;
        }
        if (a.error) {
            ProviderError e = *a.error;
            e.provider = m_provider->name();
            end();
            Q_EMIT failed(e);
            return;
        }
        ChatResponse r;
        r.model = request.model;
        r.finishReason = a.finishReason;
        r.grounding = a.grounding;
        if (request.stream) {
            for (const auto &d : a.deltas) {
                Q_EMIT textDelta(d);
                if (!self || m_ended)
                    return;
            }
        }
        r.text = a.text;
        if (request.format == ResponseFormat::Json) {
            if (a.json) {
                r.json = *a.json;
                r.text = QString::fromUtf8(QJsonDocument(*a.json).toJson(QJsonDocument::Compact));
            } else {
                const qsizetype from = a.text.indexOf(QLatin1Char('{'));
                const qsizetype to = a.text.lastIndexOf(QLatin1Char('}'));
                QJsonParseError pe;
                const auto doc = from >= 0 && to > from
                    ? QJsonDocument::fromJson(a.text.mid(from, to - from + 1).toUtf8(), &pe)
                    : QJsonDocument();
                if (!doc.isObject()) {
                    fail(ProviderErrorKind::MalformedResponse, QStringLiteral("answer is not a JSON object"));
                    return;
                }
                r.json = doc.object();
            }
            if (request.validate) {
                const QString problem = request.validate(r.json);
                if (!problem.isEmpty()) {
                    fail(ProviderErrorKind::MalformedResponse, problem);
                    return;
                }
            }
        }
        if (a.usage) {
            r.usage = *a.usage;
        } else {
            r.usage.requests = 1;
            r.usage.promptTokens = m_provider->estimateTokens(request.messages);
            r.usage.completionTokens = (r.text.size() + 3) / 4;
        }
        m_provider->addUsage(r.usage);
        end();
        Q_EMIT finished(r);
    }

private:
    void end()
    {
        m_ended = true;
        m_provider->markEnded(m_index);
    }
    void fail(ProviderErrorKind kind, const QString &message)
    {
        ProviderError e;
        e.kind = kind;
        e.provider = m_provider->name();
        e.message = message;
        end();
        Q_EMIT failed(e);
    }

    QPointer<ScriptedChatProvider> m_provider;
    int m_index;
    bool m_ended = false;
};

namespace {

class EmptyModelListCall : public ModelListCall
{
public:
    using ModelListCall::ModelListCall;
    void cancel() override { }
};

} // namespace

ScriptedChatProvider::ScriptedChatProvider(const QString &name, Script script, QObject *parent)
    : ChatProvider(parent)
    , m_name(name)
    , m_script(std::move(script))
{ }

ScriptedChatProvider::~ScriptedChatProvider() = default;

ChatCall *ScriptedChatProvider::chat(const ChatRequest &request, QObject *parent)
{
    const int index = int(m_calls.size());
    Entry entry;
    entry.call.index = index;
    entry.call.request = request;
    entry.answer = m_script ? m_script(entry.call)
                            : ScriptedAnswer::failure(ProviderErrorKind::InvalidRequest, QStringLiteral("no script"));
    auto *call = new Call(this, index, parent);
    entry.object = call;
    m_calls.append(entry);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    Q_EMIT callStarted(index, request);
    if (!entry.answer.deferred) {
        deliver(index);
    } else if (!entry.answer.waits.isEmpty()) {
        // A held-back call waits from its start, as a real one does before it is sent.
        const QList<qint64> waits = std::exchange(m_calls[index].answer.waits, {});
        QTimer::singleShot(0, call, [call, waits] {
            for (qint64 ms : waits)
                Q_EMIT call->waiting(ms, QStringLiteral("rate limit"));
        });
    }
    return call;
}

ModelListCall *ScriptedChatProvider::listModels(QObject *parent)
{
    auto *call = new EmptyModelListCall(parent);
    QTimer::singleShot(0, call, [call] { Q_EMIT call->finished({}); });
    return call;
}

QList<ChatRequest> ScriptedChatProvider::requests() const
{
    QList<ChatRequest> out;
    for (const auto &e : m_calls)
        out.append(e.call.request);
    return out;
}

QList<int> ScriptedChatProvider::pendingCalls() const
{
    QList<int> out;
    for (const auto &e : m_calls)
        if (e.answer.deferred && !e.released && !e.ended)
            out.append(e.call.index);
    return out;
}

void ScriptedChatProvider::release(int callIndex, std::optional<ScriptedAnswer> answer)
{
    if (callIndex < 0 || callIndex >= m_calls.size())
        return;
    auto &e = m_calls[callIndex];
    if (e.released || e.ended)
        return;
    if (answer)
        e.answer = *answer;
    e.answer.deferred = false;
    deliver(callIndex);
}

void ScriptedChatProvider::releaseAll()
{
    for (int i : pendingCalls())
        release(i);
}

void ScriptedChatProvider::deliver(int index)
{
    auto &e = m_calls[index];
    e.released = true;
    QPointer<Call> call = e.object;
    if (!call)
        return;
    QTimer::singleShot(0, call, [this, index, call] {
        if (!call)
            return;
        // Copies: answering may start new calls, which grows m_calls.
        const ScriptedAnswer answer = m_calls.at(index).answer;
        const ChatRequest request = m_calls.at(index).call.request;
        call->answer(answer, request);
    });
}

void ScriptedChatProvider::markEnded(int index)
{
    if (index < 0 || index >= m_calls.size())
        return;
    auto &e = m_calls[index];
    if (e.ended)
        return;
    e.ended = true;
    --m_inFlight;
    Q_EMIT callEnded(index);
}

} // namespace ip::test
