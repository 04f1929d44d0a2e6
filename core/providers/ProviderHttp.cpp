#include "providers/ProviderHttp.h"

#include "net/UrlPolicy.h"
#include "providers/ErrorClassifier.h"

namespace ip {

QUrl endpointUrl(const QUrl &baseUrl, const QString &pathAndQuery)
{
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QLatin1Char('/') + pathAndQuery, QUrl::StrictMode);
}

void addBearerAuth(HttpRequest &request, const QString &apiKey)
{
    if (!apiKey.isEmpty())
        request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + apiKey.toUtf8()));
}

std::optional<ProviderError> urlPolicyError(const ProviderConfig &config)
{
    const QString violation = urlPolicyViolation(config.baseUrl);
    if (violation.isEmpty())
        return std::nullopt;
    return classifyTransportError(config.name, TransportError { TransportErrorKind::InsecureUrl, violation },
                                  config.baseUrl);
}

} // namespace ip
