// Error classification (core/providers/ErrorClassifier): an HTTP error answer (status, headers,
// body), the same body as an error object inside a 200, the retry hint, a transport failure.
// Input: "<status> [gemini|openai]\n<header>: <value>\n…\n\n<body>" (see FuzzSupport.h).

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "ProviderChecks.h"
#include "providers/ErrorClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ip::fuzz {

void fuzzErrorClassifier(const std::uint8_t *data, std::size_t size)
{
    const HttpLike http = parseHttpLike(bytesOf(data, size));
    const WireFormat format = http.gemini ? WireFormat::Gemini : WireFormat::OpenAiCompatible;
    const QString provider = http.gemini ? QStringLiteral("Gemini") : QStringLiteral("Groq");

    const ProviderError httpError = classifyHttpError(format, provider, http.status, http.headers, http.body);
    checkProviderError(httpError);
    IP_FUZZ_CHECK(httpError.httpStatus == http.status);
    (void)isStructuredOutputUnsupported(httpError);

    const QJsonObject root = QJsonDocument::fromJson(http.body).object();
    const ProviderError okError = classifyErrorInOkResponse(format, provider, root);
    checkProviderError(okError);
    (void)isStructuredOutputUnsupported(okError);

    const qint64 hint
        = retryHintMs(http.headers, root.value(QLatin1StringView("error")).toObject(), QString::fromUtf8(http.body));
    IP_FUZZ_CHECK(hint >= -1);

    const TransportError transport { TransportErrorKind(unsigned(http.status) % 9u), QString::fromUtf8(http.body) };
    const ProviderError transportError
        = classifyTransportError(provider, transport, QUrl(QStringLiteral("https://api.example.com/v1/chat")));
    checkProviderError(transportError);
}

} // namespace ip::fuzz
