#pragma once

#include "common/Result.h"
#include "providers/ProviderFactory.h"
#include "run/ProviderPool.h"
#include "session/Session.h"
#include "settings/Settings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace ip {

class HttpTransport;
class InterviewPipeline;
class Practice;
class ResultCache;
class SessionRecorder;
class SessionStore;
class SourceResolver;
class SpeechLimiter;
class Transcriber;

// Why a run cannot start. The window and the command line word it for their people.
struct RunProblem
{
    enum class Kind {
        KeysUnknown, // the keychain has not answered yet
        MissingQuestionsKey, // no key for the questions provider, and it is not on this computer
        NoProviders, // the provider source said no (`detail` says why)
    };
    Kind kind = Kind::NoProviders;
    QString providerName; // MissingQuestionsKey: "Groq", "OpenAI", … (by the endpoint's address)
    QString detail;
};

// One run: its pipeline, and its autosave when runs are saved. Made by RunService, not started:
// connect to pipeline() first, then start(). Deleting the run cancels it.
class Run : public QObject
{
    Q_OBJECT
public:
    ~Run() override;

    // Reads the resume (or, for a continuation, carries on the saved run) and runs every stage.
    void start();

    [[nodiscard]] InterviewPipeline *pipeline() const { return m_pipeline; }
    // Null when the service saves no runs.
    [[nodiscard]] SessionRecorder *recorder() const { return m_recorder; }
    [[nodiscard]] bool isContinuation() const { return m_continuing; }
    // The saved session's id (also when runs are not saved: the id it would have).
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    // The session as it stands: how the run was asked for, and its state so far.
    [[nodiscard]] Session session() const;
    // The settings the run uses (a continuation's shape and models applied to the current ones).
    [[nodiscard]] const Settings &settings() const { return m_settings; }

Q_SIGNALS:
    // The autosave could not write the session (the run goes on).
    void saveFailed(const QString &message);

private:
    friend class RunService;
    Run(const Session &session, bool continuing, const Settings &settings, QObject *parent);

    Session m_initial;
    bool m_continuing;
    Settings m_settings;
    QString m_sessionId;
    InterviewPipeline *m_pipeline = nullptr;
    SessionRecorder *m_recorder = nullptr;
};

// The one way to start, continue, regenerate and cancel a run, for the window and the command line
// alike. Owns what outlives a run: the providers and their rate limiters (one per provider and
// configuration, shared by every run of the process, so back-to-back runs keep one rate window),
// and it hands every run the result cache, the session store and the resolver of grounding links
// (SourceResolver, over the same transport). Keys come from the caller
// (keychain or environment) and stay in memory; settings come with each run.
class RunService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Where providers come from; null = a ProviderPool over `transport` (or an HTTP transport of
        // the service's own when that is null too). Not owned.
        ProviderSource *providers = nullptr;
        HttpTransport *transport = nullptr;
        SessionStore *sessions = nullptr; // not owned; null = runs are not saved
        ResultCache *cache = nullptr; // not owned; null = no cache
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    explicit RunService(Options options, QObject *parent = nullptr);
    // Cancels and deletes the runs still alive (before the providers they use).
    ~RunService() override;

    // The keys found (keychain or environment), kept in memory only; nullopt = not known yet (the
    // keychain has not answered), which is where a service starts.
    void setKeys(const std::optional<ProviderKeys> &keys) { m_keys = keys; }
    [[nodiscard]] bool keysKnown() const { return m_keys.has_value(); }

    // Why a run with `settings` could not start now, if so.
    [[nodiscard]] std::optional<RunProblem> problemFor(const Settings &settings) const;

    // A new run of the resume at `resumePath` with `settings`, or why not. Not started.
    Result<Run *, RunProblem> createRun(const QString &resumePath, const Settings &settings, QObject *parent);
    // A run that continues `session` (stopped by cancel, quota, network failure or a crash): its
    // shape and models applied to `settings`; only the missing work is requested. Not started.
    Result<Run *, RunProblem> createContinuation(const Session &session, const Settings &settings, QObject *parent);

    // Practice on `session`'s questions (issue 16), or why not (problemFor, like a run). Grades through
    // the questions provider of the pool (the runs' rate limiter), with the session's models applied
    // to `settings` (offline mode: the local server). Personal data kept out of the grading requests:
    // the live run's redaction when a run of this session is alive here, else (redactPersonalData)
    // the contact data found in the skills' resume lines. Attempts start from the live run's session
    // (else session.attempts) and every change is saved: through the live run's recorder, else in
    // the session store (a copy of `session` with the attempts); not saved without either.
    Result<Practice *, RunProblem> createPractice(const Session &session, const Settings &settings, QObject *parent);

    // Speech to text for spoken answers (issue 17), at settings.speechBaseUrl with settings.speechModel,
    // or why not. The key: the Groq key (also for a remote host that is not Groq's); none for a
    // server on this computer. No Groq key for a remote endpoint: MissingQuestionsKey for "Groq" (the
    // window's missing-Groq-key problem). Offline mode allows only a speech server on this computer:
    // a cloud one is refused with a sentence (NoProviders). The transcribers of one endpoint and key
    // share one rate window (requests per minute and day, audio seconds per hour), kept by the service.
    // A transcriber sends through the service's transport: it must not outlive the service.
    Result<Transcriber *, RunProblem> createTranscriber(const Settings &settings, QObject *parent);

    [[nodiscard]] SessionStore *sessionStore() const { return m_options.sessions; }
    [[nodiscard]] ResultCache *resultCache() const { return m_options.cache; }
    // The runs alive now.
    [[nodiscard]] QList<Run *> runs() const;

private:
    Result<Run *, RunProblem> create(const Session &session, bool continuing, const Settings &settings,
                                     QObject *parent);

    Options m_options;
    std::unique_ptr<HttpTransport> m_ownTransport;
    std::unique_ptr<ProviderPool> m_ownPool;
    // Resolves grounding redirects for every run, over the providers' transport (none without one).
    std::unique_ptr<SourceResolver> m_resolver;
    std::optional<ProviderKeys> m_keys;
    QList<QPointer<Run>> m_runs;
    // The speech windows by endpoint + key fingerprint (children).
    QHash<QByteArray, SpeechLimiter *> m_speechLimiters;
};

} // namespace ip
