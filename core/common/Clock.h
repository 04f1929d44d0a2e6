#pragma once

#include <QtGlobal>

namespace ip {

// Time behind a seam: rate limiting, backoff and elapsed-time displays ask a Clock,
// so tests can use ManualClock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds since an arbitrary epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;

    // The process-wide steady clock.
    static Clock *system();
};

class SteadyClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

// A clock that only moves when told to (tests, simulations).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'000'000)
        : m_now(startMs)
    { }
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void setNow(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

// Randomness behind a seam (jitter): returns a value in [0, 1).
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    [[nodiscard]] virtual double next() = 0;
    static RandomSource *system();
};

} // namespace ip
