#pragma once

// The pure logic of client-side rate limiting (no QObject, no timers; time is passed in), driven by
// RateLimiter (RateLimiter.h) and tested with plain numbers.
//
// - Requests per window (RPM) and tokens per window (TPM) over a sliding window (default 60 s).
//   A request's cost is its estimated prompt tokens + declared max output tokens; settle() replaces
//   it with the real usage once known.
// - FIFO-fair: only the head of the queue may be granted, so a big request is never overtaken by
//   small ones queued after it.
// - A cost larger than the whole TPM budget can never be granted: enqueue() refuses it (the caller
//   must split or shrink the request).
// - Server feedback: blockUntil() (e.g. a 429 with retry-after, or remaining requests = 0 until a
//   reset) and observeServerTokens() ("N tokens left, all back in M ms"): when the server has
//   counted more than the client's window holds (another app with the same key, an answer cut
//   after the server counted its reasoning), the difference joins the window until the reset;
//   when it counted less, the client's own account stands (it is settled with real usage).
// - A request the server refused (429) did not count there: refund() drops it from the window, and
//   its retry may be queued at the head (enqueueFirst) instead of behind everyone queued since.
// - windowGuard keeps the client's window that fraction longer than the server's: the server times
//   a request when it arrives, later than the grant (connection set-up, queuing), so a request
//   granted exactly one window after another can still land inside the server's window (429).
// Limits of 0 mean "no limit".

#include <QList>
#include <QtGlobal>

#include <deque>

namespace ip {

struct RateLimits
{
    int requestsPerWindow = 0; // RPM; 0 = unlimited
    qint64 tokensPerWindow = 0; // TPM; 0 = unlimited
    qint64 windowMs = 60'000; // the server's window
    double windowGuard = 0.0; // the client's window is windowMs × (1 + windowGuard), rounded up

    // The window the client keeps.
    [[nodiscard]] qint64 effectiveWindowMs() const;

    friend bool operator==(const RateLimits &, const RateLimits &) = default;
};

// The guard the providers' limiters keep (HttpChatProvider, HttpTranscriber, and the run estimate's
// model of them): 1 % longer than the provider's window. The server times a request when it arrives,
// and the first of a burst may arrive well after its grant (a new connection), so a request granted
// exactly a minute later can still land inside the server's minute (429). 0.6 s per minute costs 1 %
// of the throughput; a 429 costs a retry and a wait.
inline constexpr double kProviderWindowGuard = 0.01;

class RateLimiterCore
{
public:
    using Ticket = quint64; // 0 is never a valid ticket

    struct Wait
    {
        Ticket ticket = 0;
        qint64 waitMs = 0; // estimated, assuming everyone ahead costs what they declared
    };

    explicit RateLimiterCore(RateLimits limits = {});

    void setLimits(const RateLimits &limits) { m_limits = limits; }
    [[nodiscard]] const RateLimits &limits() const { return m_limits; }

    // False when `cost` exceeds the whole token budget (never grantable).
    [[nodiscard]] bool canEverFit(qint64 cost) const;

    // Queues a request; returns its ticket, or 0 when !canEverFit(cost).
    Ticket enqueue(qint64 cost);
    // Like enqueue(), but at the head of the queue (a retry of a request the server refused).
    Ticket enqueueFirst(qint64 cost);
    // Removes a queued (not yet granted) ticket; false if it was not queued.
    bool cancel(Ticket ticket);
    // Grants, in FIFO order, every queued request that may go at `nowMs`, and records them.
    [[nodiscard]] QList<Ticket> grant(qint64 nowMs);
    // Ms until the head of the queue may go (0 = now), -1 when the queue is empty.
    [[nodiscard]] qint64 delayForHead(qint64 nowMs) const;
    // Estimated wait of every queued request, in queue order.
    [[nodiscard]] QList<Wait> estimatedWaits(qint64 nowMs) const;
    // Estimated wait of a request of `cost` if it were queued now (behind everything queued: FIFO),
    // assuming everyone ahead costs what they declared; -1 when !canEverFit(cost).
    [[nodiscard]] qint64 delayForNew(qint64 cost, qint64 nowMs) const;

    // Replaces the recorded cost of a granted request with its real token usage (no-op once it has
    // left the window, or for unknown tickets).
    void settle(Ticket ticket, qint64 actualTokens);
    // Drops a granted request from the window (the server refused it, so it used no slot there);
    // false for unknown tickets or ones that already left the window.
    bool refund(Ticket ticket);

    // Nothing is granted before `untilMs` (keeps the latest of several blocks).
    void blockUntil(qint64 untilMs);
    // The server says `remainingTokens` of the token limit are left and all are back in
    // `resetInMs`: what it counted beyond the client's window is held until then.
    void observeServerTokens(qint64 nowMs, qint64 remainingTokens, qint64 resetInMs);

    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] bool isQueued(Ticket ticket) const;
    [[nodiscard]] int requestsInWindow(qint64 nowMs) const;
    [[nodiscard]] qint64 tokensInWindow(qint64 nowMs) const;

private:
    struct Entry
    {
        Ticket ticket;
        qint64 atMs;
        qint64 tokens;
    };
    struct Pending
    {
        Ticket ticket;
        qint64 cost;
    };
    // estimatedWaits(), with a request of `extraCost` (>= 0) queued last when asked for.
    [[nodiscard]] QList<Wait> simulate(qint64 nowMs, qint64 extraCost) const;
    // Ms until a request of `cost` may go at `nowMs` given the recorded `entries` (sorted by time).
    [[nodiscard]] qint64 delayFor(qint64 cost, qint64 nowMs, const std::deque<Entry> &entries) const;
    void prune(qint64 nowMs);

    RateLimits m_limits;
    std::deque<Entry> m_granted; // by time; ticket 0: tokens only the server counted
    std::deque<Pending> m_queue;
    qint64 m_blockedUntil = 0;
    Ticket m_nextTicket = 1;
};

} // namespace ip
