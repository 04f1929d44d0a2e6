#include "providers/HttpChatProvider.h"

#include "net/Duration.h"
#include "net/RateLimiter.h"
#include "providers/JsonMode.h"
#include "providers/JsonModeMemory.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderLog.h"

#include <QCoreApplication>

namespace ip {

namespace {

qint64 headerNumber(const HttpHeaders &headers, const char *name)
{
    bool ok = false;
    const qint64 v = headerValue(headers, name).trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

qint64 headerDuration(const HttpHeaders &headers, const char *name)
{
    const QByteArray value = headerValue(headers, name).trimmed();
    return value.isEmpty() ? -1 : parseDuration(QString::fromLatin1(value));
}

} // namespace

HttpChatProvider::HttpChatProvider(HttpTransport *transport, ProviderConfig config, QObject *parent)
    : ChatProvider(parent)
    , m_transport(transport)
    , m_config(std::move(config))
    , m_clock(m_config.clock ? m_config.clock : Clock::system())
{ }

HttpChatProvider::~HttpChatProvider() = default;

ChatCall *HttpChatProvider::chat(const ChatRequest &request, QObject *parent)
{
    return new ProviderCall(this, request, parent);
}

RateLimiter *HttpChatProvider::rateLimiter(const QString &model) const
{
    const QString key = model.isEmpty() ? m_config.defaultModel : model;
    RateLimiter *&limiter = m_limiters[key];
    if (!limiter)
        limiter = new RateLimiter(
            RateLimits { m_config.requestsPerMinute, m_config.tokensPerMinute, 60'000, kProviderWindowGuard }, m_clock,
            const_cast<HttpChatProvider *>(this));
    return limiter;
}

qint64 HttpChatProvider::tokensPerMinuteLimit(const QString &model) const
{
    return rateLimiter(model)->limits().tokensPerWindow;
}

qint64 HttpChatProvider::wirePromptTokens(const QList<ChatMessage> &messages, const ChatRequest &request,
                                          JsonMode mode) const
{
    // The wire formats add the schema as instructions in these modes (buildOpenAiChatBody, buildGeminiBody).
    if (mode == JsonMode::JsonObject || mode == JsonMode::Instructions)
        return estimateTokens(withJsonInstruction(messages, request.jsonSchema));
    return estimateTokens(messages);
}

qint64 HttpChatProvider::admissionCost(const ChatRequest &request, JsonMode mode) const
{
    return wirePromptTokens(request.messages, request, mode) + qMax(0, request.maxOutputTokens);
}

std::optional<ChatProvider::TokenWindowWait> HttpChatProvider::tokenWindowWait(const ChatRequest &request) const
{
    const QString model = request.model.isEmpty() ? m_config.defaultModel : request.model;
    const RateLimiter *limiter = rateLimiter(model);
    if (limiter->limits().tokensPerWindow <= 0)
        return std::nullopt;
    const JsonMode mode = request.format == ResponseFormat::Json ? firstJsonMode(request, model) : JsonMode::None;
    const qint64 wait = limiter->core().delayForNew(admissionCost(request, mode), m_clock->nowMs());
    if (wait < 0)
        return std::nullopt;
    return TokenWindowWait { wait, limiter->limits().effectiveWindowMs() };
}

JsonMode HttpChatProvider::nextJsonMode(JsonMode current) const
{
    switch (current) {
    case JsonMode::JsonSchema: return JsonMode::JsonObject;
    case JsonMode::JsonObject: return JsonMode::Instructions;
    case JsonMode::Instructions:
    case JsonMode::None: break;
    }
    return JsonMode::None;
}

std::optional<ProviderError> HttpChatProvider::configurationError() const
{
    return urlPolicyError(m_config);
}

std::optional<ProviderError> HttpChatProvider::quotaBlock(const QString &model) const
{
    const qint64 until = m_requestsExhaustedUntilMs.value(model, -1);
    if (until < 0 || m_clock->nowMs() >= until)
        return std::nullopt;
    ProviderError e = makeProviderError(ProviderErrorKind::QuotaExhausted, m_config.name,
                                        QStringLiteral("x-ratelimit-remaining-requests: 0"));
    return e;
}

void HttpChatProvider::observeHeaders(const QString &model, const HttpHeaders &headers)
{
    RateLimiter *limiter = rateLimiter(model);
    RateLimits limits = limiter->limits();
    bool changed = false;

    const qint64 limitTokens = headerNumber(headers, "x-ratelimit-limit-tokens");
    if (limitTokens > 0 && (limits.tokensPerWindow == 0 || limitTokens < limits.tokensPerWindow)) {
        qCInfo(lcProviderFor(m_config.name), "%s: server tokens-per-minute limit %lld for %s, tightening",
               qUtf8Printable(m_config.name), limitTokens, qUtf8Printable(model));
        limits.tokensPerWindow = limitTokens;
        changed = true;
    }
    const qint64 remainingTokens = headerNumber(headers, "x-ratelimit-remaining-tokens");
    const qint64 resetTokens = headerDuration(headers, "x-ratelimit-reset-tokens");
    if (remainingTokens >= 0 && resetTokens >= 0)
        limiter->observeServerTokens(remainingTokens, resetTokens);

    const qint64 limitRequests = headerNumber(headers, "x-ratelimit-limit-requests");
    const qint64 remainingRequests = headerNumber(headers, "x-ratelimit-remaining-requests");
    const qint64 resetRequests = headerDuration(headers, "x-ratelimit-reset-requests");
    if (m_config.requestHeadersPerDay) {
        // Groq: requests per DAY. Nothing to do for the per-minute window; remember exhaustion.
        if (remainingRequests == 0 && resetRequests > 0)
            m_requestsExhaustedUntilMs.insert(model, m_clock->nowMs() + resetRequests);
    } else {
        if (limitRequests > 0 && (limits.requestsPerWindow == 0 || limitRequests < limits.requestsPerWindow)) {
            limits.requestsPerWindow = int(qMin<qint64>(limitRequests, std::numeric_limits<int>::max()));
            changed = true;
        }
        if (remainingRequests == 0 && resetRequests > 0)
            limiter->blockFor(resetRequests);
    }
    if (changed)
        limiter->setLimits(limits);
}

QUrl HttpChatProvider::endpoint(const QString &pathAndQuery) const
{
    return endpointUrl(m_config.baseUrl, pathAndQuery);
}

HttpRequest HttpChatProvider::baseHttpRequest(const QByteArray &method, const QUrl &url, bool stream) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.totalTimeoutMs = m_config.totalTimeoutMs;
    // A non-streamed answer sends its headers only when the whole answer is ready.
    r.firstByteTimeoutMs = stream ? m_config.firstByteTimeoutMs : 0;
    r.idleTimeoutMs = m_config.idleTimeoutMs;
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray(stream ? "text/event-stream" : "application/json")));
    if (method == "POST")
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

void HttpChatProvider::rememberJsonMode(const QString &model, JsonMode mode)
{
    JsonModeMemory::set(m_config.baseUrl, model, mode);
}

} // namespace ip
