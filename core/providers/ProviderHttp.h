#pragma once

// The HTTP pieces every call to a provider's endpoint shares (chat, model lists, transcriptions):
// the endpoint URL under the base URL, the bearer key, the URL policy check.

#include "net/HttpTransport.h"
#include "providers/ProviderConfig.h"
#include "providers/ProviderError.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ip {

// base URL + "/" + path (path may contain a query); trailing slashes of the base are dropped.
[[nodiscard]] QUrl endpointUrl(const QUrl &baseUrl, const QString &pathAndQuery);

// "Authorization: Bearer <key>"; nothing when the key is empty (a loopback server).
void addBearerAuth(HttpRequest &request, const QString &apiKey);

// The base URL breaks the URL policy (plain http to another computer, no host, …): the typed error,
// as classifyTransportError words an InsecureUrl.
[[nodiscard]] std::optional<ProviderError> urlPolicyError(const ProviderConfig &config);

} // namespace ip
