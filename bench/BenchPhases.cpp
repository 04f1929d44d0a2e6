#include "BenchPhases.h"

#include "BenchClock.h"
#include "ServerHost.h"
#include "common/AppInfo.h"
#include "net/QnamTransport.h"
#include "net/RateLimiter.h"
#include "providers/ProviderFactory.h"
#include "resume/ResumeLoader.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace ip::bench {

namespace {

// Real providers over the real transport, configured like a user would for these servers.
struct Client
{
    std::unique_ptr<QnamTransport> transport;
    std::unique_ptr<QObject> owner; // parent of the providers; destroyed before the transport
    Providers providers;
    Settings settings;
};

std::unique_ptr<Client> makeClient(ServerHost &host, const BenchOptions &options, const LatencyModel &model,
                                   bool clientDefaults = false)
{
    auto c = std::make_unique<Client>();
    c->transport = std::make_unique<QnamTransport>();
    c->owner = std::make_unique<QObject>();
    Settings &s = c->settings;
    s.groqBaseUrl = host.groqUrl();
    s.geminiBaseUrl = host.geminiUrl();
    s.groqRequestsPerMinute = std::max(1, model.groqRpm);
    s.geminiRequestsPerMinute = std::max(1, model.geminiRpm);
    s.groqTokensPerMinute = int(options.groqTpm);
    if (clientDefaults) // the app's own limits, as a new user has them (Groq 8,000 TPM, 30 RPM; Gemini 5 RPM)
        s = Settings {};
    s.groqBaseUrl = host.groqUrl();
    s.geminiBaseUrl = host.geminiUrl();
    if (options.noRedact)
        s.redactPersonalData = false;
    if (options.noKeyPoints)
        s.keyPoints = false;
    // The environment must not redirect the providers elsewhere.
    c->providers
        = createProviders(s, ProviderKeys { QStringLiteral("bench-groq-key"), QStringLiteral("bench-gemini-key") },
                          c->transport.get(), c->owner.get(), QProcessEnvironment());
    // The rate windows scale with the model (a quick run's "minute" is shorter): the product's own
    // window (including any safety margin it keeps over a real minute) times the scale. The providers
    // keep one limiter per model, made on first use: make and scale those of every model the
    // pipeline calls (and the default one) before the run.
    const QStringList models { QString(), s.skillModel, s.questionModel, s.discoveryModel };
    for (HttpChatProvider *p :
         { static_cast<HttpChatProvider *>(c->providers.groq), static_cast<HttpChatProvider *>(c->providers.gemini) }) {
        QSet<RateLimiter *> scaled;
        for (const QString &m : models) {
            RateLimiter *limiter = p->rateLimiter(m);
            if (scaled.contains(limiter))
                continue;
            scaled.insert(limiter);
            RateLimits limits = limiter->limits();
            limits.windowMs = std::max<qint64>(1,
                                               qint64(std::llround(double(limits.windowMs) * model.windowMs / 60'000.0
                                                                   * model.scale * (1.0 + options.clientWindowGuard))));
            limiter->setLimits(limits);
        }
    }
    return c;
}

int count429(const QList<CallRecord> &log)
{
    int n = 0;
    for (const CallRecord &r : log)
        n += r.status == 429 ? 1 : 0;
    return n;
}

// Runs the queue to its end (or the timeout).
bool runQueue(ResumeQueue &queue, double timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&queue, &ResumeQueue::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(int(std::min(timeoutMs, 2e9)), &loop, &QEventLoop::quit);
    queue.start();
    if (!done)
        loop.exec();
    // Finished pipelines were deleteLater()'d: delete them while their providers still exist.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done;
}

} // namespace

QStringList readableResumes(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        const auto r = loadResume(path, ResumeLimits {});
        if (r.isOk() && r.value().text.size() > 200)
            out.append(path);
    }
    return out;
}

SingleRun runSingleResume(ServerHost &host, const BenchOptions &options, const LatencyModel &model, bool clientDefaults)
{
    SingleRun out;
    host.reset(model);
    auto client = makeClient(host, options, model, clientDefaults);
    ResumeQueue queue(client->providers.groq, client->providers.gemini, client->settings, { options.resume },
                      ResumeQueue::Mode::Sequential);
    if (!runQueue(queue, model.scaled(600'000) + 30'000)) {
        out.problem = QStringLiteral("the run did not finish in time");
        return out;
    }
    out.run = queue.runs().value(0);
    out.log = host.log();
    out.http429 = count429(out.log);
    out.measuredMs = out.run.endMs - out.run.startMs;
    out.readingMs = out.run.loadedMs >= out.run.startMs ? out.run.loadedMs - out.run.startMs : 0;
    out.firstQuestionMs = out.run.firstQuestionMs >= 0 ? out.run.firstQuestionMs - out.run.startMs : -1;
    out.bounds = runBounds(out.log, model);
    out.seed = seedSchedule(out.log, model, client->settings.batchSize, client->settings.questionsPerSkill);
    out.batchSize = client->settings.batchSize;
    out.questionsPerSkill = client->settings.questionsPerSkill;
    if (out.run.summary.outcome != RunSummary::Outcome::Complete)
        out.problem = QStringLiteral("the run was not complete: %1").arg(out.run.summary.message);
    else if (out.firstQuestionMs < 0)
        out.problem = QStringLiteral("no question was shown");
    out.ok = out.problem.isEmpty();
    return out;
}

ThroughputRun runThroughput(ServerHost &host, const BenchOptions &options, const LatencyModel &model,
                            const QStringList &resumes, int count, ResumeQueue::Mode mode)
{
    ThroughputRun out;
    if (resumes.isEmpty() || count <= 0) {
        out.problem = QStringLiteral("no resumes");
        return out;
    }
    host.reset(model);
    auto client = makeClient(host, options, model);
    QStringList queueList;
    for (int i = 0; i < count; ++i)
        queueList.append(resumes.at(i % resumes.size()));
    ResumeQueue queue(client->providers.groq, client->providers.gemini, client->settings, queueList, mode);

    const double serverCpu0 = host.threadCpuMs();
    const double cpu0 = processCpuMs();
    const double t0 = benchNowMs();
    const bool done = runQueue(queue, model.scaled(600'000) * count + 60'000);
    out.wallMs = benchNowMs() - t0;
    const double cpu1 = processCpuMs();
    const double serverCpu1 = host.threadCpuMs();
    out.clientCpuMs = (cpu1 - cpu0) - (serverCpu1 - serverCpu0);
    out.runs = queue.runs();
    out.log = host.log();
    out.http429 = count429(out.log);
    if (!done) {
        out.problem = QStringLiteral("the runs did not finish in time");
        return out;
    }
    for (const ResumeRun &r : std::as_const(out.runs))
        out.complete += r.summary.outcome == RunSummary::Outcome::Complete ? 1 : 0;

    // The bottleneck: the provider whose calls need the most windows.
    std::vector<double> groq, gemini;
    for (const CallRecord &r : std::as_const(out.log)) {
        if (!r.accepted())
            continue;
        (r.api == Api::Groq ? groq : gemini).push_back(r.arrivalMs);
    }
    const double groqWindows = model.groqRpm > 0 ? double(groq.size()) / model.groqRpm : 0;
    const double geminiWindows = model.geminiRpm > 0 ? double(gemini.size()) / model.geminiRpm : 0;
    out.bottleneck = geminiWindows >= groqWindows ? Api::Gemini : Api::Groq;
    const auto &starts = out.bottleneck == Api::Gemini ? gemini : groq;
    const WindowLimit limit { out.bottleneck == Api::Gemini ? model.geminiRpm : model.groqRpm, model.window() };
    out.bottleneckCalls = int(starts.size());
    out.utilisation = windowUtilisation(starts, limit);
    out.achievedPerWindow = out.utilisation * limit.requests;
    if (out.complete != count)
        out.problem = QStringLiteral("%1 of %2 runs were not complete").arg(count - out.complete).arg(count);
    out.ok = out.problem.isEmpty();
    return out;
}

AppRun runAppHeadless(ServerHost &host, const BenchOptions &options, const LatencyModel &model)
{
    AppRun out;
    if (!QFileInfo::exists(options.appBinary)) {
        out.problem = QStringLiteral("%1 not found").arg(options.appBinary);
        return out;
    }
    host.reset(model);
    QTemporaryDir tmp;
    QStringList env {
        QStringLiteral("GROQ_API_KEY=bench-groq-key"),
        QStringLiteral("GEMINI_API_KEY=bench-gemini-key"),
        QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL=") + host.groqUrl().toString(),
        QStringLiteral("INTERVIEW_PREP_GEMINI_BASE_URL=") + host.geminiUrl().toString(),
        QStringLiteral("QT_QPA_PLATFORM=offscreen"),
    };
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        const QString dir = tmp.path() + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(dir);
        env.append(QString::fromLatin1(name) + QLatin1Char('=') + dir);
    }
    // The app's settings: the same limits as the benchmark's client (its rate windows stay a real
    // minute: one resume never reaches them).
    {
        Settings s;
        s.groqTokensPerMinute = int(options.groqTpm);
        s.groqRequestsPerMinute = std::max(1, model.groqRpm);
        s.geminiRequestsPerMinute = std::max(1, model.geminiRpm);
        SettingsStore(
            tmp.path()
            + QStringLiteral("/xdg_config_home/%1/%2.conf")
                  .arg(QString::fromLatin1(appinfo::kOrganizationName), QString::fromLatin1(appinfo::kApplicationName)))
            .save(s);
    }
    const QString report = tmp.filePath(QStringLiteral("report.json"));
    out.usage = runChild({ options.appBinary, QStringLiteral("--headless"), options.resume, QStringLiteral("-o"),
                           report, QStringLiteral("--format"), QStringLiteral("json") },
                         env, model.scaled(600'000) + 60'000);
    for (const CallRecord &r : host.log())
        out.calls += r.accepted() ? 1 : 0;
    if (!out.usage.started)
        out.problem = QStringLiteral("could not start %1").arg(options.appBinary);
    else if (out.usage.timedOut)
        out.problem = QStringLiteral("timed out");
    else if (out.usage.exitCode != 0)
        out.problem = QStringLiteral("exit code %1").arg(out.usage.exitCode);
    out.ok = out.problem.isEmpty();
    return out;
}

} // namespace ip::bench
