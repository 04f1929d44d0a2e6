#pragma once

// A fake LLM provider with a latency model: FakeLlmServer's request parsing and wire rendering
// (tests/support) on its loopback TestHttpServer, answered on a schedule played with precise timers:
// whole answers after the call's duration, streams chunk by chunk at the model's token rate, and a
// server-enforced requests-per-window limit (429 with the API's retry hint beyond it).
// Lives in one thread (the benchmark runs it in its own, away from the client's event loop).

#include "CallRecord.h"
#include "FakeLlmServer.h"
#include "LatencyModel.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <deque>

namespace ip::bench {

class LatencyServer : public QObject
{
    Q_OBJECT
public:
    LatencyServer(Api api, const LatencyModel &model, QObject *parent = nullptr);
    ~LatencyServer() override;

    [[nodiscard]] bool listen();
    // The base URL the provider is configured with.
    [[nodiscard]] QUrl baseUrl() const;

    // New model; forgets the log, the RPM window and the jitter occurrences.
    void reset(const LatencyModel &model);
    [[nodiscard]] const QList<CallRecord> &log() const { return m_log; }

private:
    void handle(const ip::test::TestHttpRequest &raw, ip::test::TestHttpResponder &responder);
    // True (and answered 429) when the RPM window is full at `now`.
    bool rejectOverLimit(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder,
                         CallRecord &record);
    void answerSkills(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder, int logIndex);
    void answerDiscovery(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder, int logIndex);
    void answerQuestions(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder, int logIndex);
    int nextOccurrence(const QString &baseKey);

    Api m_api;
    LatencyModel m_model;
    ip::test::FakeLlmServer m_fake;
    QList<CallRecord> m_log;
    std::deque<double> m_window; // arrival times of accepted requests in the current window
    QHash<QString, int> m_occurrences;
};

} // namespace ip::bench
