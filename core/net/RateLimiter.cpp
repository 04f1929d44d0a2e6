#include "net/RateLimiter.h"

#include <limits>

namespace ip {

namespace {
// A changed estimate is reported again only when it moved by at least this much.
constexpr qint64 kReportThresholdMs = 1000;
} // namespace

// --- RateLimitTicket ---

RateLimitTicket::RateLimitTicket(RateLimiter *limiter, RateLimiterCore::Ticket id, qint64 cost, State state)
    : QObject(limiter)
    , m_limiter(limiter)
    , m_id(id)
    , m_cost(cost)
    , m_state(state)
{ }

RateLimitTicket::~RateLimitTicket()
{
    if (m_limiter)
        m_limiter->forget(this);
}

void RateLimitTicket::settle(qint64 actualTokens)
{
    if (m_limiter && m_state == State::Granted)
        m_limiter->settle(this, actualTokens);
}

void RateLimitTicket::refund()
{
    if (m_limiter && m_state == State::Granted)
        m_limiter->refund(this);
}

void RateLimitTicket::cancel()
{
    if (m_state != State::Waiting)
        return;
    if (m_limiter)
        m_limiter->forget(this);
    m_state = State::Cancelled;
}

// --- RateLimiter ---

RateLimiter::RateLimiter(RateLimits limits, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_core(limits)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

RateLimiter::~RateLimiter()
{
    // Tickets are children; stop them calling back into a half-destroyed limiter.
    for (RateLimitTicket *ticket : std::as_const(m_waiting))
        ticket->m_limiter = nullptr;
    m_waiting.clear();
}

void RateLimiter::setLimits(const RateLimits &limits)
{
    m_core.setLimits(limits);
    schedulePump();
}

RateLimitTicket *RateLimiter::acquire(qint64 cost)
{
    return acquireAt(cost, false);
}

RateLimitTicket *RateLimiter::acquireFirst(qint64 cost)
{
    return acquireAt(cost, true);
}

RateLimitTicket *RateLimiter::acquireAt(qint64 cost, bool first)
{
    const RateLimiterCore::Ticket id = first ? m_core.enqueueFirst(cost) : m_core.enqueue(cost);
    if (id == 0)
        return new RateLimitTicket(this, 0, cost, RateLimitTicket::State::Impossible);
    auto *ticket = new RateLimitTicket(this, id, cost, RateLimitTicket::State::Waiting);
    if (first)
        m_waiting.prepend(ticket);
    else
        m_waiting.append(ticket);
    schedulePump();
    return ticket;
}

void RateLimiter::blockFor(qint64 ms)
{
    m_core.blockUntil(m_clock->nowMs() + qMax<qint64>(0, ms));
    schedulePump();
}

void RateLimiter::observeServerTokens(qint64 remainingTokens, qint64 resetInMs)
{
    m_core.observeServerTokens(m_clock->nowMs(), remainingTokens, resetInMs);
    schedulePump();
}

void RateLimiter::schedulePump()
{
    // From the event loop, so nothing is emitted from inside acquire() or a ticket's destructor.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &RateLimiter::pump, Qt::QueuedConnection);
}

void RateLimiter::pump()
{
    m_pumpQueued = false;
    const qint64 now = m_clock->nowMs();
    const QList<RateLimiterCore::Ticket> granted = m_core.grant(now);

    QList<QPointer<RateLimitTicket>> toGrant;
    for (const RateLimiterCore::Ticket id : granted) {
        for (qsizetype i = 0; i < m_waiting.size(); ++i) {
            if (m_waiting.at(i)->m_id == id) {
                RateLimitTicket *ticket = m_waiting.takeAt(i);
                ticket->m_state = RateLimitTicket::State::Granted;
                ticket->m_waitMs = 0;
                toGrant.append(ticket);
                break;
            }
        }
    }

    // Wait estimates for those still queued.
    QList<QPointer<RateLimitTicket>> toReport;
    const QList<RateLimiterCore::Wait> waits = m_core.estimatedWaits(now);
    for (const RateLimiterCore::Wait &wait : waits) {
        for (RateLimitTicket *ticket : std::as_const(m_waiting)) {
            if (ticket->m_id != wait.ticket)
                continue;
            ticket->m_waitMs = wait.waitMs;
            if (ticket->m_lastReportedWaitMs < 0
                || qAbs(ticket->m_lastReportedWaitMs - wait.waitMs) >= kReportThresholdMs) {
                ticket->m_lastReportedWaitMs = wait.waitMs;
                toReport.append(ticket);
            }
        }
    }

    const qint64 head = waits.isEmpty() ? -1 : waits.first().waitMs;
    if (head < 0)
        m_timer.stop();
    else
        m_timer.start(int(qMin<qint64>(head, std::numeric_limits<int>::max())));

    // Emit last: receivers may acquire, cancel or delete tickets (the QPointers notice).
    const QPointer<RateLimiter> self(this);
    for (const auto &ticket : std::as_const(toGrant))
        if (ticket)
            Q_EMIT ticket->granted();
    for (const auto &ticket : std::as_const(toReport))
        if (self && ticket && ticket->m_state == RateLimitTicket::State::Waiting)
            Q_EMIT ticket->waiting(ticket->m_waitMs);
}

void RateLimiter::settle(RateLimitTicket *ticket, qint64 actualTokens)
{
    m_core.settle(ticket->m_id, actualTokens);
    if (m_core.queuedCount() > 0)
        schedulePump();
}

void RateLimiter::refund(RateLimitTicket *ticket)
{
    if (m_core.refund(ticket->m_id) && m_core.queuedCount() > 0)
        schedulePump();
}

void RateLimiter::forget(RateLimitTicket *ticket)
{
    if (m_waiting.removeOne(ticket)) {
        m_core.cancel(ticket->m_id);
        schedulePump();
    }
}

} // namespace ip
