#include "run/RunService.h"

#include "net/QnamTransport.h"
#include "net/UrlPolicy.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/SessionRecorder.h"
#include "practice/Practice.h"
#include "privacy/PersonalData.h"
#include "providers/ChatProvider.h"
#include "providers/SourceResolver.h"
#include "run/OfflineMode.h"
#include "session/SessionStore.h"
#include "speech/HttpTranscriber.h"

#include <QFileInfo>

#include <algorithm>

namespace ip {

// --- Run ---------------------------------------------------------------------------------------

Run::Run(const Session &session, bool continuing, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_initial(session)
    , m_continuing(continuing)
    , m_settings(settings)
    , m_sessionId(session.meta.id)
{ }

Run::~Run()
{
    // The pipeline cancels its calls while the providers still exist (they belong to the service).
    delete m_pipeline;
}

void Run::start()
{
    if (m_continuing)
        m_pipeline->continueSession(m_initial);
    else
        m_pipeline->start(m_initial.meta.resumePath);
}

Session Run::session() const
{
    Session session = m_recorder ? m_recorder->session() : m_initial;
    session.run = m_pipeline->state();
    return session;
}

// --- RunService --------------------------------------------------------------------------------

RunService::RunService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.providers) {
        if (!m_options.transport) {
            m_ownTransport = std::make_unique<QnamTransport>();
            m_options.transport = m_ownTransport.get();
        }
        m_ownPool = std::make_unique<ProviderPool>(m_options.transport, m_options.environment);
        m_options.providers = m_ownPool.get();
    }
    if (m_options.transport)
        m_resolver = std::make_unique<SourceResolver>(m_options.transport);
}

RunService::~RunService()
{
    for (const QPointer<Run> &run : std::as_const(m_runs))
        delete run.data();
    m_resolver.reset();
    m_ownPool.reset(); // the providers, before the transport they send through
}

std::optional<RunProblem> RunService::problemFor(const Settings &settings) const
{
    if (!m_keys)
        return RunProblem { RunProblem::Kind::KeysUnknown, {}, {} };
    if (settings.offlineMode) {
        const QString offline = offlineProblem(offlineApplied(settings));
        if (!offline.isEmpty())
            return RunProblem { RunProblem::Kind::NoProviders, {}, offline };
        return std::nullopt; // no key: nothing goes to a cloud provider
    }
    const QUrl questionsUrl
        = providerBaseUrlFromEnv("INTERVIEW_PREP_GROQ_BASE_URL", settings.groqBaseUrl, m_options.environment);
    if (m_keys->groq.isEmpty() && !isLocalEndpoint(questionsUrl))
        return RunProblem { RunProblem::Kind::MissingQuestionsKey, openAiCompatibleNameFor(questionsUrl), {} };
    return std::nullopt;
}

Result<Run *, RunProblem> RunService::createRun(const QString &resumePath, const Settings &settings, QObject *parent)
{
    const QString path = resumePath.isEmpty() ? QString() : QFileInfo(resumePath).absoluteFilePath();
    return create(newSession(path, settings), false, settings, parent);
}

Result<Run *, RunProblem> RunService::createContinuation(const Session &session, const Settings &settings,
                                                         QObject *parent)
{
    // The run goes on as it was asked for: its skill count, batches, models and language.
    return create(session, true, session.settings.appliedTo(settings), parent);
}

Result<Run *, RunProblem> RunService::create(const Session &session, bool continuing, const Settings &asked,
                                             QObject *parent)
{
    if (const auto problem = problemFor(asked))
        return *problem;
    // Offline mode: the local server's model and no web research; no key leaves the keychain's copy.
    const Settings settings = offlineApplied(asked);
    const ProviderKeys keys = settings.offlineMode ? ProviderKeys {} : *m_keys;
    auto providers = m_options.providers->providersFor(settings, keys);
    if (providers.isError())
        return RunProblem { RunProblem::Kind::NoProviders, {}, providers.error() };

    Session shaped = session;
    if (settings.offlineMode && !continuing)
        shaped.settings = RunSettings::from(settings); // the local model is what the run uses
    auto *run = new Run(shaped, continuing, settings, parent);
    run->m_pipeline = new InterviewPipeline(providers.value().questions, providers.value().discovery, settings, run);
    run->m_pipeline->setResultCache(m_options.cache);
    if (!settings.offlineMode) // offline: no web research, no grounding links
        run->m_pipeline->setSourceResolver(m_resolver.get());
    if (m_options.sessions) {
        run->m_recorder = new SessionRecorder(m_options.sessions, run->m_pipeline, session);
        connect(run->m_recorder, &SessionRecorder::saveFailed, run, &Run::saveFailed);
    }
    m_runs.removeAll(QPointer<Run>());
    m_runs.append(run);
    return run;
}

namespace {

// The contact data (e-mail addresses, phone numbers, links, handles, …) in the skills' resume lines:
// what a grading request could carry of the person without the run's own redaction. Names are not
// looked for: the lines are not the resume's contact block.
std::shared_ptr<const Redaction> contactDataIn(const RunState &run)
{
    QStringList lines;
    for (const SkillResult &skill : run.skills)
        lines += skill.resumeLines;
    QList<PersonalItem> items;
    QHash<PersonalKind, int> numbers;
    for (const personal::Found &found : personal::findContactData(lines, 0)) {
        const bool known = std::any_of(items.cbegin(), items.cend(),
                                       [&found](const PersonalItem &i) { return i.text == found.text; });
        if (known)
            continue;
        // The run's placeholder style ("[EMAIL_1]", "[LINK_2]").
        QString prefix = toString(found.kind).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (found.kind == PersonalKind::Url)
            prefix = QStringLiteral("LINK");
        else if (found.kind == PersonalKind::NationalId)
            prefix = QStringLiteral("ID");
        items.append(
            PersonalItem { found.kind, found.text, QStringLiteral("[%1_%2]").arg(prefix).arg(++numbers[found.kind]) });
    }
    if (items.isEmpty())
        return nullptr;
    return std::make_shared<const Redaction>(items);
}

} // namespace

Result<Practice *, RunProblem> RunService::createPractice(const Session &session, const Settings &asked,
                                                          QObject *parent)
{
    const Settings applied = session.settings.appliedTo(asked);
    if (const auto problem = problemFor(applied))
        return *problem;
    const Settings settings = offlineApplied(applied);
    const ProviderKeys keys = settings.offlineMode ? ProviderKeys {} : *m_keys;
    auto providers = m_options.providers->providersFor(settings, keys);
    if (providers.isError())
        return RunProblem { RunProblem::Kind::NoProviders, {}, providers.error() };

    Run *live = nullptr;
    for (Run *run : runs())
        if (run->sessionId() == session.meta.id && !session.meta.id.isEmpty())
            live = run;
    QPointer<SessionRecorder> recorder = live ? live->recorder() : nullptr;
    const QList<PracticeAttempt> attempts = recorder ? recorder->session().attempts : session.attempts;

    auto *practice = new Practice(providers.value().questions, settings, attempts, parent);
    practice->setResultCache(m_options.cache);
    if (live)
        practice->setRedaction(live->pipeline()->redaction());
    else if (settings.redactPersonalData)
        practice->setRedaction(contactDataIn(session.run));

    QPointer<SessionStore> store = m_options.sessions;
    if (recorder || store) {
        // Without a live run: a copy of the session as given, with the attempts. With one that has
        // ended since: the session as last written (its latest run state), with the attempts.
        practice->setSaver([recorder, store, copy = session](const QList<PracticeAttempt> &list) mutable {
            if (recorder) {
                recorder->setAttempts(list);
                return;
            }
            if (!store)
                return;
            if (auto latest = store->load(copy.meta.id); latest.isOk())
                copy = latest.value();
            copy.attempts = list;
            (void)store->saveNow(copy);
        });
    }
    return practice;
}

Result<Transcriber *, RunProblem> RunService::createTranscriber(const Settings &settings, QObject *parent)
{
    if (!m_keys)
        return RunProblem { RunProblem::Kind::KeysUnknown, {}, {} };
    const bool offline = settings.offlineMode;
    SpeechConfig config = speechConfigFrom(settings, QString(), m_options.environment);
    const QUrl url = config.provider.baseUrl;
    const bool local = isLocalEndpoint(url);
    if (offline && !local)
        return RunProblem { RunProblem::Kind::NoProviders,
                            {},
                            tr("Offline mode sends nothing to the internet: spoken answers need a speech-to-text "
                               "server on this computer, not %1 — change the speech address in Settings, or type "
                               "the answer.")
                                .arg(url.host()) };
    if (const QString violation = urlPolicyViolation(url); !violation.isEmpty())
        return RunProblem { RunProblem::Kind::NoProviders, {}, violation };
    if (!local) {
        if (m_keys->groq.isEmpty())
            return RunProblem { RunProblem::Kind::MissingQuestionsKey, QStringLiteral("Groq"), {} };
        config.provider.apiKey = m_keys->groq;
    }
    if (!m_options.transport) {
        m_ownTransport = std::make_unique<QnamTransport>();
        m_options.transport = m_ownTransport.get();
    }
    const QByteArray fingerprint = providerFingerprint(QStringLiteral("speech"), config.provider);
    SpeechLimiter *&limiter = m_speechLimiters[fingerprint];
    if (!limiter)
        limiter = new SpeechLimiter(config, this);
    return new HttpTranscriber(m_options.transport, config, limiter, parent);
}

QList<Run *> RunService::runs() const
{
    QList<Run *> alive;
    for (const QPointer<Run> &run : m_runs)
        if (run)
            alive.append(run.data());
    return alive;
}

} // namespace ip
