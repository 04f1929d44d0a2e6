#include "ResponsePlayer.h"

#include "BenchClock.h"

#include <cmath>

namespace ip::bench {

ResponsePlayer::ResponsePlayer(ip::test::TestHttpResponder &responder, double arrivalMs, QObject *parent)
    : QObject(parent)
    , m_responder(&responder)
    , m_arrivalMs(arrivalMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ResponsePlayer::fire);
}

void ResponsePlayer::at(double offsetMs, Action action)
{
    m_steps.push_back({ offsetMs, std::move(action) });
}

void ResponsePlayer::start()
{
    fire();
}

void ResponsePlayer::fire()
{
    while (m_next < m_steps.size()) {
        if (!m_responder) { // the client went away
            deleteLater();
            return;
        }
        const double due = m_arrivalMs + m_steps[m_next].offsetMs;
        const double now = benchNowMs();
        if (due - now >= 0.5) {
            m_timer.start(int(std::ceil(due - now - 0.25)));
            return;
        }
        const auto index = int(m_next);
        m_steps[m_next++].action(*m_responder);
        if (m_onStep)
            m_onStep(index, benchNowMs());
    }
    deleteLater();
}

} // namespace ip::bench
