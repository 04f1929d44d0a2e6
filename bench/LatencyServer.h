#pragma once

// A fake LLM provider with a latency model: FakeLlmServer's request parsing and wire rendering
// (tests/support) on its loopback TestHttpServer, answered on a schedule played with precise timers:
// whole answers after the call's duration, streams chunk by chunk at the model's token rate, and a
// server-enforced requests-per-window limit (429 with the API's retry hint beyond it). With
// LatencyModel::groqTpm the Groq server plays the free tier instead: tests/support's FreeTierWindow
// per model (the same logic as FakeLlmServer's free-tier mode), Groq's 429 body and x-ratelimit-*
// headers, reasoning tokens in the usage. With dropEvery, every n-th answer is cut mid-way.
// Lives in one thread (the benchmark runs it in its own, away from the client's event loop).

#include "CallRecord.h"
#include "FakeLlmServer.h"
#include "FreeTierWindow.h"
#include "LatencyModel.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <deque>
#include <optional>

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
    // Free tier: admits the request in the window (or answers 429/413 and returns false).
    bool admitFreeTier(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder, CallRecord &record);
    // Hidden reasoning tokens of this answer (0 unless the model reasons and the model plays them).
    [[nodiscard]] int reasoningFor(const ip::test::LlmRequest &request) const;
    // Settles the answer's actual tokens in the free-tier window when the last step has played.
    void settleAtEnd(class ResponsePlayer *player, int logIndex);
    // Plays half of the answer, then cuts the connection.
    void playDropped(const ip::test::LlmRequest &request, ip::test::TestHttpResponder &responder, int logIndex,
                     const QByteArray &body, const QList<QByteArray> &events);
    [[nodiscard]] HttpHeaders jsonHeaders() const;
    [[nodiscard]] HttpHeaders sseHeaders() const;

    Api m_api;
    LatencyModel m_model;
    ip::test::FakeLlmServer m_fake;
    QList<CallRecord> m_log;
    std::deque<double> m_window; // arrival times of accepted requests in the current window
    QHash<QString, int> m_occurrences;
    std::optional<ip::test::FreeTierWindow> m_freeTier;
    QHash<int, qint64> m_admissions; // log index → free-tier admission id
    HttpHeaders m_rateHeaders; // x-ratelimit-* of the request being answered (free tier)
    int m_answered = 0; // connections answered so far (drop counting)
};

} // namespace ip::bench
