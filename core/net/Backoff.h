#pragma once

// Exponential backoff with full jitter (AWS "full jitter": uniform in [0, min(cap, base·2^n)]),
// with room for a server's own wait hint. Randomness comes from an injected RandomSource.
//
//   Backoff backoff(BackoffPolicy{}, RandomSource::system());
//   on a retryable failure:  qint64 ms = backoff.nextDelayMs(retryAfterMs /* or -1 */);
//                            if (ms < 0) give up; else retry after ms.

#include "common/Clock.h"

#include <QtGlobal>

namespace ip {

struct BackoffPolicy
{
    qint64 baseMs = 1000; // ceiling of the first retry's delay
    qint64 capMs = 60'000; // no computed delay exceeds this
    int maxAttempts = 5; // total attempts including the first one
    qint64 maxServerWaitMs = 120'000; // a server hint beyond this means "give up" (e.g. daily quota)
};

class Backoff
{
public:
    explicit Backoff(BackoffPolicy policy = {}, RandomSource *random = RandomSource::system());

    // Records a failed attempt and returns the delay before the next one, or -1 when no attempt is
    // left or the server's hint exceeds maxServerWaitMs. With a hint (>= 0) the delay is the hint
    // (servers know best; never less than it), otherwise the full-jitter delay.
    qint64 nextDelayMs(qint64 serverHintMs = -1);

    [[nodiscard]] int failedAttempts() const { return m_failed; }
    [[nodiscard]] bool exhausted() const { return m_failed >= m_policy.maxAttempts; }
    void reset() { m_failed = 0; }
    [[nodiscard]] const BackoffPolicy &policy() const { return m_policy; }

    // Upper bound of the jittered delay before retry number `retry` (1 = first retry).
    [[nodiscard]] static qint64 ceilingMs(const BackoffPolicy &policy, int retry);
    // Full jitter: floor(random01 · ceilingMs(policy, retry)), random01 in [0, 1).
    [[nodiscard]] static qint64 jitteredMs(const BackoffPolicy &policy, int retry, double random01);

private:
    BackoffPolicy m_policy;
    RandomSource *m_random;
    int m_failed = 0;
};

} // namespace ip
