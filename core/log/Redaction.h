#pragma once

// The one redaction filter of the app. It lives in log, the lowest module that uses it; net,
// providers and keys include it from here. The log handler applies it to every line, the transport
// to everything it logs or reports; anything else that puts outside text (a URL, a header dump, a
// response body) into a log line or an error message calls it first.
//
// Masked (the marker "***" replaces the secret; a label is kept so the text stays readable):
//   - every registered secret (registerSecret), wherever it appears          → "***"
//   - "Authorization: <anything to end of line>"                             → "Authorization: ***"
//   - "x-goog-api-key: <value>", "x-api-key: <value>", "api-key: <value>"   → "x-goog-api-key: ***"
//   - "Bearer <token>"                                                       → "Bearer ***"
//   - query/form values of key, api_key, apikey, api-key, access_token      → "key=***"
//     (e.g. "?key=AIza…&alt=sse" → "?key=***&alt=sse")
//   - bare key-looking tokens: gsk_…, AIza…, sk-… (sk-proj-, sk-ant-), xai-… → "gsk_***", "AIza***", …

#include <QByteArray>
#include <QString>

class QUrl;

namespace ip {

[[nodiscard]] QString redact(const QString &text);
// The same for UTF-8 bytes (a response body, a header dump).
[[nodiscard]] QString redact(const QByteArray &utf8Text);
// The URL as a display string (no password) with secret query values masked.
[[nodiscard]] QString redactedUrl(const QUrl &url);

// Every later redact() masks this exact text (and its percent-encoded form). Secrets shorter than
// 8 characters are ignored so that common words are never masked. Thread-safe. The key store calls
// this for every key it saves or loads.
void registerSecret(const QString &secret);
// Forget every registered secret (tests).
void clearRegisteredSecrets();

} // namespace ip
