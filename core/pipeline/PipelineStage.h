#pragma once

#include "pipeline/ProviderStop.h"
#include "pipeline/SendApproval.h"
#include "pipeline/StageRequests.h"
#include "privacy/Redaction.h"
#include "providers/ChatProvider.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ip {

// Base of the pipeline's stages (skill extraction, discovery of one batch, generation of one
// batch): one provider, at most one call in flight, prompt/usage/wait reporting, prompt cancel;
// before each call it asks the provider's ProviderStop. Stages are small, single-use QObjects that
// the orchestrator sequences (BatchScheduler decides when); a new stage slots in beside them.
class PipelineStage : public QObject
{
    Q_OBJECT
public:
    PipelineStage(ChatProvider *provider, const Settings &settings, QObject *parent = nullptr);
    ~PipelineStage() override;

    virtual void start() = 0;
    // Aborts the call in flight; afterwards the stage emits nothing more.
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    // A call is out, or held until the person allows its provider (setSendApproval).
    [[nodiscard]] bool hasCallInFlight() const { return !m_call.isNull() || m_awaitingApproval; }
    // Asked before every call: once it is stopped (quota, key), send() fails at once with its
    // error instead of reaching the provider. Null: the provider is never stopped.
    void setProviderStop(std::shared_ptr<const ProviderStop> stop) { m_stop = std::move(stop); }
    // The run's personal data: replaced by placeholders in every message sent, and the placeholders
    // put back in what comes back (streamed text, the answer's text and JSON). Null: nothing is
    // redacted.
    void setRedaction(std::shared_ptr<const Redaction> redaction) { m_redaction = std::move(redaction); }
    // Asked before every call (after redaction): a call to a provider the person has not allowed yet
    // waits for SendApproval::approve. Null: calls go out at once.
    void setSendApproval(SendApproval *approval) { m_approval = approval; }

Q_SIGNALS:
    // The call in flight waits about `ms` (rate limit or backoff), or a new estimate of that wait.
    void waiting(const QString &provider, qint64 ms, const QString &reason);
    // The wait announced by `waiting` is over (the call went out, ended or was cancelled).
    void waitOver();
    // Tokens a finished call spent; `stage` is the request's tag ("skills", "discovery", "questions").
    void usage(const QString &stage, const ip::TokenUsage &usage);
    void promptUsed(const QString &name, int version);
    void note(const QString &line); // an activity line for people
    // A request goes out now, exactly as the provider receives it (after redaction).
    void sent(const ip::SentRequest &request);

protected:
    // Sends a request; exactly one of onDone / onError runs later (neither after cancel()).
    void send(const PromptedRequest &request, const std::function<void(const ChatResponse &)> &onDone,
              const std::function<void(const ProviderError &)> &onError);
    // Streamed answers (request.stream, if the provider streams): before onDone / onError, onDelta
    // gets the text as it arrives; onRestart runs when a new attempt starts the text over.
    struct StreamHooks
    {
        std::function<void(const QString &)> onDelta;
        std::function<void()> onRestart;
    };
    void send(const PromptedRequest &request, const StreamHooks &hooks,
              const std::function<void(const ChatResponse &)> &onDone,
              const std::function<void(const ProviderError &)> &onError);
    // A retry of the call in flight, if its answer is cut, sends `request` instead (fewer skills once
    // some were answered in full); nothing without a call in flight.
    void setRetryRequest(const PromptedRequest &request);
    [[nodiscard]] ChatProvider *provider() const { return m_provider; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] QString providerName() const;

private:
    void endWait();
    // The call in flight ended: forgets it; false when the stage was cancelled (nothing more to do).
    [[nodiscard]] bool endCall(ChatCall *call);
    [[nodiscard]] ChatRequest redacted(ChatRequest request) const;
    [[nodiscard]] ChatResponse restored(ChatResponse response) const;
    [[nodiscard]] SentRequest record(const ChatRequest &sent) const;
    void dispatch(const PromptedRequest &request, const ChatRequest &out, const SentRequest &record,
                  const StreamHooks &hooks, const std::function<void(const ChatResponse &)> &onDone,
                  const std::function<void(const ProviderError &)> &onError);
    QPointer<ChatProvider> m_provider;
    Settings m_settings;
    QPointer<ChatCall> m_call;
    bool m_waiting = false; // a `waiting` was emitted and no `waitOver` since
    bool m_cancelled = false;
    bool m_awaitingApproval = false;
    QPointer<SendApproval> m_approval;
    std::shared_ptr<const ProviderStop> m_stop;
    std::shared_ptr<const Redaction> m_redaction;
};

} // namespace ip
