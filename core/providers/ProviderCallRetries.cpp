// ProviderCall's rules for the end of an attempt: accept the answer, retry it (at once, after a
// backoff, after the server's hint, in a weaker JSON mode, with a repair instruction) or fail.
// The rules per failure class are listed in ProviderCall.h.
#include "net/RateLimiter.h"
#include "providers/LlmJson.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderLog.h"

#include <limits>
#include <utility>

namespace ip {

void ProviderCall::handleAnswer(Result<ChatResponse, ProviderError> result)
{
    if (result.isError())
        return handleError(result.error());

    ChatResponse response = std::move(result).value();
    m_usage += response.usage;
    if (m_provider)
        m_provider->recordUsage(response.usage);

    if (m_request.format == ResponseFormat::Json) {
        auto parsed = llmjson::parse(response.text, m_request.jsonSchema, m_request.validate);
        if (parsed.isError()) {
            QString problem = parsed.error();
            if (response.finishReason == QLatin1StringView("length")
                || response.finishReason == QLatin1StringView("MAX_TOKENS"))
                problem += QStringLiteral(" (the answer was cut off at the output limit; keep it shorter)");
            qCInfo(lcProviderFor(providerName()), "%s [%s] answer is not the expected JSON: %s",
                   qUtf8Printable(providerName()), qUtf8Printable(m_request.tag), qUtf8Printable(problem));
            ProviderError e = makeProviderError(ProviderErrorKind::MalformedResponse, providerName(), problem);
            if (!m_repairTried) {
                m_repairTried = true;
                m_plan.messages = m_request.messages;
                m_plan.messages.append(jsonRepairMessage(problem));
                return retryAfter(0, e, QString());
            }
            e.message = tr("%1's answer was not the JSON that was asked for, even after a retry — try again or "
                           "choose another model.")
                            .arg(providerName());
            return fail(e);
        }
        response.json = std::move(parsed).value();
    }
    m_response = std::move(response);
    succeed();
}

void ProviderCall::handleError(const ProviderError &error)
{
    if (m_ended)
        return;
    qCInfo(lcProviderFor(providerName()), "%s [%s] attempt %d failed: %s (HTTP %d) %s", qUtf8Printable(providerName()),
           qUtf8Printable(m_request.tag), m_attempt, qUtf8Printable(toString(error.kind)), error.httpStatus,
           qUtf8Printable(error.detail));

    switch (error.kind) {
    case ProviderErrorKind::InvalidRequest:
        if (isStructuredOutputUnsupported(error)
            && (m_plan.jsonMode == JsonMode::JsonSchema || m_plan.jsonMode == JsonMode::JsonObject) && m_provider) {
            const JsonMode next = m_provider->nextJsonMode(m_plan.jsonMode);
            if (next != JsonMode::None) {
                qCInfo(lcProviderFor(providerName()), "%s: %s not supported for %s, using %s",
                       qUtf8Printable(providerName()), qUtf8Printable(toString(m_plan.jsonMode)),
                       qUtf8Printable(m_plan.model), qUtf8Printable(toString(next)));
                m_plan.jsonMode = next;
                if (!m_request.googleSearch)
                    m_provider->rememberJsonMode(m_plan.model, next);
                return retryAfter(0, error, QString());
            }
        }
        return fail(error);
    case ProviderErrorKind::RateLimited: {
        const qint64 delay = m_backoff.nextDelayMs(error.retryAfterMs);
        if (delay < 0)
            return fail(error);
        m_retryFirst = true;
        if (error.retryAfterMs >= 0 && m_provider) {
            // Wait exactly the server's hint, in the provider's limiter so that every other call
            // waits too (the ticket reports the wait).
            m_provider->rateLimiter(m_plan.model)->blockFor(error.retryAfterMs);
            // Queued at once, before the limiter's next grant can give the refunded slot away.
            m_pendingCause = error;
            return acquireSlot();
        }
        return retryAfter(delay, error, tr("%1 rate limit").arg(providerName()));
    }
    case ProviderErrorKind::Timeout:
        if (m_timeoutRetried)
            return fail(error);
        m_timeoutRetried = true;
        [[fallthrough]];
    case ProviderErrorKind::Overloaded:
    case ProviderErrorKind::Network: {
        const qint64 delay = m_backoff.nextDelayMs(error.retryAfterMs);
        if (delay < 0)
            return fail(error);
        return retryAfter(delay, error, tr("%1 is busy or unreachable, retrying").arg(providerName()));
    }
    case ProviderErrorKind::JsonGenerationFailed:
        if (m_jsonGenerationRetried)
            return fail(error);
        m_jsonGenerationRetried = true;
        return retryAfter(0, error, QString());
    case ProviderErrorKind::Cancelled:
    case ProviderErrorKind::QuotaExhausted:
    case ProviderErrorKind::Unauthorized:
    case ProviderErrorKind::ContextTooLong:
    case ProviderErrorKind::RequestTooLarge:
    case ProviderErrorKind::ContentBlocked:
    case ProviderErrorKind::MalformedResponse: return fail(error);
    }
    fail(error);
}

void ProviderCall::retryAfter(qint64 delayMs, const ProviderError &cause, const QString &reason)
{
    m_pendingCause = cause;
    if (delayMs > 0) {
        qCInfo(lcProviderFor(providerName()), "%s [%s] retrying in %lld ms", qUtf8Printable(providerName()),
               qUtf8Printable(m_request.tag), delayMs);
        const QPointer<ProviderCall> self(this);
        m_waitAnnounced = true;
        Q_EMIT waiting(delayMs, reason);
        if (!self || m_ended)
            return;
    }
    m_waitTimer.start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
}

} // namespace ip
