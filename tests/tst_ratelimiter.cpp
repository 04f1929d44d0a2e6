// RateLimiterCore (pure, plain numbers) and the RateLimiter QObject (ManualClock + pump, and one
// short real-time run of its timer).
#include "net/RateLimiter.h"

#include <QSignalSpy>
#include <QTest>

using namespace ip;
using Ticket = RateLimiterCore::Ticket;
using Tickets = QList<Ticket>;

namespace {

QList<qint64> waitsOf(const RateLimiterCore &core, qint64 now)
{
    QList<qint64> out;
    for (const auto &w : core.estimatedWaits(now))
        out << w.waitMs;
    return out;
}

} // namespace

class RateLimiterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- core ---

    void unlimitedGrantsEverything()
    {
        RateLimiterCore core;
        const Tickets t { core.enqueue(10), core.enqueue(1'000'000), core.enqueue(0) };
        QCOMPARE(core.grant(0), t);
        QCOMPARE(core.delayForHead(0), qint64(-1));
        QCOMPARE(core.queuedCount(), 0);
    }

    void requestsPerMinuteSlidingWindow()
    {
        RateLimiterCore core({ 3, 0 });
        const Ticket a = core.enqueue(1);
        QCOMPARE(core.grant(0), Tickets { a });
        const Ticket b = core.enqueue(1);
        QCOMPARE(core.grant(20'000), Tickets { b });
        const Ticket c = core.enqueue(1);
        QCOMPARE(core.grant(40'000), Tickets { c });
        const Ticket d = core.enqueue(1);
        const Ticket e = core.enqueue(1);
        // Sliding, not fixed: d waits for a (t=0) to leave, e for b (t=20 s).
        QCOMPARE(core.grant(50'000), Tickets {});
        QCOMPARE(core.delayForHead(50'000), qint64(10'000));
        QCOMPARE(waitsOf(core, 50'000), (QList<qint64> { 10'000, 30'000 }));
        QCOMPARE(core.grant(59'999), Tickets {});
        QCOMPARE(core.grant(60'000), Tickets { d });
        QCOMPARE(core.requestsInWindow(60'000), 3);
        QCOMPARE(core.grant(79'999), Tickets {});
        QCOMPARE(core.grant(80'000), Tickets { e });
    }

    void tokensPerMinute()
    {
        RateLimiterCore core({ 0, 1000 });
        const Ticket a = core.enqueue(400);
        const Ticket b = core.enqueue(400);
        const Ticket c = core.enqueue(400);
        QCOMPARE(core.grant(0), (Tickets { a, b }));
        QCOMPARE(core.tokensInWindow(0), qint64(800));
        QCOMPARE(core.delayForHead(0), qint64(60'000));
        QCOMPARE(core.grant(59'999), Tickets {});
        QCOMPARE(core.grant(60'000), Tickets { c });
        QCOMPARE(core.tokensInWindow(60'000), qint64(400));
    }

    void tokensFreedByTheOldestFirst()
    {
        RateLimiterCore core({ 0, 1000 });
        core.enqueue(300);
        QCOMPARE(core.grant(0).size(), 1);
        core.enqueue(300);
        QCOMPARE(core.grant(10'000).size(), 1);
        core.enqueue(300);
        QCOMPARE(core.grant(20'000).size(), 1);
        // 900 used; 700 needs the first two to leave (t=0 → 60 s, t=10 s → 70 s).
        core.enqueue(700);
        QCOMPARE(core.delayForHead(30'000), qint64(40'000));
    }

    void fifoBigHeadIsNotOvertaken()
    {
        RateLimiterCore core({ 0, 1000 });
        const Ticket first = core.enqueue(600);
        QCOMPARE(core.grant(0), Tickets { first });
        const Ticket big = core.enqueue(800);
        const Ticket small = core.enqueue(100); // would fit right now (600 + 100), but big is ahead
        QCOMPARE(core.grant(1000), Tickets {});
        QVERIFY(core.isQueued(small));
        QCOMPARE(waitsOf(core, 1000), (QList<qint64> { 59'000, 59'000 }));
        QCOMPARE(core.grant(60'000), (Tickets { big, small })); // 800 + 100 fit together
    }

    void costAboveBudgetIsImpossible()
    {
        RateLimiterCore core({ 0, 1000 });
        QVERIFY(core.canEverFit(1000));
        QVERIFY(!core.canEverFit(1001));
        QCOMPARE(core.enqueue(1001), Ticket(0));
        QCOMPARE(core.queuedCount(), 0);
        RateLimiterCore unlimited({ 5, 0 });
        QVERIFY(unlimited.canEverFit(std::numeric_limits<qint64>::max()));
    }

    void settleCorrectsTheWindow()
    {
        RateLimiterCore core({ 0, 1000 });
        const Ticket a = core.enqueue(900); // prompt estimate + max output tokens
        QCOMPARE(core.grant(0), Tickets { a });
        const Ticket b = core.enqueue(700);
        QCOMPARE(core.grant(1), Tickets {});
        core.settle(a, 200); // only 200 were really used
        QCOMPARE(core.tokensInWindow(2), qint64(200));
        QCOMPARE(core.grant(2), Tickets { b });

        // And upwards: a request that used more than declared delays the next.
        RateLimiterCore up({ 0, 1000 });
        const Ticket c = up.enqueue(100);
        QCOMPARE(up.grant(0), Tickets { c });
        up.settle(c, 950);
        up.enqueue(100);
        QCOMPARE(up.grant(10), Tickets {});
        QCOMPARE(up.delayForHead(10), qint64(59'990));
        up.settle(12345, 1); // unknown ticket: no effect
        QCOMPARE(up.tokensInWindow(10), qint64(950));
    }

    void blockUntilHoldsEverything()
    {
        RateLimiterCore core;
        core.blockUntil(5000);
        const Ticket a = core.enqueue(1);
        QCOMPARE(core.grant(0), Tickets {});
        QCOMPARE(core.delayForHead(0), qint64(5000));
        core.blockUntil(3000); // an earlier block does not shorten it
        QCOMPARE(core.delayForHead(1000), qint64(4000));
        QCOMPARE(core.grant(5000), Tickets { a });
    }

    // The server counted more than the client's window holds (another app with the same key): the
    // difference is held until the server's reset.
    void serverCountedMore()
    {
        RateLimiterCore core({ 1, 10'000 });
        core.observeServerTokens(0, 500, 3000); // "remaining-tokens: 500, reset-tokens: 3s"
        QCOMPARE(core.tokensInWindow(0), qint64(9'500));
        QCOMPARE(core.requestsInWindow(0), 0); // tokens, not a request of ours
        const Ticket a = core.enqueue(400);
        const Ticket b = core.enqueue(400);
        QCOMPARE(core.grant(0), Tickets { a });
        QCOMPARE(core.delayForHead(0), qint64(60'000)); // RPM 1: a's slot, not the server's tokens
        core.setLimits({ 0, 10'000 });
        QCOMPARE(core.delayForHead(0), qint64(3000));
        QCOMPARE(core.grant(2999), Tickets {});
        QCOMPARE(core.grant(3000), Tickets { b });
    }

    // Issue 14: the server's headers are computed when it admits a request, with the request's
    // declared maximum output; once the answer settles lower, the client's own account stands and
    // the next request is not held back for a whole window.
    void serverCountedLessChangesNothing()
    {
        RateLimiterCore core({ 0, 8'000 });
        const Ticket a = core.enqueue(5'000); // prompt + declared maximum output
        QCOMPARE(core.grant(0), Tickets { a });
        core.observeServerTokens(10, 3'000, 60'000); // the server counted the same 5,000
        QCOMPARE(core.tokensInWindow(10), qint64(5'000));
        core.settle(a, 1'200); // the answer used 1,200
        QCOMPARE(core.tokensInWindow(20), qint64(1'200));
        const Ticket b = core.enqueue(5'000);
        QCOMPARE(core.grant(20), Tickets { b }); // 1,200 + 5,000 ≤ 8,000: at once
    }

    void cancelLetsTheNextGo()
    {
        RateLimiterCore core({ 0, 1000 });
        core.enqueue(500);
        QCOMPARE(core.grant(0).size(), 1);
        const Ticket big = core.enqueue(900);
        const Ticket small = core.enqueue(300);
        QCOMPARE(core.grant(1), Tickets {});
        QVERIFY(core.cancel(big));
        QVERIFY(!core.cancel(big));
        QCOMPARE(core.grant(2), Tickets { small });
    }

    void estimatedWaitsForAQueue()
    {
        RateLimiterCore core({ 2, 0 });
        for (int i = 0; i < 5; ++i)
            core.enqueue(1);
        QCOMPARE(waitsOf(core, 0), (QList<qint64> { 0, 0, 60'000, 60'000, 120'000 }));
        QCOMPARE(core.grant(0).size(), 2);
        QCOMPARE(waitsOf(core, 30'000), (QList<qint64> { 30'000, 30'000, 90'000 }));
    }

    // A request that is not queued yet: how long it would wait behind everyone queued (FIFO), with
    // the window as it is; the queue and the window are not touched.
    void delayForNewIsTheWaitAtTheTail()
    {
        RateLimiterCore core({ 0, 8'000 });
        QCOMPARE(core.delayForNew(8'000, 0), qint64(0)); // an empty window takes a whole budget
        QCOMPARE(core.delayForNew(8'001, 0), qint64(-1)); // never fits
        const Ticket a = core.enqueue(2'000);
        QCOMPARE(core.grant(0), Tickets { a });
        const Ticket b = core.enqueue(3'000);
        QCOMPARE(core.grant(10'000), Tickets { b });
        QCOMPARE(core.delayForNew(3'000, 11'000), qint64(0)); // 5,000 + 3,000 fits now
        QCOMPARE(core.delayForNew(3'001, 11'000), qint64(49'000)); // once a leaves (60 s)
        QCOMPARE(core.delayForNew(5'000, 11'000), qint64(49'000));
        QCOMPARE(core.delayForNew(5'001, 11'000), qint64(59'000)); // once b leaves too (70 s)
        // a's answer settles it for less: more room now.
        core.settle(a, 1'000);
        QCOMPARE(core.delayForNew(4'000, 11'000), qint64(0));
        QCOMPARE(core.delayForNew(4'001, 11'000), qint64(49'000));
        // Behind a queued request nothing goes before it, however small: c goes at 60 s (a leaves),
        // then holds 4,500 beside b's 3,000.
        const Ticket c = core.enqueue(4'500);
        QCOMPARE(core.grant(11'000), Tickets {});
        QCOMPARE(waitsOf(core, 11'000), QList<qint64> { 49'000 });
        QCOMPARE(core.delayForNew(1, 11'000), qint64(49'000));
        QCOMPARE(core.delayForNew(500, 11'000), qint64(49'000));
        QCOMPARE(core.delayForNew(501, 11'000), qint64(59'000)); // b must leave
        QCOMPARE(core.delayForNew(3'501, 11'000), qint64(109'000)); // c must leave
        // Asking changes nothing.
        QCOMPARE(core.queuedCount(), 1);
        QVERIFY(core.isQueued(c));
        QCOMPARE(core.tokensInWindow(11'000), qint64(4'000));
        QCOMPARE(waitsOf(core, 11'000), QList<qint64> { 49'000 });
        // A block holds it too; no limit: never a wait.
        core.blockUntil(200'000);
        QCOMPARE(core.delayForNew(1, 11'000), qint64(189'000));
        QCOMPARE(RateLimiterCore().delayForNew(1'000'000, 0), qint64(0));
    }

    void bothLimitsTogether()
    {
        RateLimiterCore core({ 2, 1000 });
        core.enqueue(100);
        core.enqueue(100);
        core.enqueue(100); // RPM-bound
        QCOMPARE(core.grant(0).size(), 2);
        QCOMPARE(core.delayForHead(0), qint64(60'000));
        RateLimiterCore tokens({ 10, 1000 });
        tokens.enqueue(900);
        tokens.enqueue(200); // TPM-bound
        QCOMPARE(tokens.grant(0).size(), 1);
        QCOMPARE(tokens.delayForHead(0), qint64(60'000));
    }

    void shorterWindow()
    {
        RateLimiterCore core({ 1, 0, 1000 });
        core.enqueue(1);
        core.enqueue(1);
        QCOMPARE(core.grant(0).size(), 1);
        QCOMPARE(core.delayForHead(0), qint64(1000));
        QCOMPARE(core.grant(1000).size(), 1);
    }

    void loweredLimitsDoNotWedgeTheQueue()
    {
        RateLimiterCore core({ 0, 1000 });
        core.enqueue(100);
        QCOMPARE(core.grant(0).size(), 1);
        const Ticket big = core.enqueue(900);
        core.setLimits({ 0, 500 }); // big no longer fits at all
        QCOMPARE(core.grant(1), Tickets {});
        QCOMPARE(core.delayForHead(1), qint64(59'999));
        QCOMPARE(core.grant(60'000), Tickets { big }); // alone, once the window is empty
    }

    // The client keeps its window a fraction longer than the server's (the server times arrivals,
    // later than grants): with a 1 % guard the 6th of 5 per minute goes at 60.6 s, not 60 s.
    void windowGuardLengthensTheWindow()
    {
        const RateLimits guarded { 5, 0, 60'000, 0.01 };
        QCOMPARE(guarded.effectiveWindowMs(), qint64(60'600));
        QCOMPARE((RateLimits { 5, 0, 4'800, 0.01 }.effectiveWindowMs()), qint64(4'848));
        QCOMPARE((RateLimits { 5, 0, 1'001, 0.01 }.effectiveWindowMs()), qint64(1'012)); // rounded up
        QCOMPARE((RateLimits { 5, 0, 60'000 }.effectiveWindowMs()), qint64(60'000)); // no guard by default

        RateLimiterCore core(guarded);
        for (int i = 0; i < 6; ++i)
            core.enqueue(1);
        QCOMPARE(core.grant(0).size(), 5);
        QCOMPARE(core.delayForHead(0), qint64(60'600));
        QCOMPARE(core.grant(60'000), Tickets {}); // the unguarded limiter would grant here
        QCOMPARE(core.requestsInWindow(60'599), 5);
        QCOMPARE(core.grant(60'600).size(), 1);

        // Tokens use the same window.
        RateLimiterCore tokens({ 0, 1000, 1000, 0.1 });
        tokens.enqueue(1000);
        tokens.enqueue(1);
        QCOMPARE(tokens.grant(0).size(), 1);
        QCOMPARE(tokens.delayForHead(0), qint64(1100));
    }

    // A request the server refused (429) did not count there: it leaves the client's window.
    void refundDropsARefusedRequestFromTheWindow()
    {
        RateLimiterCore core({ 2, 1000 });
        const Ticket a = core.enqueue(300);
        const Ticket b = core.enqueue(300);
        const Ticket c = core.enqueue(300);
        QCOMPARE(core.grant(0), (Tickets { a, b }));
        QCOMPARE(core.delayForHead(10), qint64(59'990));
        QVERIFY(core.refund(a));
        QCOMPARE(core.requestsInWindow(10), 1);
        QCOMPARE(core.tokensInWindow(10), qint64(300));
        QCOMPARE(core.grant(10), Tickets { c });
        QVERIFY(!core.refund(a)); // once only
        QVERIFY(!core.refund(12345)); // unknown
        QVERIFY(!core.refund(c + 1)); // never granted
        // One that already left the window cannot be refunded (and changes nothing).
        QCOMPARE(core.grant(60'000), Tickets {});
        QVERIFY(!core.refund(b));
        QCOMPARE(core.requestsInWindow(60'000), 1);
    }

    // The retry of a refused request goes at the head of the queue, not behind those queued since.
    void enqueueFirstGoesAheadOfTheQueue()
    {
        RateLimiterCore core({ 1, 0 });
        const Ticket a = core.enqueue(1);
        QCOMPARE(core.grant(0), Tickets { a });
        const Ticket b = core.enqueue(1);
        const Ticket c = core.enqueue(1);
        QVERIFY(core.refund(a)); // a was refused
        const Ticket retry = core.enqueueFirst(1);
        QVERIFY(retry != 0);
        QCOMPARE(core.grant(5), Tickets { retry });
        QCOMPARE(waitsOf(core, 5), (QList<qint64> { 60'000, 120'000 })); // b, then c
        QCOMPARE(core.grant(60'005), Tickets { b });
        QCOMPARE(core.grant(120'005), Tickets { c });

        RateLimiterCore tokens({ 0, 1000 });
        QCOMPARE(tokens.enqueueFirst(1001), Ticket(0)); // never grantable, as for enqueue()
        QCOMPARE(tokens.queuedCount(), 0);
    }

    // --- QObject wrapper ---

    void wrapperGrantsFromTheEventLoop()
    {
        ManualClock clock(0);
        RateLimiter limiter({ 2, 0 }, &clock);
        RateLimitTicket *a = limiter.acquire(1);
        RateLimitTicket *b = limiter.acquire(1);
        RateLimitTicket *c = limiter.acquire(1);
        QSignalSpy grantedA(a, &RateLimitTicket::granted);
        QSignalSpy grantedC(c, &RateLimitTicket::granted);
        QSignalSpy waitingC(c, &RateLimitTicket::waiting);
        QCOMPARE(a->state(), RateLimitTicket::State::Waiting); // nothing happens inside acquire()
        QTRY_COMPARE(grantedA.count(), 1);
        QCOMPARE(b->state(), RateLimitTicket::State::Granted);
        QCOMPARE(c->state(), RateLimitTicket::State::Waiting);
        QCOMPARE(waitingC.count(), 1);
        QCOMPARE(waitingC.first().first().toLongLong(), qint64(60'000));
        QCOMPARE(c->waitMs(), qint64(60'000));
        QVERIFY(limiter.nextWakeMs() > 59'000);
        clock.advance(60'000);
        limiter.pump();
        QCOMPARE(grantedC.count(), 1);
        QCOMPARE(c->state(), RateLimitTicket::State::Granted);
        QCOMPARE(limiter.nextWakeMs(), qint64(-1));
    }

    void wrapperImpossible()
    {
        ManualClock clock(0);
        RateLimiter limiter({ 0, 1000 }, &clock);
        RateLimitTicket *t = limiter.acquire(5000);
        QCOMPARE(t->state(), RateLimitTicket::State::Impossible);
        QSignalSpy granted(t, &RateLimitTicket::granted);
        QTest::qWait(20);
        QCOMPARE(granted.count(), 0);
        QCOMPARE(limiter.queuedCount(), 0);
    }

    void wrapperDeletingAWaiterFreesTheQueue()
    {
        ManualClock clock(0);
        RateLimiter limiter({ 0, 1000 }, &clock);
        RateLimitTicket *first = limiter.acquire(500);
        QTRY_COMPARE(first->state(), RateLimitTicket::State::Granted);
        RateLimitTicket *big = limiter.acquire(900);
        RateLimitTicket *small = limiter.acquire(100);
        QSignalSpy grantedSmall(small, &RateLimitTicket::granted);
        QTRY_COMPARE(limiter.queuedCount(), 2);
        QTest::qWait(10);
        QCOMPARE(grantedSmall.count(), 0); // behind big
        delete big;
        QTRY_COMPARE(grantedSmall.count(), 1);
    }

    void wrapperSettleAndBlock()
    {
        ManualClock clock(0);
        RateLimiter limiter({ 0, 1000 }, &clock);
        RateLimitTicket *a = limiter.acquire(900);
        QTRY_COMPARE(a->state(), RateLimitTicket::State::Granted);
        RateLimitTicket *b = limiter.acquire(500);
        QSignalSpy grantedB(b, &RateLimitTicket::granted);
        QTRY_COMPARE(b->waitMs(), qint64(60'000));
        a->settle(100);
        QTRY_COMPARE(grantedB.count(), 1);

        limiter.blockFor(12'000); // e.g. a 429 with retry-after: 12
        RateLimitTicket *c = limiter.acquire(1);
        QSignalSpy waitingC(c, &RateLimitTicket::waiting);
        QTRY_COMPARE(waitingC.count(), 1);
        QCOMPARE(waitingC.first().first().toLongLong(), qint64(12'000));
        c->cancel();
        QCOMPARE(c->state(), RateLimitTicket::State::Cancelled);
        QTRY_COMPARE(limiter.queuedCount(), 0);
    }

    void wrapperRefundAndAcquireFirst()
    {
        ManualClock clock(0);
        RateLimiter limiter({ 1, 0 }, &clock);
        RateLimitTicket *a = limiter.acquire(1);
        QTRY_COMPARE(a->state(), RateLimitTicket::State::Granted);
        RateLimitTicket *b = limiter.acquire(1);
        QSignalSpy grantedB(b, &RateLimitTicket::granted);
        QTRY_COMPARE(b->waitMs(), qint64(60'000));
        // a was refused: its slot is free, and its retry goes before b.
        a->refund();
        RateLimitTicket *retry = limiter.acquireFirst(1);
        QSignalSpy grantedRetry(retry, &RateLimitTicket::granted);
        QTRY_COMPARE(grantedRetry.count(), 1);
        QCOMPARE(grantedB.count(), 0);
        QCOMPARE(b->state(), RateLimitTicket::State::Waiting);
        QTRY_COMPARE(b->waitMs(), qint64(60'000));
        // A waiting ticket cannot be refunded.
        b->refund();
        QCOMPARE(limiter.core().requestsInWindow(0), 1);
        clock.advance(60'000);
        limiter.pump();
        QCOMPARE(grantedB.count(), 1);
    }

    void wrapperTimerFiresInRealTime()
    {
        RateLimiter limiter({ 1, 0, 150 }, Clock::system());
        RateLimitTicket *a = limiter.acquire(1);
        RateLimitTicket *b = limiter.acquire(1);
        QSignalSpy grantedA(a, &RateLimitTicket::granted);
        QSignalSpy grantedB(b, &RateLimitTicket::granted);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(grantedA.wait(1000));
        QVERIFY(grantedB.wait(2000));
        QVERIFY2(timer.elapsed() >= 140, QByteArray::number(timer.elapsed()).constData());
    }
};

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "tst_ratelimiter.moc"
