// Wait hints (core/net/Duration): Go / protobuf durations, retry-after (seconds or HTTP-date),
// retry-after-ms, and the hint inside an error message. The whole input is the text.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "net/Duration.h"

#include <QDateTime>

namespace ip::fuzz {

namespace {

constexpr qint64 kMaxMs = 1'000'000'000'000'000; // Duration.cpp's bound: more is nonsense, not a wait

} // namespace

void fuzzDuration(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString text = QString::fromUtf8(input);
    const QDateTime now(QDate(2026, 8, 21), QTime(12, 0), Qt::UTC);

    const qint64 duration = parseDuration(text);
    IP_FUZZ_CHECK(duration >= -1 && duration <= kMaxMs);

    const qint64 retryAfter = parseRetryAfter(input, now);
    IP_FUZZ_CHECK(retryAfter >= -1);

    const qint64 retryAfterMs = parseRetryAfterMs(input);
    IP_FUZZ_CHECK(retryAfterMs >= -1 && retryAfterMs <= kMaxMs);

    const qint64 fromHeaders = retryAfterFromHeaders({ { "Retry-After-Ms", input }, { "retry-after", input } }, now);
    IP_FUZZ_CHECK(fromHeaders >= -1);
    // retry-after-ms wins when it is valid.
    if (retryAfterMs >= 0 && !input.isEmpty())
        IP_FUZZ_CHECK(fromHeaders == retryAfterMs);

    const qint64 hint = retryHintFromMessage(text);
    IP_FUZZ_CHECK(hint >= -1 && hint <= kMaxMs);
}

} // namespace ip::fuzz
