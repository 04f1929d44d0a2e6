#pragma once

// Client-side rate limiter for one provider (or one provider+model): a QObject around
// RateLimiterCore (see there for the rules) with one QTimer set to the next possible grant.
//
//   RateLimitTicket *ticket = limiter->acquire(promptTokens + maxOutputTokens);
//   if (ticket->state() == RateLimitTicket::State::Impossible) { split the request; }
//   connect(ticket, &RateLimitTicket::waiting, ...);   // "waiting 12 s for the Gemini rate limit"
//   connect(ticket, &RateLimitTicket::granted, ...);   // send now
//   ... later: ticket->settle(usage.totalTokens()); ticket->deleteLater();
//
// granted() is never emitted from inside acquire() (always from the event loop), so connect after
// acquire() returns. A ticket deleted or cancelled while waiting leaves the queue. Time comes from
// the injected Clock; with a ManualClock, advance it and call pump() (tests).

#include "common/Clock.h"
#include "net/RateLimiterCore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ip {

class RateLimiter;

class RateLimitTicket : public QObject
{
    Q_OBJECT
public:
    enum class State { Waiting, Granted, Impossible, Cancelled };
    Q_ENUM(State)

    ~RateLimitTicket() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] qint64 cost() const { return m_cost; }
    // Latest wait estimate in ms (0 once granted).
    [[nodiscard]] qint64 waitMs() const { return m_waitMs; }

    // Real token usage of the request once known (prompt + output); corrects the window.
    void settle(qint64 actualTokens);
    // The server refused the request (429): it leaves the window (no effect unless granted).
    void refund();
    // Leaves the queue (no effect once granted).
    void cancel();

Q_SIGNALS:
    void granted();
    // The request has to wait about `ms` (emitted when queued with a wait, and when the estimate changes).
    void waiting(qint64 ms);

private:
    friend class RateLimiter;
    RateLimitTicket(RateLimiter *limiter, RateLimiterCore::Ticket id, qint64 cost, State state);

    QPointer<RateLimiter> m_limiter;
    RateLimiterCore::Ticket m_id;
    qint64 m_cost;
    State m_state;
    qint64 m_waitMs = 0;
    qint64 m_lastReportedWaitMs = -1;
};

class RateLimiter : public QObject
{
    Q_OBJECT
public:
    explicit RateLimiter(RateLimits limits = {}, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~RateLimiter() override;

    void setLimits(const RateLimits &limits);
    [[nodiscard]] RateLimits limits() const { return m_core.limits(); }

    // Queues a request of `cost` tokens. The ticket is a child of the limiter (reparent or delete it
    // when done). State Impossible (no signal) when cost exceeds the whole token budget.
    [[nodiscard]] RateLimitTicket *acquire(qint64 cost);
    // Like acquire(), but queued at the head: the retry of a request the server refused goes next.
    [[nodiscard]] RateLimitTicket *acquireFirst(qint64 cost);

    // Server feedback: grant nothing for `ms` (429 retry-after, remaining requests 0 until reset).
    void blockFor(qint64 ms);
    // Server feedback: `remainingTokens` left, all back in `resetInMs` (RateLimiterCore::observeServerTokens).
    void observeServerTokens(qint64 remainingTokens, qint64 resetInMs);

    // Grants what may go now and re-arms the timer (the timer calls this; tests with a ManualClock too).
    void pump();

    [[nodiscard]] int queuedCount() const { return m_core.queuedCount(); }
    // Ms until the next grant attempt is scheduled, -1 when idle.
    [[nodiscard]] qint64 nextWakeMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    [[nodiscard]] const RateLimiterCore &core() const { return m_core; }

private:
    friend class RateLimitTicket;
    void settle(RateLimitTicket *ticket, qint64 actualTokens);
    void refund(RateLimitTicket *ticket);
    [[nodiscard]] RateLimitTicket *acquireAt(qint64 cost, bool first);
    void forget(RateLimitTicket *ticket);
    void schedulePump();

    RateLimiterCore m_core;
    Clock *m_clock;
    QTimer m_timer;
    QList<RateLimitTicket *> m_waiting; // queue order mirrors the core's
    bool m_pumpQueued = false;
};

} // namespace ip
