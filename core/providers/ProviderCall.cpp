// ProviderCall: checks before the first attempt, rate-limit slots, sending and reading each attempt,
// and the end of the call. The rules for an attempt that ended are in ProviderCallRetries.cpp.
#include "providers/ProviderCall.h"

#include "net/RateLimiter.h"
#include "providers/ProviderLog.h"

#include <utility>

namespace ip {

namespace {

constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;

BackoffPolicy backoffPolicyFor(const ProviderConfig &config)
{
    BackoffPolicy p;
    p.baseMs = config.backoffBaseMs;
    p.capMs = config.backoffCapMs;
    p.maxAttempts = qMax(1, config.maxRetries + 1);
    p.maxServerWaitMs = config.maxRateLimitWaitMs;
    return p;
}

} // namespace

ProviderCall::ProviderCall(HttpChatProvider *provider, ChatRequest request, QObject *parent)
    : ChatCall(parent)
    , m_provider(provider)
    , m_providerName(provider->name())
    , m_request(std::move(request))
    , m_backoff(backoffPolicyFor(provider->config()),
                provider->config().random ? provider->config().random : RandomSource::system())
{
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ProviderCall::acquireSlot);
    // A provider shut down under a running call ends it (from the event loop, not from inside the
    // provider's destructor).
    connect(provider, &QObject::destroyed, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                ProviderError e = makeProviderError(ProviderErrorKind::Cancelled, m_providerName);
                fail(e);
            },
            Qt::QueuedConnection);
    });
    // Never end from inside chat(): start from the event loop.
    QMetaObject::invokeMethod(this, &ProviderCall::start, Qt::QueuedConnection);
}

ProviderCall::~ProviderCall()
{
    m_ended = true;
    releaseResources();
}

QString ProviderCall::providerName() const
{
    return m_providerName;
}

qint64 ProviderCall::promptEstimate() const
{
    // The prompt as it goes on the wire: with the schema as instructions in the modes that carry it.
    return m_provider ? m_provider->wirePromptTokens(m_plan.messages, m_request, m_plan.jsonMode) : 0;
}

qint64 ProviderCall::estimatedCost() const
{
    return promptEstimate() + qMax(0, m_request.maxOutputTokens);
}

qint64 ProviderCall::cutAnswerTokens() const
{
    // What the server can have counted for an answer that ended early: the prompt it read and the
    // output it sent (about 4 characters a token), never the declared maximum output.
    const qint64 received = m_streaming ? m_streamedChars : qint64(m_body.size());
    return promptEstimate() + (received + 3) / 4;
}

void ProviderCall::setRetryRequest(const ChatRequest &request)
{
    m_retryRequest = request;
}

void ProviderCall::start()
{
    if (m_ended)
        return;
    if (!m_provider)
        return fail(makeProviderError(ProviderErrorKind::Cancelled, providerName()));
    const ProviderConfig &config = m_provider->config();

    m_plan.model = m_request.model.isEmpty() ? config.defaultModel : m_request.model;
    m_plan.messages = m_request.messages;
    if (m_plan.model.isEmpty()) {
        ProviderError e = makeProviderError(ProviderErrorKind::InvalidRequest, config.name);
        e.message = tr("No model is set for %1 — choose one in Settings.").arg(config.name);
        return fail(e);
    }
    if (const auto e = m_provider->configurationError())
        return fail(*e);
    if (const auto e = m_provider->quotaBlock(m_plan.model))
        return fail(*e);

    m_plan.jsonMode = m_request.format == ResponseFormat::Json ? m_provider->firstJsonMode(m_request, m_plan.model)
                                                               : JsonMode::None;

    const qint64 cost = estimatedCost();
    const qint64 tpm = m_provider->tokensPerMinuteLimit(m_plan.model);
    if (tpm > 0 && cost > tpm) {
        ProviderError e = makeProviderError(
            ProviderErrorKind::RequestTooLarge, config.name,
            QStringLiteral("estimated %1 tokens (prompt + max output) > %2 per minute").arg(cost).arg(tpm));
        e.message = tr("The request (about %1 tokens including the output budget) is larger than %2's limit of %3 "
                       "tokens per minute — lower the output budget or split the work.")
                        .arg(cost)
                        .arg(config.name)
                        .arg(tpm);
        return fail(e);
    }
    qCDebug(lcProviderFor(config.name), "%s call [%s] model %s, json mode %s, ~%lld tokens",
            qUtf8Printable(config.name), qUtf8Printable(m_request.tag), qUtf8Printable(m_plan.model),
            qUtf8Printable(toString(m_plan.jsonMode)), cost);
    acquireSlot();
}

void ProviderCall::acquireSlot()
{
    if (m_ended)
        return;
    if (!m_provider)
        return fail(makeProviderError(ProviderErrorKind::Cancelled, providerName()));
    if (const auto e = m_provider->quotaBlock(m_plan.model))
        return fail(*e);

    // A retry after a cut answer sends the narrower request its caller gave (setRetryRequest), and
    // is admitted at that request's cost.
    const bool cut = m_pendingCause.kind == ProviderErrorKind::Network
        || m_pendingCause.kind == ProviderErrorKind::Timeout || m_pendingCause.kind == ProviderErrorKind::Overloaded;
    if (m_attempt > 0 && cut && m_retryRequest) {
        m_request = *std::exchange(m_retryRequest, std::nullopt);
        m_plan.messages = m_request.messages;
        qCDebug(lcProviderFor(providerName()), "%s [%s] the retry asks for less: ~%lld tokens",
                qUtf8Printable(providerName()), qUtf8Printable(m_request.tag), estimatedCost());
    }

    // The retry of a refused (429) attempt goes at the head of the queue: it was granted its turn
    // once already, and calls queued since must not push it back by a whole window.
    const bool first = std::exchange(m_retryFirst, false);
    RateLimiter *limiter = m_provider->rateLimiter(m_plan.model);
    RateLimitTicket *ticket = first ? limiter->acquireFirst(estimatedCost()) : limiter->acquire(estimatedCost());
    ticket->setParent(this);
    m_ticket = ticket;
    if (ticket->state() == RateLimitTicket::State::Impossible) {
        ProviderError e = makeProviderError(ProviderErrorKind::RequestTooLarge, providerName());
        return fail(e);
    }
    connect(ticket, &RateLimitTicket::waiting, this, [this](qint64 ms) {
        if (m_ended)
            return;
        qCInfo(lcProviderFor(providerName()), "%s [%s] waiting %lld ms for the rate limit",
               qUtf8Printable(providerName()), qUtf8Printable(m_request.tag), ms);
        const QPointer<ProviderCall> self(this);
        m_waitAnnounced = true;
        Q_EMIT waiting(ms, tr("%1 rate limit").arg(providerName()));
        if (self && m_provider)
            m_provider->reportRateLimitWait(ms);
    });
    connect(ticket, &RateLimitTicket::granted, this, &ProviderCall::send);
}

void ProviderCall::send()
{
    if (m_ended)
        return;
    if (!m_provider)
        return fail(makeProviderError(ProviderErrorKind::Cancelled, providerName()));

    if (std::exchange(m_waitAnnounced, false)) {
        const QPointer<ProviderCall> self(this);
        Q_EMIT waitOver();
        if (!self || m_ended)
            return;
    }
    ++m_attempt;
    if (m_attempt > 1) {
        const QPointer<ProviderCall> self(this);
        Q_EMIT retrying(m_attempt, m_pendingCause);
        if (!self || m_ended)
            return;
    }
    m_plan.stream = m_provider->streamsAttempt(m_request, m_plan.jsonMode);
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_streaming = false;
    m_streamedChars = 0;
    m_sse.reset();
    m_reader.reset();

    const HttpRequest http = m_provider->buildChatHttpRequest(m_request, m_plan);
    qCDebug(lcProviderFor(providerName()), "%s [%s] attempt %d: POST %s (%lld bytes, %s%s)",
            qUtf8Printable(providerName()), qUtf8Printable(m_request.tag), m_attempt, qUtf8Printable(http.url.path()),
            qint64(http.body.size()), qUtf8Printable(toString(m_plan.jsonMode)), m_plan.stream ? ", stream" : "");
    HttpReply *reply = m_provider->transport()->send(http, this);
    m_reply = reply;
    connect(reply, &HttpReply::headersReceived, this, &ProviderCall::onHeaders);
    connect(reply, &HttpReply::dataReceived, this, &ProviderCall::onData);
    connect(reply, &HttpReply::finished, this, &ProviderCall::onFinished);
    connect(reply, &HttpReply::failed, this, &ProviderCall::onTransportFailed);
}

void ProviderCall::onHeaders(int status, const HttpHeaders &headers)
{
    m_status = status;
    m_headers = headers;
    if (m_provider)
        m_provider->observeHeaders(m_plan.model, headers);
    if (status >= 200 && status < 300 && m_plan.stream && m_provider) {
        m_streaming = true;
        m_reader = m_provider->newStreamReader();
    }
}

void ProviderCall::onData(const QByteArray &chunk)
{
    if (m_ended)
        return;
    if (!m_streaming) {
        if (m_body.size() + chunk.size() > kMaxBodyBytes) {
            endAttempt(-1);
            return handleError(makeProviderError(ProviderErrorKind::MalformedResponse, providerName(),
                                                 QStringLiteral("answer larger than 32 MiB")));
        }
        m_body.append(chunk);
        return;
    }
    const QPointer<ProviderCall> self(this);
    for (const SseEvent &event : m_sse.feed(chunk)) {
        const QString delta = m_reader->feed(event);
        m_streamedChars += delta.size();
        if (!delta.isEmpty())
            Q_EMIT textDelta(delta);
        if (!self || m_ended)
            return; // cancelled or deleted by a receiver
        if (m_reader->hasFailed()) {
            // An error inside a 200 stream: stop reading this attempt.
            auto result = m_reader->finish();
            endAttempt(cutAnswerTokens());
            return handleAnswer(std::move(result));
        }
    }
}

void ProviderCall::onFinished()
{
    if (m_ended)
        return;
    if (m_status >= 200 && m_status < 300) {
        Result<ChatResponse, ProviderError> result
            = makeProviderError(ProviderErrorKind::MalformedResponse, providerName());
        if (m_streaming) {
            for (const SseEvent &event : m_sse.flush()) {
                const QString delta = m_reader->feed(event);
                if (!delta.isEmpty()) {
                    const QPointer<ProviderCall> self(this);
                    Q_EMIT textDelta(delta);
                    if (!self || m_ended)
                        return;
                }
            }
            m_reader->feedStrayText(m_sse.takeStrayText());
            result = m_reader->finish();
        } else {
            result = m_provider ? m_provider->parseChatBody(m_body) : result;
        }
        qint64 spent = cutAnswerTokens();
        if (result.isOk() && result.value().usage.totalTokens() > 0)
            spent = result.value().usage.totalTokens();
        endAttempt(spent);
        return handleAnswer(std::move(result));
    }
    const ProviderError e = classifyHttpError(m_provider ? m_provider->wireFormat() : WireFormat::OpenAiCompatible,
                                              providerName(), m_status, m_headers, m_body);
    // A refused request (429) did not count in the server's window: it leaves ours too.
    if (e.kind == ProviderErrorKind::RateLimited && m_ticket)
        m_ticket->refund();
    // An error answer (4xx, 5xx) ran no model: it spent no tokens, so its retry is not held back
    // by a window full of tokens nobody used.
    endAttempt(0);
    handleError(e);
}

void ProviderCall::onTransportFailed(const TransportError &error)
{
    if (m_ended)
        return;
    const QUrl url = m_provider ? m_provider->config().baseUrl : QUrl();
    switch (error.kind) {
    case TransportErrorKind::ConnectionRefused:
    case TransportErrorKind::HostNotFound:
    case TransportErrorKind::Tls:
    case TransportErrorKind::InsecureUrl:
    case TransportErrorKind::Cancelled:
    case TransportErrorKind::None:
        endAttempt(0); // the request never reached the server
        break;
    case TransportErrorKind::ConnectionReset:
    case TransportErrorKind::Timeout:
    case TransportErrorKind::Other:
        endAttempt(cutAnswerTokens()); // at most the prompt and what came back
        break;
    }
    handleError(classifyTransportError(providerName(), error, url));
}

// The attempt's reply and rate-limit slot are done with: the slot keeps `actualTokens` in the
// window (what the server counted, as far as the client can tell); < 0 keeps the estimate.
void ProviderCall::endAttempt(qint64 actualTokens)
{
    discardReply(m_reply, this);
    m_reply = nullptr;
    if (m_ticket) {
        if (actualTokens >= 0)
            m_ticket->settle(actualTokens);
        m_ticket->deleteLater();
        m_ticket = nullptr;
    }
}

void ProviderCall::succeed()
{
    if (m_ended)
        return;
    m_ended = true;
    releaseResources();
    m_response.usage = m_usage;
    qCDebug(lcProviderFor(providerName()), "%s [%s] done after %d attempt(s): %lld + %lld tokens",
            qUtf8Printable(providerName()), qUtf8Printable(m_request.tag), m_attempt, m_usage.promptTokens,
            m_usage.completionTokens);
    Q_EMIT finished(m_response);
}

void ProviderCall::fail(const ProviderError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    releaseResources();
    Q_EMIT failed(error);
}

void ProviderCall::cancel()
{
    if (m_ended)
        return;
    fail(makeProviderError(ProviderErrorKind::Cancelled, providerName()));
}

void ProviderCall::releaseResources()
{
    m_waitTimer.stop();
    if (m_ticket) {
        m_ticket->cancel();
        delete m_ticket.data();
        m_ticket = nullptr;
    }
    discardReply(m_reply, this);
    m_reply = nullptr;
}

} // namespace ip
