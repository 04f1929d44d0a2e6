#include "net/Backoff.h"

#include <algorithm>
#include <cmath>

namespace ip {

Backoff::Backoff(BackoffPolicy policy, RandomSource *random)
    : m_policy(policy)
    , m_random(random ? random : RandomSource::system())
{ }

qint64 Backoff::ceilingMs(const BackoffPolicy &policy, int retry)
{
    const qint64 base = qMax<qint64>(0, policy.baseMs);
    const qint64 cap = qMax<qint64>(0, policy.capMs);
    if (retry < 1 || base == 0)
        return qMin(base, cap);
    // base · 2^(retry-1), saturating at cap without overflow.
    qint64 value = base;
    for (int i = 1; i < retry && value < cap; ++i)
        value *= 2;
    return qMin(value, cap);
}

qint64 Backoff::jitteredMs(const BackoffPolicy &policy, int retry, double random01)
{
    const double r = std::clamp(random01, 0.0, 1.0);
    const qint64 ceiling = ceilingMs(policy, retry);
    return qMin(ceiling, qint64(std::floor(r * double(ceiling))));
}

qint64 Backoff::nextDelayMs(qint64 serverHintMs)
{
    ++m_failed;
    if (m_failed >= m_policy.maxAttempts)
        return -1;
    if (serverHintMs >= 0)
        return serverHintMs > m_policy.maxServerWaitMs ? -1 : serverHintMs;
    return jitteredMs(m_policy, m_failed, m_random->next());
}

} // namespace ip
