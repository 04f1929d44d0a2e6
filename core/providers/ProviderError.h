#pragma once

#include <QMetaType>
#include <QString>

namespace ip {

// Typed classification of everything a provider call can end in.
enum class ProviderErrorKind {
    Unauthorized, // 401, 403, Gemini API_KEY_INVALID: fix the key
    RateLimited, // 429 per-minute: wait retryAfterMs, then retry
    QuotaExhausted, // per-day / billing: fail fast, no retries
    RequestTooLarge, // Groq 413 (TPM budget incl. declared max output): lower budget or split
    ContextTooLong, // 400 context_length_exceeded: split
    JsonGenerationFailed, // 400 json_validate_failed: one retry
    Overloaded, // 500, 502, 503, 504, 498, 529: backoff with full jitter
    InvalidRequest, // other 4xx (incl. unknown model, insecure URL): no retry
    ContentBlocked, // prompt/response blocked by the provider's safety filters
    Network, // refused, DNS, TLS, reset: limited retries
    Timeout, // total or first-byte timeout
    Cancelled,
    MalformedResponse // not the shape we asked for, even after one repair attempt
};

struct ProviderError
{
    ProviderErrorKind kind = ProviderErrorKind::MalformedResponse;
    QString provider; // "Groq", "Gemini", "Ollama", …
    int httpStatus = 0; // 0 when no HTTP status
    QString message; // one line for a person, names the fix; never contains a key
    QString detail; // server's own message (redacted), may be empty
    qint64 retryAfterMs = -1; // server's hint (-1 = none)

    [[nodiscard]] bool isRetryable() const
    {
        switch (kind) {
        case ProviderErrorKind::RateLimited:
        case ProviderErrorKind::Overloaded:
        case ProviderErrorKind::Network:
        case ProviderErrorKind::Timeout:
        case ProviderErrorKind::JsonGenerationFailed: return true;
        default: return false;
        }
    }
    // The run cannot go on with this provider (every further call would fail the same way).
    [[nodiscard]] bool stopsProvider() const
    {
        return kind == ProviderErrorKind::Unauthorized || kind == ProviderErrorKind::QuotaExhausted;
    }
};

QString toString(ProviderErrorKind kind);

// Builds an error of `kind` with the standard message for it (detail passed through cleanDetail(),
// providers/ErrorClassifier.h).
ProviderError makeProviderError(ProviderErrorKind kind, const QString &provider, const QString &detail = {},
                                int httpStatus = 0);

} // namespace ip

Q_DECLARE_METATYPE(ip::ProviderError)
