#include "providers/ErrorClassifier.h"

#include "log/Redaction.h"
#include "net/Duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace ip {

namespace {

constexpr qsizetype kMaxDetail = 300;

// Messages in the context "ip::ProviderError"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::ProviderError)
};

// What could be read from an error body.
struct ErrorBody
{
    bool json = false;
    bool html = false;
    QJsonObject root;
    QJsonObject error; // the "error" object (empty when absent or a string)
    QString message; // error.message, or the error string
    QString type; // error.type (OpenAI / Anthropic)
    QString code; // error.code as text (string or number)
    QString status; // Gemini error.status ("RESOURCE_EXHAUSTED", …)
    QString plainText; // first line of a non-JSON, non-HTML body
};

} // namespace

QString cleanDetail(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Masked before it is shortened: a key cut in two by the limit would no longer be recognised
    // (its first part would show), and masking may lengthen the text ("key=a" → "key=***").
    s = redact(s.simplified());
    if (s.size() > kMaxDetail)
        s = s.left(kMaxDetail - 1) + QChar(0x2026);
    return s;
}

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}

ErrorBody readBody(const QJsonObject &root)
{
    ErrorBody b;
    b.json = true;
    b.root = root;
    const QJsonValue err = root.value(QLatin1StringView("error"));
    if (err.isString()) {
        b.message = err.toString();
    } else if (err.isObject()) {
        b.error = err.toObject();
        b.message = b.error.value(QLatin1StringView("message")).toString();
        b.type = b.error.value(QLatin1StringView("type")).toString();
        const QJsonValue code = b.error.value(QLatin1StringView("code"));
        b.code = code.isDouble() ? QString::number(code.toInt()) : code.toString();
        b.status = b.error.value(QLatin1StringView("status")).toString();
    } else {
        b.message = root.value(QLatin1StringView("message")).toString();
    }
    return b;
}

ErrorBody readBody(const QByteArray &body)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return readBody(doc.object());
        // Gemini without alt=sse wraps the status in a one-element list.
        if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isObject())
            return readBody(doc.array().at(0).toObject());
    }
    ErrorBody b;
    if (looksLikeHtml(body)) {
        b.html = true;
    } else {
        const QString text = QString::fromUtf8(body).trimmed();
        b.plainText = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    return b;
}

QString detailOf(const ErrorBody &b)
{
    if (!b.json)
        return cleanDetail(b.plainText);
    // Gemini's quota messages start with boilerplate; the useful part is the bullet list.
    const qsizetype quota = b.message.indexOf(QLatin1StringView("Quota exceeded for metric"));
    return cleanDetail(quota > 0 ? b.message.mid(quota) : b.message);
}

// Gemini google.rpc details of a given @type suffix ("RetryInfo", "QuotaFailure", "ErrorInfo").
QList<QJsonObject> detailsOfType(const QJsonObject &error, QLatin1StringView typeSuffix)
{
    QList<QJsonObject> out;
    const QJsonValue details = error.value(QLatin1StringView("details"));
    for (const QJsonValue d : details.toArray()) {
        const QJsonObject o = d.toObject();
        if (o.value(QLatin1StringView("@type")).toString().endsWith(typeSuffix))
            out.append(o);
    }
    return out;
}

QStringList errorInfoReasons(const QJsonObject &error)
{
    QStringList reasons;
    for (const QJsonObject &info : detailsOfType(error, QLatin1StringView("google.rpc.ErrorInfo")))
        reasons.append(info.value(QLatin1StringView("reason")).toString());
    return reasons;
}

// Daily (or otherwise long-term) quota rather than a per-minute rate limit.
bool isDailyQuota(const ErrorBody &b)
{
    for (const QJsonObject &qf : detailsOfType(b.error, QLatin1StringView("google.rpc.QuotaFailure"))) {
        for (const QJsonValue v : qf.value(QLatin1StringView("violations")).toArray()) {
            const QJsonObject violation = v.toObject();
            if (violation.value(QLatin1StringView("quotaId"))
                    .toString()
                    .contains(QLatin1StringView("PerDay"), Qt::CaseInsensitive))
                return true;
            // A quota of 0 (e.g. no free grounding quota for this key) never refills.
            if (violation.value(QLatin1StringView("quotaValue")).toString() == QLatin1StringView("0"))
                return true;
        }
    }
    static const QRegularExpression daily(
        QStringLiteral("per day|\\((?:RPD|TPD)\\)|requests per day|tokens per day|daily (?:limit|quota)"),
        QRegularExpression::CaseInsensitiveOption);
    return daily.match(b.message).hasMatch();
}

bool isBillingQuota(const ErrorBody &b)
{
    const QString details = QString::fromUtf8(QJsonDocument(b.error).toJson(QJsonDocument::Compact));
    return b.type == QLatin1StringView("insufficient_quota") || b.code == QLatin1StringView("insufficient_quota")
        || b.type == QLatin1StringView("billing_error")
        || details.contains(QLatin1StringView("enforced_spend_limit_reached"))
        || details.contains(QLatin1StringView("spend_limit"));
}

bool isContextTooLong(const ErrorBody &b)
{
    if (b.code == QLatin1StringView("context_length_exceeded")
        || b.type == QLatin1StringView("exceed_context_size_error"))
        return true;
    static const QRegularExpression context(
        QStringLiteral("input token count.*exceeds|maximum context length|context length|context window|context size"
                       "|prompt is too long|too many tokens"),
        QRegularExpression::CaseInsensitiveOption);
    return context.match(b.message).hasMatch();
}

bool isApiKeyInvalid(const ErrorBody &b)
{
    const QStringList reasons = errorInfoReasons(b.error);
    return reasons.contains(QLatin1StringView("API_KEY_INVALID")) || b.code == QLatin1StringView("invalid_api_key")
        || b.message.contains(QLatin1StringView("API key not valid"), Qt::CaseInsensitive)
        || b.message.contains(QLatin1StringView("API Key not found"), Qt::CaseInsensitive)
        || b.message.contains(QLatin1StringView("Invalid API Key"), Qt::CaseInsensitive)
        || b.type == QLatin1StringView("authentication_error");
}

ProviderError unauthorized(const QString &provider, int status, const ErrorBody &b)
{
    ProviderError e = makeProviderError(ProviderErrorKind::Unauthorized, provider, detailOf(b), status);
    const QStringList reasons = errorInfoReasons(b.error);
    if (b.message.contains(QLatin1StringView("leaked"), Qt::CaseInsensitive)) {
        e.message = Tr::tr("%1 reports this API key as leaked and no longer accepts it — create a new key and enter it "
                           "in Settings.")
                        .arg(provider);
    } else if (b.message.contains(QLatin1StringView("unregistered callers"), Qt::CaseInsensitive)) {
        e.message = Tr::tr("%1 received no API key — enter one in Settings.").arg(provider);
    } else if (reasons.contains(QLatin1StringView("API_KEY_SERVICE_BLOCKED"))) {
        e.message = Tr::tr("This API key may not use the %1 API — enable the API for the key's project, or enter "
                           "another key in Settings.")
                        .arg(provider);
    } else if (status == 403 && !isApiKeyInvalid(b)) {
        e.message = b.html
            ? Tr::tr("%1 refused access (HTTP 403, blocked by its network front end) — check the API key "
                     "in Settings, or try another network or VPN setting.")
                  .arg(provider)
            : Tr::tr("%1 refused access (HTTP 403) — check the API key and its permissions in Settings.").arg(provider);
    }
    return e;
}

ProviderError classify(WireFormat format, const QString &provider, int status, const HttpHeaders &headers,
                       const ErrorBody &b)
{
    Q_UNUSED(format);
    const QString detail = detailOf(b);
    auto make = [&](ProviderErrorKind kind) {
        return makeProviderError(kind, provider, detail, status);
    };

    if (status == 401)
        return unauthorized(provider, status, b);
    if ((status == 400 || status == 403) && isApiKeyInvalid(b))
        return unauthorized(provider, status, b);
    if (status == 403)
        return unauthorized(provider, status, b);

    if (status == 402 || isBillingQuota(b)) {
        ProviderError e = make(ProviderErrorKind::QuotaExhausted);
        e.message = Tr::tr("%1 says the account has no quota or credit left — check your plan and billing, or use "
                           "another key.")
                        .arg(provider);
        return e;
    }

    if (status == 429 || b.status == QLatin1StringView("RESOURCE_EXHAUSTED")) {
        if (isDailyQuota(b))
            return make(ProviderErrorKind::QuotaExhausted);
        ProviderError e = make(ProviderErrorKind::RateLimited);
        e.retryAfterMs = retryHintMs(headers, b.error, b.message);
        return e;
    }

    if (status == 413)
        return make(ProviderErrorKind::RequestTooLarge);

    if (status == 408)
        return make(ProviderErrorKind::Timeout);

    if (status == 498 || status == 529 || status >= 500) {
        ProviderError e = make(ProviderErrorKind::Overloaded);
        e.retryAfterMs = retryHintMs(headers, b.error, QString());
        return e;
    }

    if (status >= 400) {
        if (b.code == QLatin1StringView("json_validate_failed"))
            return make(ProviderErrorKind::JsonGenerationFailed);
        if (isContextTooLong(b))
            return make(ProviderErrorKind::ContextTooLong);
        ProviderError e = make(ProviderErrorKind::InvalidRequest);
        if (status == 404) {
            const bool aboutModel = b.message.contains(QLatin1StringView("model"), Qt::CaseInsensitive)
                || b.code == QLatin1StringView("model_not_found");
            e.message = aboutModel
                ? Tr::tr("%1 does not offer the requested model — choose another model in Settings (%2).")
                      .arg(provider, detail)
                : Tr::tr("%1 answered 404 Not Found — check the base URL in Settings.").arg(provider);
        }
        return e;
    }

    ProviderError e = make(ProviderErrorKind::MalformedResponse);
    e.message = Tr::tr("%1 answered with an unexpected HTTP status %2 — check the base URL in Settings.")
                    .arg(provider)
                    .arg(status);
    return e;
}

} // namespace

ProviderError classifyHttpError(WireFormat format, const QString &provider, int status, const HttpHeaders &headers,
                                const QByteArray &body)
{
    return classify(format, provider, status, headers, readBody(body));
}

ProviderError classifyErrorInOkResponse(WireFormat format, const QString &provider, const QJsonObject &root)
{
    const ErrorBody b = readBody(root);
    // A numeric code in the error object is the HTTP status the server would have sent.
    const int code = b.error.value(QLatin1StringView("code")).toInt(0);
    if (code >= 400 && code < 600)
        return classify(format, provider, code, {}, b);

    const QString lowerType = b.type.toLower();
    if (lowerType.contains(QLatin1StringView("rate_limit")) || lowerType == QLatin1StringView("tokens")
        || lowerType == QLatin1StringView("requests"))
        return classify(format, provider, 429, {}, b);
    if (b.root.value(QLatin1StringView("error")).isString()) {
        // LM Studio: 200 {"error": "Unexpected endpoint or method. (POST /chat/completions)"}
        ProviderError e = makeProviderError(ProviderErrorKind::InvalidRequest, provider, detailOf(b), 200);
        if (b.message.contains(QLatin1StringView("Unexpected endpoint"), Qt::CaseInsensitive))
            e.message
                = Tr::tr("%1 does not know this endpoint — check the base URL in Settings (it usually ends in /v1).")
                      .arg(provider);
        return e;
    }
    if (lowerType.contains(QLatin1StringView("invalid_request")))
        return classify(format, provider, 400, {}, b);
    if (b.code == QLatin1StringView("json_validate_failed"))
        return classify(format, provider, 400, {}, b);
    // Anything else breaking a 200 stream is a server-side failure.
    return makeProviderError(ProviderErrorKind::Overloaded, provider, detailOf(b), 0);
}

qint64 retryHintMs(const HttpHeaders &headers, const QJsonObject &errorObject, const QString &message)
{
    if (const qint64 v = retryAfterFromHeaders(headers); v >= 0)
        return v;
    for (const QJsonObject &info : detailsOfType(errorObject, QLatin1StringView("google.rpc.RetryInfo"))) {
        if (const qint64 v = parseDuration(info.value(QLatin1StringView("retryDelay")).toString()); v >= 0)
            return v;
    }
    if (const qint64 v = retryHintFromMessage(message); v >= 0)
        return v;
    for (const char *dim : { "tokens", "requests" }) {
        if (headerValue(headers, QByteArray("x-ratelimit-remaining-") + dim).trimmed() != "0")
            continue;
        const QString reset = QString::fromLatin1(headerValue(headers, QByteArray("x-ratelimit-reset-") + dim));
        if (const qint64 v = parseDuration(reset); v >= 0)
            return v;
    }
    return -1;
}

bool isStructuredOutputUnsupported(const ProviderError &error)
{
    if (error.kind != ProviderErrorKind::InvalidRequest || (error.httpStatus != 400 && error.httpStatus != 422))
        return false;
    static const QRegularExpression unsupported(
        QStringLiteral(
            "response_format|response format|json_schema|json_object|json schema|structured output"
            "|response mime type|mime type|responseMimeType|response_mime_type|responseJsonSchema|response_schema"
            "|json mode is not enabled"),
        QRegularExpression::CaseInsensitiveOption);
    return unsupported.match(error.detail).hasMatch();
}

ProviderError classifyTransportError(const QString &provider, const TransportError &error, const QUrl &url)
{
    const QString host = url.host();
    ProviderError e;
    switch (error.kind) {
    case TransportErrorKind::Timeout: e = makeProviderError(ProviderErrorKind::Timeout, provider, error.message); break;
    case TransportErrorKind::Cancelled:
        e = makeProviderError(ProviderErrorKind::Cancelled, provider, error.message);
        break;
    case TransportErrorKind::InsecureUrl:
        e = makeProviderError(ProviderErrorKind::InvalidRequest, provider, error.message);
        e.message = Tr::tr("The %1 base URL uses plain http:// for %2 — HTTPS is required for hosts other than this "
                           "computer; fix the base URL in Settings.")
                        .arg(provider, host);
        break;
    case TransportErrorKind::ConnectionRefused:
        e = makeProviderError(ProviderErrorKind::Network, provider, error.message);
        e.message = Tr::tr("Could not connect to %1 at %2 — is the server running? Check the base URL in Settings.")
                        .arg(provider, host);
        break;
    case TransportErrorKind::HostNotFound:
        e = makeProviderError(ProviderErrorKind::Network, provider, error.message);
        e.message = Tr::tr("Could not find %1 (%2) — check your internet connection and the base URL in Settings.")
                        .arg(provider, host);
        break;
    case TransportErrorKind::Tls:
        e = makeProviderError(ProviderErrorKind::Network, provider, error.message);
        e.message
            = Tr::tr("The secure connection to %1 failed — check the system clock, proxy and network.").arg(provider);
        break;
    case TransportErrorKind::ConnectionReset:
        e = makeProviderError(ProviderErrorKind::Network, provider, error.message);
        e.message = Tr::tr("The connection to %1 was interrupted — try again.").arg(provider);
        break;
    case TransportErrorKind::None:
    case TransportErrorKind::Other: e = makeProviderError(ProviderErrorKind::Network, provider, error.message); break;
    }
    return e;
}

} // namespace ip
