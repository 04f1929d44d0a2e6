// Error classification (core/providers/ErrorClassifier): an HTTP error answer (status, headers,
// body), the same body as an error object inside a 200, the retry hint, a transport failure.
// Input: "<status> [gemini|openai]\n<header>: <value>\n…\n\n<body>" (see FuzzSupport.h).
// A registered key is also planted in the body where the data says: no part of it may reach the error.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "ProviderChecks.h"
#include "log/Redaction.h"
#include "providers/ErrorClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ip::fuzz {

namespace {

const QString &plantedKey()
{
    static const QString key = [] {
        const QString k = QStringLiteral("Zq7xVk2Lm9Pw4Rt6Yb3N");
        registerSecret(k);
        return k;
    }();
    return key;
}

bool leaks(const ProviderError &error, QStringView keyStart)
{
    return error.message.contains(keyStart) || error.detail.contains(keyStart);
}

} // namespace

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

    // The planted key: masked whole, never cut into a visible piece (6 characters are too many).
    const QStringView keyStart = QStringView(plantedKey()).left(6);
    if (!http.body.contains(keyStart.toUtf8())) {
        QByteArray planted = http.body;
        planted.insert(splitPointOf(http.body), plantedKey().toUtf8());
        IP_FUZZ_CHECK(!leaks(classifyHttpError(format, provider, http.status, http.headers, planted), keyStart));
        const QJsonObject plantedRoot = QJsonDocument::fromJson(planted).object();
        IP_FUZZ_CHECK(!leaks(classifyErrorInOkResponse(format, provider, plantedRoot), keyStart));
    }
}

} // namespace ip::fuzz
