#pragma once

// Plays one HTTP answer on a schedule: each step runs at its offset from the request's arrival, on a
// precise timer (TestHttpResponder's own delays use coarse timers, up to 5 % off). Deletes itself
// when done or when the client goes away.

#include "TestHttpServer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace ip::bench {

class ResponsePlayer : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<void(ip::test::TestHttpResponder &)>;

    ResponsePlayer(ip::test::TestHttpResponder &responder, double arrivalMs, QObject *parent);

    // Steps must be added in non-decreasing offset order, before start().
    void at(double offsetMs, Action action);
    // Called after every step with the bench time it ran at (first/last byte bookkeeping).
    void onStep(std::function<void(int step, double nowMs)> callback) { m_onStep = std::move(callback); }
    void start();

private:
    void fire();

    struct Step
    {
        double offsetMs;
        Action action;
    };
    QPointer<ip::test::TestHttpResponder> m_responder;
    double m_arrivalMs;
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    QTimer m_timer;
    std::function<void(int, double)> m_onStep;
};

} // namespace ip::bench
