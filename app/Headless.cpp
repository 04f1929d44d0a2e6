#include "Headless.h"

#include "keys/KeyStore.h"
#include "net/QnamTransport.h"
#include "net/UrlPolicy.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/SessionRecorder.h"
#include "session/ResultCache.h"
#include "session/Session.h"
#include "session/SessionStore.h"
#include "settings/EnvironmentOverrides.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ip {

namespace {

void printErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

ReportFormat effectiveReportFormat(const HeadlessOptions &options)
{
    if (options.format)
        return *options.format;
    if (!options.outputPath.isEmpty())
        if (const auto byExt = reportFormatFromName(QFileInfo(options.outputPath).suffix()))
            return *byExt;
    return ReportFormat::Text;
}

int exitCodeFor(RunSummary::Outcome outcome)
{
    switch (outcome) {
    case RunSummary::Outcome::Complete: return headless::kExitComplete;
    case RunSummary::Outcome::Partial:
    case RunSummary::Outcome::Cancelled: return headless::kExitPartial;
    case RunSummary::Outcome::Failed: return headless::kExitFailed;
    }
    return headless::kExitFailed;
}

KeyResolver keyStoreResolver()
{
    return [](QObject *context, KeysDone done) {
        auto *store = new KeyStore(context);
        QObject::connect(store, &KeyStore::keysResolved, context, [store, done](const ResolvedKeys &resolved) {
            store->deleteLater();
            ProviderKeys keys;
            QString problem;
            for (const KeyResult &r : resolved) {
                if (r.provider == QLatin1String("groq"))
                    keys.groq = r.key;
                else if (r.provider == QLatin1String("gemini"))
                    keys.gemini = r.key;
                if (r.problem != KeyProblem::None && problem.isEmpty())
                    problem = r.message;
            }
            done(keys, problem);
        });
        store->resolveKeys({ QStringLiteral("groq"), QStringLiteral("gemini") });
    };
}

RunProviders createRunProviders(const Settings &settings, const ProviderKeys &keys, HttpTransport *transport,
                                QObject *parent)
{
    const Providers p = createProviders(settings, keys, transport, parent);
    RunProviders out;
    out.questions = p.groq;
    if (settings.groundingEnabled && !keys.gemini.isEmpty())
        out.discovery = p.gemini;
    return out;
}

HeadlessRun::HeadlessRun(const HeadlessOptions &options, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_resolveKeys(keyStoreResolver())
{
    m_store = std::make_unique<SessionStore>(options.sessionDirectory.isEmpty() ? SessionStore::defaultDirectory()
                                                                                : options.sessionDirectory);
    if (options.useCache)
        m_cache = std::make_unique<ResultCache>(options.cacheDirectory.isEmpty() ? ResultCache::defaultDirectory()
                                                                                 : options.cacheDirectory);
}

HeadlessRun::~HeadlessRun()
{
    delete m_pipeline.data(); // before the transport its providers use
}

void HeadlessRun::progress(const QString &line)
{
    printErr(line);
}

void HeadlessRun::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    printErr(tr("interview-prep: error: %1").arg(message));
    Q_EMIT finished(headless::kExitFailed);
}

void HeadlessRun::start()
{
    if (!m_options.outputPath.isEmpty() && QFileInfo(m_options.outputPath).isDir())
        return QTimer::singleShot(0, this, [this] {
            fail(tr("The output path %1 is a folder; give a file name.").arg(m_options.outputPath));
        });
    if (!m_options.resumeSession.isEmpty()) {
        auto loaded = m_store->resolve(m_options.resumeSession);
        if (loaded.isError()) {
            const QString message = loaded.error().message;
            return QTimer::singleShot(0, this, [this, message] { fail(message); });
        }
        m_continuing = std::make_unique<Session>(loaded.value());
        if (m_continuing->meta.outcome == SessionOutcome::Complete || !m_continuing->canContinue()) {
            // Nothing is missing: the report is written from the session, without any request.
            return QTimer::singleShot(0, this, [this] {
                progress(tr("Session %1 has nothing left to do.").arg(m_continuing->meta.id));
                if (!writeReport(m_continuing->run))
                    return;
                m_done = true;
                Q_EMIT finished(exitCodeFor(m_continuing->run.isComplete() ? RunSummary::Outcome::Complete
                                                                           : RunSummary::Outcome::Partial));
            });
        }
        // The run goes on as it was asked for: its skill count, batches, models and language.
        m_settings = m_continuing->settings.appliedTo(m_settings);
    }
    m_resolveKeys(this, [this](const ProviderKeys &keys, const QString &problem) { onKeys(keys, problem); });
}

void HeadlessRun::interrupt()
{
    if (m_done)
        return;
    m_interrupted = true;
    if (m_pipeline && m_pipeline->isRunning()) {
        progress(tr("Interrupted: stopping and writing what is done…"));
        m_pipeline->cancel(); // emits finished(Cancelled) → report + exit 2
        return;
    }
    fail(tr("Interrupted before the run started."));
}

void HeadlessRun::onKeys(const ProviderKeys &keys, const QString &problem)
{
    if (m_interrupted)
        return fail(tr("Interrupted before the run started."));
    const QUrl groqUrl = providerBaseUrlFromEnv("INTERVIEW_PREP_GROQ_BASE_URL", m_settings.groqBaseUrl);
    if (keys.groq.isEmpty() && !isLoopbackHost(groqUrl.host())) {
        QString message = tr("No API key for %1: set GROQ_API_KEY or save a key in the app's settings.")
                              .arg(openAiCompatibleNameFor(groqUrl));
        if (!problem.isEmpty())
            message += QLatin1Char(' ') + problem;
        return fail(message);
    }
    if (m_settings.groundingEnabled && keys.gemini.isEmpty())
        progress(tr("No Gemini key (GEMINI_API_KEY): questions are written without web sources."));

    m_transport = std::make_unique<QnamTransport>();
    const RunProviders providers = createRunProviders(m_settings, keys, m_transport.get(), this);
    auto *pipeline = new InterviewPipeline(providers.questions, providers.discovery, m_settings, this);
    m_pipeline = pipeline;
    connect(pipeline, &InterviewPipeline::activity, this, [this](const QString &line) {
        if (line != m_pipeline->state().error) // a run error is printed once, as the error
            progress(line);
    });
    connect(pipeline, &InterviewPipeline::skillUpdated, this, [this](int, const SkillResult &s) {
        if (s.state == SkillState::Done) {
            const QString questions = tr("%n question(s)", nullptr, int(s.questions.size()));
            progress(s.isGrounded()
                         ? tr("  done: %1 (%2, %3)")
                               .arg(s.name, questions, tr("%n source(s)", nullptr, int(s.sources.size())))
                         : tr("  done: %1 (%2, no web sources: %3)").arg(s.name, questions, s.contextReason));
        } else if (s.state == SkillState::Failed)
            progress(tr("  failed: %1 (%2)").arg(s.name, s.error));
    });
    connect(pipeline, &InterviewPipeline::finished, this, &HeadlessRun::onFinished);
    pipeline->setResultCache(m_cache.get());
    const Session session
        = m_continuing ? *m_continuing : newSession(QFileInfo(m_options.resumePath).absoluteFilePath(), m_settings);
    m_sessionId = session.meta.id;
    auto *recorder = new SessionRecorder(m_store.get(), pipeline, session);
    connect(recorder, &SessionRecorder::saveFailed, this,
            [this](const QString &message) { progress(tr("Warning: the session is not saved: %1").arg(message)); });
    if (m_continuing) {
        progress(tr("Continuing session %1 (%2)").arg(session.meta.id, session.run.sourceFile));
        pipeline->continueSession(session);
    } else {
        pipeline->start(m_options.resumePath);
    }
}

void HeadlessRun::onFinished(const RunSummary &summary)
{
    if (m_done)
        return;
    const RunState &state = m_pipeline->state();
    const bool saved = QFileInfo::exists(m_store->filePath(m_sessionId));
    if (saved && summary.outcome != RunSummary::Outcome::Complete)
        progress(tr("The run is saved as session %1; continue it with --resume %1").arg(m_sessionId));
    if (summary.outcome == RunSummary::Outcome::Failed) {
        // Skills found but no questions: the report file still lists them with the reasons.
        if (!state.skills.isEmpty() && !m_options.outputPath.isEmpty())
            writeReport(state);
        return fail(summary.message);
    }
    progress(summary.message);
    if (!writeReport(state))
        return; // fail() already reported
    m_done = true;
    Q_EMIT finished(exitCodeFor(summary.outcome));
}

bool HeadlessRun::writeReport(const RunState &state)
{
    const ReportFormat format = effectiveReportFormat(m_options);
    if (m_options.outputPath.isEmpty()) {
        const QByteArray bytes = renderReport(state, format);
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
            || std::fflush(stdout) != 0) {
            fail(tr("Could not write the report to standard output."));
            return false;
        }
        return true;
    }
    const auto written = ip::writeReport(m_options.outputPath, state, format);
    if (written.isError()) {
        fail(written.error());
        return false;
    }
    progress(tr("Report written to %1").arg(m_options.outputPath));
    return true;
}

// --- Ctrl+C -----------------------------------------------------------------------------------

namespace {

#ifdef Q_OS_UNIX
int g_signalFds[2] = { -1, -1 };

extern "C" void onTerminationSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
    // A second Ctrl+C ends the process at once.
    std::signal(signal, SIG_DFL);
}

// Turns SIGINT/SIGTERM into a call of `handler` from the event loop (self-pipe trick).
void installInterruptHandler(QObject *context, std::function<void()> handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        handler();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#else
void installInterruptHandler(QObject *, std::function<void()>) { }
#endif

} // namespace

int runHeadless(const HeadlessOptions &options)
{
    Settings settings = SettingsStore().load();
    applyEnvironmentOverrides(settings);
    if (!options.questionLanguage.isEmpty())
        settings.questionLanguage = options.questionLanguage;

    HeadlessRun run(options, settings);
    int exitCode = headless::kExitFailed;
    QObject::connect(&run, &HeadlessRun::finished, &run, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    installInterruptHandler(&run, [&run] { run.interrupt(); });
    QTimer::singleShot(0, &run, [&run] { run.start(); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ip
