#include "net/RateLimiterCore.h"

#include <algorithm>
#include <cmath>

namespace ip {

qint64 RateLimits::effectiveWindowMs() const
{
    if (windowGuard <= 0.0)
        return windowMs;
    return windowMs + qint64(std::ceil(double(windowMs) * windowGuard));
}

RateLimiterCore::RateLimiterCore(RateLimits limits)
    : m_limits(limits)
{ }

bool RateLimiterCore::canEverFit(qint64 cost) const
{
    return m_limits.tokensPerWindow <= 0 || cost <= m_limits.tokensPerWindow;
}

RateLimiterCore::Ticket RateLimiterCore::enqueue(qint64 cost)
{
    cost = qMax<qint64>(0, cost);
    if (!canEverFit(cost))
        return 0;
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ ticket, cost });
    return ticket;
}

RateLimiterCore::Ticket RateLimiterCore::enqueueFirst(qint64 cost)
{
    cost = qMax<qint64>(0, cost);
    if (!canEverFit(cost))
        return 0;
    const Ticket ticket = m_nextTicket++;
    m_queue.push_front({ ticket, cost });
    return ticket;
}

bool RateLimiterCore::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const Pending &p) { return p.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

bool RateLimiterCore::isQueued(Ticket ticket) const
{
    return std::any_of(m_queue.begin(), m_queue.end(), [&](const Pending &p) { return p.ticket == ticket; });
}

QList<RateLimiterCore::Ticket> RateLimiterCore::grant(qint64 nowMs)
{
    prune(nowMs);
    QList<Ticket> granted;
    while (!m_queue.empty()) {
        const Pending head = m_queue.front();
        // A head that no longer fits (limits lowered since it was queued) is granted alone once the
        // window is empty, rather than blocking the queue forever; the server will judge it.
        const bool oversized = !canEverFit(head.cost);
        if (oversized ? (!m_granted.empty() || nowMs < m_blockedUntil) : delayFor(head.cost, nowMs, m_granted) > 0)
            break;
        m_queue.pop_front();
        m_granted.push_back({ head.ticket, nowMs, head.cost });
        granted.append(head.ticket);
    }
    return granted;
}

qint64 RateLimiterCore::delayForHead(qint64 nowMs) const
{
    const QList<Wait> waits = estimatedWaits(nowMs);
    return waits.isEmpty() ? -1 : waits.first().waitMs;
}

QList<RateLimiterCore::Wait> RateLimiterCore::estimatedWaits(qint64 nowMs) const
{
    return simulate(nowMs, -1);
}

qint64 RateLimiterCore::delayForNew(qint64 cost, qint64 nowMs) const
{
    cost = qMax<qint64>(0, cost);
    if (!canEverFit(cost))
        return -1;
    return simulate(nowMs, cost).last().waitMs;
}

QList<RateLimiterCore::Wait> RateLimiterCore::simulate(qint64 nowMs, qint64 extraCost) const
{
    QList<Wait> waits;
    std::deque<Entry> entries = m_granted;
    std::deque<Pending> queue = m_queue;
    if (extraCost >= 0)
        queue.push_back({ 0, extraCost });
    qint64 at = nowMs;
    for (const Pending &pending : queue) {
        qint64 delay = 0;
        if (canEverFit(pending.cost)) {
            delay = delayFor(pending.cost, at, entries);
        } else {
            const qint64 lastExpiry = entries.empty() ? at : entries.back().atMs + m_limits.effectiveWindowMs();
            delay = qMax<qint64>(0, qMax(lastExpiry, m_blockedUntil) - at);
        }
        at += delay;
        while (!entries.empty() && entries.front().atMs + m_limits.effectiveWindowMs() <= at)
            entries.pop_front();
        entries.push_back({ pending.ticket, at, pending.cost });
        waits.append({ pending.ticket, at - nowMs });
    }
    return waits;
}

qint64 RateLimiterCore::delayFor(qint64 cost, qint64 nowMs, const std::deque<Entry> &entries) const
{
    const qint64 window = m_limits.effectiveWindowMs();
    qint64 readyAt = qMax(nowMs, m_blockedUntil);

    // Entries still inside the window at `nowMs` (they are in time order).
    auto first = entries.begin();
    while (first != entries.end() && first->atMs + window <= nowMs)
        ++first;

    // Tokens only the server counted (ticket 0) are not requests.
    const qsizetype count = std::count_if(first, entries.end(), [](const Entry &e) { return e.ticket != 0; });
    if (m_limits.requestsPerWindow > 0 && count >= m_limits.requestsPerWindow) {
        // The (count - limit + 1)-th oldest request must leave the window.
        qsizetype skip = count - m_limits.requestsPerWindow;
        for (auto it = first; it != entries.end(); ++it) {
            if (it->ticket == 0)
                continue;
            if (skip-- == 0) {
                readyAt = qMax(readyAt, it->atMs + window);
                break;
            }
        }
    }
    if (m_limits.tokensPerWindow > 0) {
        qint64 used = 0;
        for (auto it = first; it != entries.end(); ++it)
            used += it->tokens;
        for (auto it = first; it != entries.end() && used + cost > m_limits.tokensPerWindow; ++it) {
            used -= it->tokens;
            readyAt = qMax(readyAt, it->atMs + window);
        }
    }
    return readyAt - nowMs;
}

void RateLimiterCore::settle(Ticket ticket, qint64 actualTokens)
{
    for (Entry &entry : m_granted) {
        if (entry.ticket == ticket) {
            entry.tokens = qMax<qint64>(0, actualTokens);
            return;
        }
    }
}

bool RateLimiterCore::refund(Ticket ticket)
{
    const auto it
        = std::find_if(m_granted.begin(), m_granted.end(), [&](const Entry &e) { return e.ticket == ticket; });
    if (it == m_granted.end())
        return false;
    m_granted.erase(it);
    return true;
}

void RateLimiterCore::blockUntil(qint64 untilMs)
{
    m_blockedUntil = qMax(m_blockedUntil, untilMs);
}

void RateLimiterCore::observeServerTokens(qint64 nowMs, qint64 remainingTokens, qint64 resetInMs)
{
    if (m_limits.tokensPerWindow <= 0)
        return;
    prune(nowMs);
    const qint64 serverUsed = qMax<qint64>(0, m_limits.tokensPerWindow - qMax<qint64>(0, remainingTokens));
    const qint64 extra = serverUsed - tokensInWindow(nowMs);
    if (extra <= 0)
        return;
    // Held until the server's reset: recorded as if used one window before it.
    const qint64 window = m_limits.effectiveWindowMs();
    const Entry entry { 0, nowMs + qBound<qint64>(0, resetInMs, window) - window, extra };
    const auto at = std::upper_bound(m_granted.begin(), m_granted.end(), entry.atMs,
                                     [](qint64 t, const Entry &e) { return t < e.atMs; });
    m_granted.insert(at, entry);
}

int RateLimiterCore::requestsInWindow(qint64 nowMs) const
{
    return int(std::count_if(m_granted.begin(), m_granted.end(), [&](const Entry &e) {
        return e.ticket != 0 && e.atMs + m_limits.effectiveWindowMs() > nowMs;
    }));
}

qint64 RateLimiterCore::tokensInWindow(qint64 nowMs) const
{
    qint64 sum = 0;
    for (const Entry &e : m_granted)
        if (e.atMs + m_limits.effectiveWindowMs() > nowMs)
            sum += e.tokens;
    return sum;
}

void RateLimiterCore::prune(qint64 nowMs)
{
    while (!m_granted.empty() && m_granted.front().atMs + m_limits.effectiveWindowMs() <= nowMs)
        m_granted.pop_front();
}

} // namespace ip
