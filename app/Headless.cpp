#include "Headless.h"

#include "common/ProviderIds.h"
#include "keys/KeyStore.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/RunEstimate.h"
#include "pipeline/StageRequests.h"
#include "resume/LoadResume.h"
#include "resume/ResumeLoader.h"
#include "run/RunService.h"
#include "session/ResultCache.h"
#include "session/Session.h"
#include "session/SessionStore.h"
#include "settings/EnvironmentOverrides.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
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
    if (!options.outputPath.isEmpty() && options.resumePaths.size() <= 1) // several: -o is a folder
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

int worseExitCode(int a, int b)
{
    const auto rank = [](int code) {
        return code == headless::kExitFailed ? 2 : code == headless::kExitPartial ? 1 : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

KeyResolver keyStoreResolver()
{
    return [](QObject *context, KeysDone done) {
        auto *store = new KeyStore(context);
        QObject::connect(store, &KeyStore::keysResolved, context,
                         [store, done = std::move(done)](const ResolvedKeys &resolved) {
                             store->deleteLater();
                             ProviderKeys keys;
                             QString problem;
                             for (const KeyResult &r : resolved) {
                                 if (r.provider == providerid::groq())
                                     keys.groq = r.key;
                                 else if (r.provider == providerid::gemini())
                                     keys.gemini = r.key;
                                 if (r.problem != KeyProblem::None && problem.isEmpty())
                                     problem = r.message;
                             }
                             done(keys, problem);
                         });
        store->resolveKeys(providerid::all());
    };
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
    RunService::Options runOptions;
    runOptions.sessions = m_store.get();
    runOptions.cache = m_cache.get();
    m_service = std::make_unique<RunService>(runOptions);
}

HeadlessRun::~HeadlessRun()
{
    m_service.reset(); // its runs and providers, before the store and cache they write to
}

void HeadlessRun::progress(const QString &line)
{
    printErr(line);
}

void HeadlessRun::fail(const QString &message)
{
    if (m_done)
        return;
    printErr(tr("interview-prep: error: %1").arg(message));
    endRun(headless::kExitFailed);
}

void HeadlessRun::endRun(int code)
{
    if (m_done)
        return;
    m_worst = worseExitCode(m_worst, code);
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    if (!m_interrupted && m_next < m_options.resumePaths.size()) {
        QTimer::singleShot(0, this, [this] { startNext(); });
        return;
    }
    m_done = true;
    Q_EMIT finished(m_worst);
}

void HeadlessRun::start()
{
    const QFileInfo output(m_options.outputPath);
    if (severalResumes()) {
        if (m_options.outputPath.isEmpty() || (output.exists() && !output.isDir())) {
            m_next = int(m_options.resumePaths.size()); // nothing to run
            return QTimer::singleShot(0, this, [this] {
                fail(tr("Several resumes need -o FOLDER: one report per resume is written there."));
            });
        }
        if (!QDir().mkpath(m_options.outputPath)) {
            m_next = int(m_options.resumePaths.size());
            return QTimer::singleShot(0, this, [this] {
                fail(tr("Could not create the folder %1 for the reports.").arg(m_options.outputPath));
            });
        }
    } else if (!m_options.outputPath.isEmpty() && output.isDir()) {
        return QTimer::singleShot(0, this, [this] {
            fail(tr("The output path %1 is a folder; give a file name.").arg(m_options.outputPath));
        });
    }
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
                endRun(exitCodeFor(m_continuing->run.isComplete() ? RunSummary::Outcome::Complete
                                                                  : RunSummary::Outcome::Partial));
            });
        }
    }
    if (!m_options.jobPath.isEmpty())
        return readJob();
    m_resolveKeys(this, [this](const ProviderKeys &keys, const QString &problem) { onKeys(keys, problem); });
}

void HeadlessRun::readJob()
{
    auto *loader = new ResumeLoader(this);
    loader->setLimits(resumeLimitsFor(m_settings));
    const QString name = QFileInfo(m_options.jobPath).fileName();
    connect(loader, &ResumeLoader::loaded, this, [this, loader, name](const ResumeText &job) {
        loader->deleteLater();
        if (m_interrupted)
            return fail(tr("Interrupted before the run started."));
        m_jobText = job.text.trimmed();
        if (m_jobText.isEmpty())
            return fail(tr("The job description %1 has no text.").arg(name));
        progress(tr("Targeting the job in %1 (%n character(s))", nullptr, int(m_jobText.size())).arg(name));
        m_resolveKeys(this, [this](const ProviderKeys &keys, const QString &problem) { onKeys(keys, problem); });
    });
    connect(loader, &ResumeLoader::failed, this, [this, loader, name](const ResumeError &e) {
        loader->deleteLater();
        fail(tr("Could not read the job description %1: %2").arg(name, e.message));
    });
    loader->load(m_options.jobPath);
}

void HeadlessRun::interrupt()
{
    if (m_done)
        return;
    m_interrupted = true;
    if (m_run && m_run->pipeline()->isRunning()) {
        progress(tr("Interrupted: stopping and writing what is done…"));
        m_run->pipeline()->cancel(); // emits finished(Cancelled) → report + exit 2
        return;
    }
    fail(tr("Interrupted before the run started."));
}

void HeadlessRun::onKeys(const ProviderKeys &keys, const QString &problem)
{
    if (m_interrupted)
        return fail(tr("Interrupted before the run started."));
    m_keyProblem = problem;
    m_service->setKeys(keys);
    const Settings settings = m_continuing ? m_continuing->settings.appliedTo(m_settings) : m_settings;
    if (const auto missing = m_service->problemFor(settings)) {
        m_next = int(m_options.resumePaths.size()); // no resume can run without the key
        return fail(problemMessage(*missing));
    }
    if (settings.groundingEnabled && keys.gemini.isEmpty())
        progress(tr("No Gemini key (GEMINI_API_KEY): questions are written without web sources."));
    if (m_continuing) {
        auto created = m_service->createContinuation(*m_continuing, m_settings, this);
        if (created.isError())
            return fail(problemMessage(created.error()));
        progress(tr("Continuing session %1 (%2)").arg(m_continuing->meta.id, m_continuing->run.sourceFile));
        return startRun(created.value());
    }
    startNext();
}

void HeadlessRun::startNext()
{
    if (m_done)
        return;
    m_currentResume = m_options.resumePaths.value(m_next++);
    auto created = m_service->createRun(m_currentResume, m_settings, this);
    if (created.isError())
        return fail(problemMessage(created.error()));
    if (severalResumes())
        progress(tr("Resume %1 of %2: %3")
                     .arg(m_next)
                     .arg(m_options.resumePaths.size())
                     .arg(QDir::toNativeSeparators(m_currentResume)));
    startRun(created.value());
}

void HeadlessRun::startRun(Run *run)
{
    m_run = run;
    InterviewPipeline *pipeline = run->pipeline();
    connect(pipeline, &InterviewPipeline::activity, this, [this](const QString &line) {
        if (m_run && line != m_run->pipeline()->state().error) // a run error is printed once, as the error
            progress(line);
    });
    m_reportedWaits.clear();
    connect(pipeline, &InterviewPipeline::waitsChanged, this, &HeadlessRun::reportWaits);
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
    if (!m_options.skills.isEmpty())
        pipeline->setGivenSkills(m_options.skills);
    if (!m_jobText.isEmpty())
        pipeline->setJobDescription(m_jobText);
    m_gapsPrinted.clear();
    connect(pipeline, &InterviewPipeline::jobGapsChanged, this, [this](const QList<JobGap> &gaps) {
        for (const JobGap &g : gaps) {
            if (m_gapsPrinted.contains(g.skill) || (g.questions.isEmpty() && g.error.isEmpty()))
                continue;
            m_gapsPrinted.insert(g.skill);
            progress(g.questions.isEmpty() ? tr("  not on the resume: %1 (%2)").arg(g.skill, g.error)
                                           : tr("  not on the resume: %1 (%2)")
                                                 .arg(g.skill, tr("%n question(s)", nullptr, int(g.questions.size()))));
        }
    });
    if (m_options.showSent)
        connect(pipeline, &InterviewPipeline::requestSent, this,
                [](const SentRequest &request) { printErr(formatSentRequest(request).chopped(1)); });
    connect(pipeline, &InterviewPipeline::finished, this, &HeadlessRun::onRunFinished);
    connect(run, &Run::saveFailed, this,
            [this](const QString &message) { progress(tr("Warning: the session is not saved: %1").arg(message)); });
    run->start();
}

// A line when a wait starts or its estimate moves by 5 s or more; none when it ends (the next
// lines show the run going on).
void HeadlessRun::reportWaits(const QList<RunWait> &waits)
{
    QHash<QString, qint64> now;
    for (const RunWait &wait : waits) {
        const QString key = wait.provider + QLatin1Char('\x1f') + wait.reason;
        const qint64 last = m_reportedWaits.value(key, -1);
        if (last >= 0 && qAbs(last - wait.ms) < 5'000) {
            now.insert(key, last);
            continue;
        }
        now.insert(key, wait.ms);
        progress(describeWait(wait, wait.ms));
    }
    m_reportedWaits = now;
}

QString HeadlessRun::problemMessage(const RunProblem &problem) const
{
    switch (problem.kind) {
    case RunProblem::Kind::MissingQuestionsKey: {
        QString message
            = tr("No API key for %1: set GROQ_API_KEY or save a key in the app's settings.").arg(problem.providerName);
        if (!m_keyProblem.isEmpty())
            message += QLatin1Char(' ') + m_keyProblem;
        return message;
    }
    case RunProblem::Kind::KeysUnknown:
    case RunProblem::Kind::NoProviders: break;
    }
    return problem.detail;
}

void HeadlessRun::onRunFinished(const RunSummary &summary)
{
    if (m_done || !m_run)
        return;
    const RunState &state = m_run->pipeline()->state();
    const QString sessionId = m_run->sessionId();
    const bool saved = QFileInfo::exists(m_store->filePath(sessionId));
    if (saved && summary.outcome != RunSummary::Outcome::Complete)
        progress(tr("The run is saved as session %1; continue it with --resume %1").arg(sessionId));
    if (summary.outcome == RunSummary::Outcome::Failed) {
        // Skills found but no questions: the report file still lists them with the reasons.
        if (!state.skills.isEmpty() && !m_options.outputPath.isEmpty())
            writeReport(state);
        return fail(summary.message);
    }
    progress(summary.message);
    const QString spent
        = describeStageUsage(state.stageUsage, state.models, m_settings.prices).join(QStringLiteral(" · "));
    if (!spent.isEmpty())
        progress(tr("Spent: %1").arg(spent));
    if (!writeReport(state))
        return; // fail() already reported
    endRun(exitCodeFor(summary.outcome));
}

QString HeadlessRun::reportPathFor(const RunState &state) const
{
    if (!severalResumes())
        return m_options.outputPath;
    // As the window names a saved report; a second run of the same name in the same second gets "_2".
    const QString sourceFile = !state.sourceFile.isEmpty() ? state.sourceFile : QFileInfo(m_currentResume).fileName();
    const ReportFormat format = effectiveReportFormat(m_options);
    const QDir folder(m_options.outputPath);
    const QString name = defaultReportFileName(sourceFile, state.generatedAt, format);
    QString path = folder.filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QFileInfo(name).completeBaseName() + QStringLiteral("_%1.").arg(n)
                               + fileExtension(format));
    return path;
}

bool HeadlessRun::writeReport(const RunState &state)
{
    const ReportFormat format = effectiveReportFormat(m_options);
    const QString path = reportPathFor(state);
    if (path.isEmpty()) {
        const auto rendered = renderReportBytes(state, format);
        if (rendered.isError()) {
            fail(rendered.error());
            return false;
        }
        const QByteArray &bytes = rendered.value();
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
            || std::fflush(stdout) != 0) {
            fail(tr("Could not write the report to standard output."));
            return false;
        }
        return true;
    }
    const auto written = ip::writeReport(path, state, format);
    if (written.isError()) {
        fail(written.error());
        return false;
    }
    progress(tr("Report written to %1").arg(path));
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
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(handler)] {
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

int printEstimates(const QStringList &resumePaths, const QString &questionLanguage)
{
    Settings settings = SettingsStore().load();
    applyEnvironmentOverrides(settings);
    if (!questionLanguage.isEmpty())
        settings.questionLanguage = questionLanguage;
    const ResumeLimits limits = resumeLimitsFor(settings);
    const QLocale locale;
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = headless::kExitComplete;
    for (const QString &path : resumePaths) {
        const auto resume = loadResume(path, limits);
        if (resume.isError()) {
            err << resume.error().message << Qt::endl;
            code = headless::kExitFailed;
            continue;
        }
        EstimateInput in;
        in.settings = settings;
        in.resumeChars = resume.value().text.size();
        in.grounded = settings.groundingEnabled;
        const RunEstimate e = estimateRun(in);
        out << QDir::toNativeSeparators(path) << ": " << describeEstimate(e) << Qt::endl;
        for (const StageEstimate &stage : e.stages) {
            const QString name = stageDisplayName(stage.stage);
            out << "  "
                << HeadlessRun::tr("%1: %2 %3, %n request(s), about %4 tokens (%5 declared at admission), %6", nullptr,
                                   stage.requests)
                       .arg(name, stage.provider, stage.model, locale.toString(stage.tokens()),
                            locale.toString(stage.declaredTokens), describeEstimatedCost(stage.cost))
                << Qt::endl;
        }
    }
    out << HeadlessRun::tr("Limits: Groq %1 tokens and %2 requests a minute per model; Gemini %3 requests a minute. "
                           "Nothing was sent.")
               .arg(settings.groqTokensPerMinute > 0 ? locale.toString(settings.groqTokensPerMinute)
                                                     : HeadlessRun::tr("unlimited"))
               .arg(locale.toString(settings.groqRequestsPerMinute), locale.toString(settings.geminiRequestsPerMinute))
        << Qt::endl;
    return code;
}

int runHeadless(const HeadlessOptions &options)
{
    Settings settings = SettingsStore().load();
    applyEnvironmentOverrides(settings);
    if (!options.questionLanguage.isEmpty())
        settings.questionLanguage = options.questionLanguage;
    if (!options.level.isEmpty())
        settings.targetLevel = options.level;
    if (!options.redact)
        settings.redactPersonalData = false;
    if (options.offline)
        settings.offlineMode = true;

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
