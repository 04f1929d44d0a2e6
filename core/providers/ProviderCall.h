#pragma once

#include "net/Backoff.h"
#include "net/HttpTransport.h"
#include "net/SseParser.h"
#include "providers/ChatProvider.h"
#include "providers/HttpChatProvider.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace ip {

class RateLimitTicket;

// One logical chat call of an HttpChatProvider: the attempts, their rate-limit slots, the waits
// between them and the end (exactly one of finished / failed, never from inside the constructor).
//
// Rules, per failure class:
//  - RateLimited: wait exactly the server's hint (and block the provider's limiter for it so other
//    calls wait too), or back off when there is none; a hint beyond maxRateLimitWaitMs fails.
//  - Overloaded / Network: full-jitter backoff (or the server's retry-after), maxRetries in all.
//  - Timeout: one retry.
//  - JsonGenerationFailed: one retry.
//  - A 400 saying the structured-output mode is unsupported: the next weaker mode at once
//    (json_schema → json_object → instructions), remembered per endpoint + model.
//  - Answer not valid JSON for the schema: one retry with a repair instruction appended.
//  - QuotaExhausted, Unauthorized, InvalidRequest, ContextTooLong, RequestTooLarge,
//    ContentBlocked, MalformedResponse: fail at once.
//  - A request whose estimate (prompt + max output) exceeds the TPM limit fails with
//    RequestTooLarge before anything is sent.
// Every attempt takes a slot from the rate limiter of the provider's model; usage is added to the
// provider as each attempt ends, and the slot is settled with what the server can have counted:
// the real usage of an answer; nothing for a request that never reached the server or got an
// error answer (4xx, 5xx); the prompt and what streamed for an answer cut by a drop or a timeout.
// A 429 attempt gives its slot back and its retry is queued at the head. A call that announced a
// wait (`waiting`) says `waitOver` when its attempt goes out.
class ProviderCall final : public ChatCall
{
    Q_OBJECT
public:
    ProviderCall(HttpChatProvider *provider, ChatRequest request, QObject *parent);
    ~ProviderCall() override;

    void cancel() override;
    void setRetryRequest(const ChatRequest &request) override;
    [[nodiscard]] int attempts() const { return m_attempt; }

private:
    void start();
    void acquireSlot();
    void send();
    void onHeaders(int status, const HttpHeaders &headers);
    void onData(const QByteArray &chunk);
    void onFinished();
    void onTransportFailed(const TransportError &error);

    void handleAnswer(Result<ChatResponse, ProviderError> result);
    void handleError(const ProviderError &error);
    void retryAfter(qint64 delayMs, const ProviderError &cause, const QString &reason);
    void endAttempt(qint64 actualTokens);
    void succeed();
    void fail(const ProviderError &error);
    void releaseResources();

    [[nodiscard]] QString providerName() const;
    [[nodiscard]] qint64 promptEstimate() const;
    [[nodiscard]] qint64 estimatedCost() const;
    [[nodiscard]] qint64 cutAnswerTokens() const;

    QPointer<HttpChatProvider> m_provider;
    QString m_providerName;
    ChatRequest m_request;
    std::optional<ChatRequest> m_retryRequest; // setRetryRequest: for the next attempt after a cut answer
    AttemptPlan m_plan;
    ChatResponse m_response; // the final one
    TokenUsage m_usage; // all attempts
    Backoff m_backoff;
    QTimer m_waitTimer;
    QPointer<HttpReply> m_reply;
    QPointer<RateLimitTicket> m_ticket;
    std::unique_ptr<StreamReader> m_reader;
    SseParser m_sse;
    QByteArray m_body;
    HttpHeaders m_headers;
    int m_status = 0;
    int m_attempt = 0; // attempts sent so far
    bool m_ended = false;
    bool m_streaming = false; // this attempt's answer is being read as SSE
    qint64 m_streamedChars = 0; // text this attempt streamed so far
    bool m_waitAnnounced = false; // `waiting` was emitted and the attempt has not gone out since
    bool m_repairTried = false;
    bool m_jsonGenerationRetried = false;
    bool m_timeoutRetried = false;
    bool m_retryFirst = false; // the next slot is asked for at the head of the queue (429 retry)
    ProviderError m_pendingCause; // why the next attempt is made
};

} // namespace ip
