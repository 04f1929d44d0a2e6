#pragma once

// The two fake providers (Groq-like and Gemini-like LatencyServers) in a thread of their own, so
// that their timers never wait behind the client's event loop and their CPU time can be told
// apart from the app's. Every method blocks until the server thread has done it.

#include "CallRecord.h"
#include "LatencyModel.h"

#include <QThread>
#include <QUrl>

namespace ip::bench {

class LatencyServer;

class ServerHost
{
public:
    explicit ServerHost(const LatencyModel &model);
    ~ServerHost();
    ServerHost(const ServerHost &) = delete;
    ServerHost &operator=(const ServerHost &) = delete;

    [[nodiscard]] bool start();
    [[nodiscard]] QUrl groqUrl() const { return m_groqUrl; }
    [[nodiscard]] QUrl geminiUrl() const { return m_geminiUrl; }

    // New model, empty logs, fresh rate windows.
    void reset(const LatencyModel &model);
    // Both servers' records, by arrival time.
    [[nodiscard]] QList<CallRecord> log();
    // CPU time the server thread has used so far.
    [[nodiscard]] double threadCpuMs();

private:
    template<typename F>
    void inThread(F &&f);

    LatencyModel m_model;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    LatencyServer *m_groq = nullptr;
    LatencyServer *m_gemini = nullptr;
    QUrl m_groqUrl;
    QUrl m_geminiUrl;
};

// CPU time of the calling thread, ms.
double currentThreadCpuMs();
// CPU time of the whole process (user + system), ms.
double processCpuMs();
// Peak resident set of the process, MiB.
double processPeakRssMb();

} // namespace ip::bench
