#pragma once

// The one redaction filter of the app: the log handler applies it to every line, and anything that
// puts outside text into a log line or an error message can call it (net's redactSecrets should
// forward here).
//
// Masked (the marker "***" replaces the secret; a label is kept so the text stays readable):
//   - every registered secret (registerSecret), wherever it appears          → "***"
//   - "Authorization: <anything to end of line>"                             → "Authorization: ***"
//   - "x-goog-api-key: <value>", "x-api-key: <value>", "api-key: <value>"   → "x-goog-api-key: ***"
//   - "Bearer <token>"                                                       → "Bearer ***"
//   - query/form values of key, api_key, apikey, api-key, access_token      → "key=***"
//   - bare key-looking tokens: gsk_…, AIza…, sk-… (sk-proj-, sk-ant-), xai-… → "gsk_***", "AIza***", …

#include <QString>

namespace ip {

[[nodiscard]] QString redact(const QString &text);

// Every later redact() masks this exact text (and its percent-encoded form). Secrets shorter than
// 8 characters are ignored so that common words are never masked. Thread-safe. The key store calls
// this for every key it saves or loads.
void registerSecret(const QString &secret);
// Forget every registered secret (tests).
void clearRegisteredSecrets();

} // namespace ip
