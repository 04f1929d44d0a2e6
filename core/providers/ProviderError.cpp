// ProviderError's names and its standard one-line messages, one per kind.
#include "providers/ProviderError.h"

#include "providers/ErrorClassifier.h"

#include <QCoreApplication>

namespace ip {

namespace {

// Messages in the context "ip::ProviderError"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::ProviderError)
};

} // namespace

QString toString(ProviderErrorKind kind)
{
    switch (kind) {
    case ProviderErrorKind::Unauthorized: return QStringLiteral("Unauthorized");
    case ProviderErrorKind::RateLimited: return QStringLiteral("RateLimited");
    case ProviderErrorKind::QuotaExhausted: return QStringLiteral("QuotaExhausted");
    case ProviderErrorKind::RequestTooLarge: return QStringLiteral("RequestTooLarge");
    case ProviderErrorKind::ContextTooLong: return QStringLiteral("ContextTooLong");
    case ProviderErrorKind::JsonGenerationFailed: return QStringLiteral("JsonGenerationFailed");
    case ProviderErrorKind::Overloaded: return QStringLiteral("Overloaded");
    case ProviderErrorKind::InvalidRequest: return QStringLiteral("InvalidRequest");
    case ProviderErrorKind::ContentBlocked: return QStringLiteral("ContentBlocked");
    case ProviderErrorKind::Network: return QStringLiteral("Network");
    case ProviderErrorKind::Timeout: return QStringLiteral("Timeout");
    case ProviderErrorKind::Cancelled: return QStringLiteral("Cancelled");
    case ProviderErrorKind::MalformedResponse: return QStringLiteral("MalformedResponse");
    }
    return {};
}

ProviderError makeProviderError(ProviderErrorKind kind, const QString &provider, const QString &detail, int httpStatus)
{
    ProviderError e;
    e.kind = kind;
    e.provider = provider;
    e.httpStatus = httpStatus;
    e.detail = cleanDetail(detail);
    const QString status = QString::number(httpStatus);
    switch (kind) {
    case ProviderErrorKind::Unauthorized:
        e.message = Tr::tr("%1 rejected the API key — check it in Settings.").arg(provider);
        break;
    case ProviderErrorKind::RateLimited:
        e.message = Tr::tr("%1 rate limit reached — wait a minute and try again, or lower its requests per minute in "
                           "Settings.")
                        .arg(provider);
        break;
    case ProviderErrorKind::QuotaExhausted:
        e.message = Tr::tr("%1 daily quota is used up — try again tomorrow, or use another key or plan.").arg(provider);
        break;
    case ProviderErrorKind::RequestTooLarge:
        e.message
            = Tr::tr("The request is larger than %1's tokens-per-minute budget — lower the output budget or split "
                     "the work into smaller requests.")
                  .arg(provider);
        break;
    case ProviderErrorKind::ContextTooLong:
        e.message
            = Tr::tr("The request is too long for the model's context window at %1 — split it into smaller parts.")
                  .arg(provider);
        break;
    case ProviderErrorKind::JsonGenerationFailed:
        e.message = Tr::tr("%1 could not produce valid JSON for this request — try again.").arg(provider);
        break;
    case ProviderErrorKind::Overloaded:
        e.message = httpStatus > 0
            ? Tr::tr("%1 is overloaded or having trouble (HTTP %2) — try again in a few minutes.").arg(provider, status)
            : Tr::tr("%1 is overloaded or having trouble — try again in a few minutes.").arg(provider);
        break;
    case ProviderErrorKind::InvalidRequest:
        if (httpStatus >= 400) {
            e.message = e.detail.isEmpty()
                ? Tr::tr("%1 rejected the request (HTTP %2).").arg(provider, status)
                : Tr::tr("%1 rejected the request (HTTP %2): %3").arg(provider, status, e.detail);
        } else {
            e.message = e.detail.isEmpty() ? Tr::tr("%1 rejected the request.").arg(provider)
                                           : Tr::tr("%1 rejected the request: %2").arg(provider, e.detail);
        }
        break;
    case ProviderErrorKind::ContentBlocked:
        e.message = Tr::tr("%1 blocked the request with its safety filters — rephrase the input or try another model.")
                        .arg(provider);
        break;
    case ProviderErrorKind::Network:
        e.message
            = Tr::tr("Could not reach %1 — check your internet connection and the base URL in Settings.").arg(provider);
        break;
    case ProviderErrorKind::Timeout:
        e.message
            = Tr::tr("%1 did not answer in time — try again later, or raise the timeout in Settings.").arg(provider);
        break;
    case ProviderErrorKind::Cancelled: e.message = Tr::tr("Cancelled."); break;
    case ProviderErrorKind::MalformedResponse:
        e.message = Tr::tr("%1 returned an answer that could not be used — try again, or choose another model.")
                        .arg(provider);
        break;
    }
    return e;
}

} // namespace ip
