#pragma once

// Masks secrets in text meant for logs or error messages (forwards to log/Redaction.h, the one filter). Applied by the
// transport to everything it logs or reports; call it yourself before logging a URL, header dump or response body.
//
// Masked (the marker "***" replaces the secret, the label is kept so the text stays readable):
//   - "Bearer <token>"                                   → "Bearer ***"
//   - "Authorization: <anything to end of line>"         → "Authorization: ***"
//   - "x-goog-api-key: <value>", "x-api-key: <value>"    → "x-goog-api-key: ***"
//   - query/form values of key, api_key, apikey, api-key, access_token (e.g. "?key=AIza…&alt=sse")
//                                                        → "key=***"
//   - bare key-looking strings: gsk_…, AIza…, sk-… (incl. sk-proj-, sk-ant-), xai-…
//                                                        → "gsk_***", "AIza***", "sk-***", "xai-***"

#include <QByteArray>
#include <QString>

class QUrl;

namespace ip {

[[nodiscard]] QString redactSecrets(const QString &text);
[[nodiscard]] QString redactSecrets(const QByteArray &utf8Text);
// The URL as a display string with secret query values masked.
[[nodiscard]] QString redactedUrl(const QUrl &url);

} // namespace ip
