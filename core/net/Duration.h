#pragma once

// Parsing of the wait hints servers send (all results in milliseconds, rounded up; -1 = not
// understood). Pure functions.

#include "net/HttpTransport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ip {

// Go-style durations ("2m59.56s", "7.66s", "12ms", "789.6ms", "6m0s", "1m26.4s", "1h2m", "0s") and
// protobuf Duration strings ("37s", "20.04466179s"). Units: h, m, s, ms, us/µs, ns; each part may be
// fractional; surrounding spaces allowed; a bare number is NOT accepted (unit required).
[[nodiscard]] qint64 parseDuration(const QString &text);

// The `retry-after` header: delay in seconds, possibly fractional ("2", "0.5"), or an HTTP-date
// (then relative to `now`; a date in the past gives 0).
[[nodiscard]] qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The non-standard `retry-after-ms` header (Stainless SDKs): milliseconds, possibly fractional.
[[nodiscard]] qint64 parseRetryAfterMs(const QByteArray &value);

// `retry-after-ms` if present and valid, else `retry-after`; -1 when neither.
[[nodiscard]] qint64 retryAfterFromHeaders(const HttpHeaders &headers,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());

// The wait hint inside an error message: "Please try again in 3.01s", "try again in 1m47.5854s",
// "Please retry in 28.324975824s", "retry after 2s" (case-insensitive). -1 when absent.
[[nodiscard]] qint64 retryHintFromMessage(const QString &message);

} // namespace ip
