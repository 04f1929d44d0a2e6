#pragma once

// Temporary adaptor until core/net's parseDuration / redactSecrets land; then these forward.

#include <QByteArray>
#include <QString>

namespace ip {

// Go/protobuf duration ("2m59.56s", "7.66s", "12ms", "1h2m", "28s") → ms (rounded up), -1 if invalid.
qint64 parseDurationCompat(const QString &text);
// retry-after header: seconds (may be fractional) → ms, -1 if invalid.
qint64 parseRetryAfterCompat(const QByteArray &value);
// Removes API keys and auth header values from text.
QString redactSecretsCompat(const QString &text);

} // namespace ip
