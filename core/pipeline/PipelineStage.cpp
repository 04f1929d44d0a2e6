#include "pipeline/PipelineStage.h"

#include "pipeline/PipelineLog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace ip {

PipelineStage::PipelineStage(ChatProvider *provider, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_settings(settings)
{ }

PipelineStage::~PipelineStage()
{
    cancel();
}

QString PipelineStage::providerName() const
{
    return m_provider ? m_provider->name() : QString();
}

void PipelineStage::endWait()
{
    if (!std::exchange(m_waiting, false))
        return;
    Q_EMIT waitOver();
}

void PipelineStage::cancel()
{
    if (!m_cancelled)
        endWait();
    m_cancelled = true;
    m_awaitingApproval = false;
    if (ChatCall *call = m_call.data()) {
        m_call.clear();
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

void PipelineStage::setRetryRequest(const PromptedRequest &request)
{
    if (m_call)
        m_call->setRetryRequest(redacted(request.request));
}

ChatRequest PipelineStage::redacted(ChatRequest request) const
{
    if (m_redaction && !m_redaction->isEmpty())
        for (ChatMessage &m : request.messages)
            m.content = m_redaction->apply(m.content);
    return request;
}

namespace {

QJsonValue restoredJson(const QJsonValue &value, const Redaction &redaction)
{
    if (value.isString())
        return redaction.restore(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(restoredJson(v, redaction));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), restoredJson(it.value(), redaction));
        return out;
    }
    return value;
}

} // namespace

ChatResponse PipelineStage::restored(ChatResponse response) const
{
    if (!m_redaction || m_redaction->isEmpty())
        return response;
    response.text = m_redaction->restore(response.text);
    response.json = restoredJson(response.json, *m_redaction).toObject();
    return response;
}

void PipelineStage::send(const PromptedRequest &request, const std::function<void(const ChatResponse &)> &onDone,
                         const std::function<void(const ProviderError &)> &onError)
{
    send(request, StreamHooks {}, onDone, onError);
}

void PipelineStage::send(const PromptedRequest &request, const StreamHooks &hooks,
                         const std::function<void(const ChatResponse &)> &onDone,
                         const std::function<void(const ProviderError &)> &onError)
{
    Q_ASSERT(!hasCallInFlight());
    if (m_cancelled)
        return;
    const bool stopped = m_stop && m_stop->isStopped();
    if (!m_provider || stopped) {
        ProviderError e;
        if (stopped) {
            e = *m_stop->reason();
        } else {
            e.kind = ProviderErrorKind::InvalidRequest;
            e.message = tr("No provider is configured for this step.");
        }
        QMetaObject::invokeMethod(
            this,
            [this, e, onError] {
                if (!m_cancelled)
                    onError(e);
            },
            Qt::QueuedConnection);
        return;
    }
    const ChatRequest out = redacted(request.request);
    const SentRequest sentRecord = record(out);
    if (m_approval && !m_approval->isApproved(sentRecord.provider)) {
        m_awaitingApproval = true;
        // Allowed: sent as if now (the provider may have stopped meanwhile).
        m_approval->ask(sentRecord, this, [this, request, hooks, onDone, onError] {
            if (!std::exchange(m_awaitingApproval, false) || m_cancelled)
                return;
            send(request, hooks, onDone, onError);
        });
        return;
    }
    dispatch(request, out, sentRecord, hooks, onDone, onError);
}

SentRequest PipelineStage::record(const ChatRequest &sent) const
{
    SentRequest r;
    r.provider = providerName();
    r.model = sent.model;
    r.stage = sent.tag;
    r.webSearch = sent.googleSearch;
    for (const ChatMessage &m : sent.messages) {
        const QString role = m.role == ChatMessage::Role::System ? QStringLiteral("system")
            : m.role == ChatMessage::Role::Assistant             ? QStringLiteral("assistant")
                                                                 : QStringLiteral("user");
        r.messages.append({ role, m.content });
    }
    if (m_redaction) {
        QStringList placeholders;
        for (const PersonalItem &item : m_redaction->items())
            placeholders.append(item.placeholder);
        placeholders.removeDuplicates();
        r.placeholders = placeholdersIn(r.messages, placeholders);
    }
    return r;
}

void PipelineStage::dispatch(const PromptedRequest &request, const ChatRequest &out, const SentRequest &record,
                             const StreamHooks &hooks, const std::function<void(const ChatResponse &)> &onDone,
                             const std::function<void(const ProviderError &)> &onError)
{
    Q_EMIT promptUsed(request.promptName, request.promptVersion);
    qCDebug(lcPipeline) << "sending" << request.request.tag << "to" << m_provider->name() << "model"
                        << request.request.model << "prompt" << request.promptName << "v" << request.promptVersion;
    SentRequest now = record;
    now.at = QDateTime::currentDateTimeUtc();
    Q_EMIT sent(now);
    if (m_cancelled)
        return;
    ChatCall *call = m_provider->chat(out, this);
    m_call = call;
    const QString name = m_provider->name();
    connect(call, &ChatCall::waiting, this, [this, name](qint64 ms, const QString &reason) {
        m_waiting = true;
        Q_EMIT waiting(name, ms, reason);
    });
    connect(call, &ChatCall::waitOver, this, &PipelineStage::endWait);
    const QString stage = request.request.tag;
    // Streamed text gets its placeholders back as it arrives (a placeholder cut between two pieces
    // waits for the next one).
    auto stream = std::make_shared<RestoringStream>(m_redaction.get());
    if (hooks.onDelta)
        connect(call, &ChatCall::textDelta, this, [this, stream, onDelta = hooks.onDelta](const QString &delta) {
            const QString text = stream->feed(delta);
            if (!m_cancelled && !text.isEmpty())
                onDelta(text);
        });
    connect(call, &ChatCall::retrying, this, [this, stream, onRestart = hooks.onRestart](int, const ProviderError &) {
        stream->reset();
        if (!m_cancelled && onRestart)
            onRestart();
    });
    connect(call, &ChatCall::finished, this,
            [this, call, stage, stream, onDone, onDelta = hooks.onDelta](const ChatResponse &r) {
                if (!endCall(call))
                    return;
                Q_EMIT usage(stage, r.usage);
                const QString rest = stream->flush();
                if (onDelta && !rest.isEmpty()) {
                    onDelta(rest);
                    if (m_cancelled)
                        return;
                }
                onDone(restored(r));
            });
    connect(call, &ChatCall::failed, this, [this, call, onError](const ProviderError &e) {
        if (endCall(call))
            onError(e);
    });
}

bool PipelineStage::endCall(ChatCall *call)
{
    if (m_call == call)
        m_call.clear();
    call->disconnect(this);
    call->deleteLater();
    if (m_cancelled)
        return false;
    endWait();
    return true;
}

} // namespace ip
