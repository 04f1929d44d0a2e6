#include "ServerHost.h"

#include "LatencyServer.h"

#include <algorithm>
#include <sys/resource.h>
#include <time.h>

namespace ip::bench {

double currentThreadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    const auto ms = [](const timeval &tv) {
        return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3;
    };
    return ms(ru.ru_utime) + ms(ru.ru_stime);
}

double processPeakRssMb()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0; // KiB on Linux
}

ServerHost::ServerHost(const LatencyModel &model)
    : m_model(model)
{
    m_thread.setObjectName(QStringLiteral("fake-providers"));
}

ServerHost::~ServerHost()
{
    if (m_thread.isRunning()) {
        inThread([this] {
            delete m_groq;
            delete m_gemini;
            delete m_context;
        });
        m_thread.quit();
        m_thread.wait();
    }
}

template<typename F>
void ServerHost::inThread(F &&f)
{
    QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

bool ServerHost::start()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    inThread([this, &ok] {
        m_groq = new LatencyServer(Api::Groq, m_model);
        m_gemini = new LatencyServer(Api::Gemini, m_model);
        ok = m_groq->listen() && m_gemini->listen();
        m_groqUrl = m_groq->baseUrl();
        m_geminiUrl = m_gemini->baseUrl();
    });
    return ok;
}

void ServerHost::reset(const LatencyModel &model)
{
    m_model = model;
    inThread([this] {
        m_groq->reset(m_model);
        m_gemini->reset(m_model);
    });
}

QList<CallRecord> ServerHost::log()
{
    QList<CallRecord> all;
    inThread([this, &all] { all = m_groq->log() + m_gemini->log(); });
    std::stable_sort(all.begin(), all.end(),
                     [](const CallRecord &a, const CallRecord &b) { return a.arrivalMs < b.arrivalMs; });
    return all;
}

double ServerHost::threadCpuMs()
{
    double ms = 0;
    inThread([&ms] { ms = currentThreadCpuMs(); });
    return ms;
}

} // namespace ip::bench
