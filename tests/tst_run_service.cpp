// The run service (core/run): one set of long-lived providers for every run of a process, so runs
// started back to back (a second resume, a Continue) share each provider's rate window and wait
// instead of meeting the 429 the limiter exists to prevent; key checks in one place.

#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "TestResumes.h"
#include "net/QnamTransport.h"
#include "net/UrlPolicy.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/SessionRecorder.h"
#include "practice/Practice.h"
#include "run/ProviderPool.h"
#include "run/RunService.h"
#include "session/SessionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using namespace ip::test;

namespace {

const QString kGroqKey = QStringLiteral("gsk_run_service_fake_groq_key");
const QString kGeminiKey = QStringLiteral("run-service-fake-gemini-key");
constexpr int kGeminiPerMinute = 5;

// A fake server that plays Gemini's per-minute request limit: within the test (well under a minute)
// the sixth grounded request and every later one get Gemini's 429.
struct Server
{
    FakeLlmServer fake;
    int geminiRequests = 0;
    int geminiRefused = 0;

    bool init()
    {
        fake.setApiKey(LlmApi::OpenAi, kGroqKey.toUtf8());
        fake.setApiKey(LlmApi::Gemini, kGeminiKey.toUtf8());
        const auto answer = pipelineHandler(nineSkills());
        fake.setHandler([this, answer](const LlmRequest &r) {
            if (r.route == LlmRoute::GeminiGenerate && ++geminiRequests > kGeminiPerMinute) {
                ++geminiRefused;
                return LlmReply::rateLimited(RetryHint::GeminiRetryInfo, 60'000);
            }
            return answer(r);
        });
        return fake.listen();
    }

    // Nine skills in batches of three: three grounded calls per run, so two runs need six.
    [[nodiscard]] Settings settings() const
    {
        Settings s;
        s.groqBaseUrl = fake.openAiBaseUrl();
        s.geminiBaseUrl = fake.geminiBaseUrl();
        s.groqRequestsPerMinute = 10'000;
        s.groqTokensPerMinute = 0;
        s.geminiRequestsPerMinute = kGeminiPerMinute;
        s.geminiTokensPerMinute = 0;
        s.skillCount = 9;
        s.batchSize = 3;
        s.maxRetries = 0;
        s.requestTimeoutSec = 10;
        s.firstByteTimeoutSec = 10;
        return s;
    }
};

RunService::Options serviceOptions(HttpTransport *transport, SessionStore *sessions = nullptr)
{
    RunService::Options o;
    o.transport = transport;
    o.sessions = sessions;
    o.environment = QProcessEnvironment(); // no base-URL overrides from the machine
    return o;
}

std::optional<RunSummary> runToEnd(Run *run)
{
    QSignalSpy finished(run->pipeline(), &InterviewPipeline::finished);
    run->start();
    if (!finished.wait(30'000))
        return std::nullopt;
    return finished.first().first().value<RunSummary>();
}

} // namespace

class TestRunService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateTestApp(QStringLiteral("tst_run_service")); }

    // Issue 13: a second resume in the same process meets the first run's Gemini window and waits.
    void backToBackRunsShareTheRateWindow()
    {
        Server server;
        QVERIFY(server.init());
        QnamTransport transport;
        RunService service(serviceOptions(&transport));
        service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });

        auto first = service.createRun(classicResumePath(), server.settings(), this);
        QVERIFY(first.isOk());
        const auto summary = runToEnd(first.value());
        QVERIFY(summary);
        QCOMPARE(summary->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(server.geminiRequests, 3);

        auto second = service.createRun(classicResumePath(), server.settings(), this);
        QVERIFY(second.isOk());
        InterviewPipeline *pipeline = second.value()->pipeline();
        QSignalSpy waits(pipeline, &InterviewPipeline::rateLimitWait);
        second.value()->start();
        // Two grounded calls fit in the minute; the third waits for the first run's calls to age out.
        QTRY_VERIFY_WITH_TIMEOUT(!waits.isEmpty(), 20'000);
        QCOMPARE(waits.first().at(0).toString(), QStringLiteral("Gemini"));
        QVERIFY2(waits.first().at(1).toLongLong() > 30'000, "the wait is for the minute window");
        QTRY_COMPARE(server.geminiRequests, kGeminiPerMinute); // the calls that fit may still be on their way
        QCOMPARE(server.geminiRefused, 0);
        pipeline->cancel();
        QCOMPARE(server.geminiRefused, 0);
        delete first.value();
        delete second.value();
    }

    // Continue (and any later run) takes the same providers: one per provider and configuration.
    void continuationSharesTheRateWindow()
    {
        Server server;
        QVERIFY(server.init());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SessionStore store(dir.path());
        QnamTransport transport;
        RunService service(serviceOptions(&transport, &store));
        service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });
        const Settings settings = server.settings();

        auto first = service.createRun(classicResumePath(), settings, this);
        QVERIFY(first.isOk());
        QVERIFY(runToEnd(first.value()));
        QCOMPARE(server.geminiRequests, 3);

        // A run stopped before its skills were found: continuing it does everything again.
        Session stopped = newSession(classicResumePath(), settings);
        stopped.meta.outcome = SessionOutcome::Cancelled;
        QVERIFY(stopped.canContinue());
        auto next = service.createContinuation(stopped, settings, this);
        QVERIFY(next.isOk());
        QVERIFY(next.value()->isContinuation());
        QSignalSpy waits(next.value()->pipeline(), &InterviewPipeline::rateLimitWait);
        next.value()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!waits.isEmpty(), 20'000);
        QCOMPARE(waits.first().at(0).toString(), QStringLiteral("Gemini"));
        QTRY_COMPARE(server.geminiRequests, kGeminiPerMinute); // the calls that fit may still be on their way
        QCOMPARE(server.geminiRefused, 0);
        delete next.value();
        delete first.value();
    }

    // The control: providers of their own per run (what the window and --headless did before the
    // service) forget the first run's calls and meet Gemini's 429. Proves the server above refuses.
    void separateProvidersMeetTheLimit()
    {
        Server server;
        QVERIFY(server.init());
        QnamTransport transport;
        for (int i = 0; i < 2; ++i) {
            RunService service(serviceOptions(&transport));
            service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });
            auto run = service.createRun(classicResumePath(), server.settings(), nullptr);
            QVERIFY(run.isOk());
            QVERIFY(runToEnd(run.value()));
        }
        QVERIFY(server.geminiRefused > 0);
    }

    void poolGivesOneProviderPerConfiguration()
    {
        QnamTransport transport;
        ProviderPool pool(&transport, QProcessEnvironment());
        Settings settings;
        const ProviderKeys keys { kGroqKey, kGeminiKey };
        const auto a = pool.providersFor(settings, keys);
        const auto b = pool.providersFor(settings, keys);
        QVERIFY(a.isOk() && b.isOk());
        QCOMPARE(a.value().questions, b.value().questions);
        QCOMPARE(a.value().discovery, b.value().discovery);
        QCOMPARE(pool.providerCount(), 2);

        Settings otherModel = settings;
        otherModel.questionModel = QStringLiteral("llama-3.3-70b-versatile");
        const auto c = pool.providersFor(otherModel, keys);
        QVERIFY(c.value().questions != a.value().questions); // its own rate window
        QCOMPARE(c.value().discovery, a.value().discovery);
        QCOMPARE(pool.providersFor(settings, keys).value().questions, a.value().questions); // and back

        const auto otherKey = pool.providersFor(settings, ProviderKeys { QStringLiteral("gsk_other"), kGeminiKey });
        QVERIFY(otherKey.value().questions != a.value().questions);

        Settings ungrounded = settings;
        ungrounded.groundingEnabled = false;
        QCOMPARE(pool.providersFor(ungrounded, keys).value().discovery, nullptr);
        QCOMPARE(pool.providersFor(settings, ProviderKeys { kGroqKey, {} }).value().discovery, nullptr);
    }

    void keyChecks()
    {
        QnamTransport transport;
        RunService service(serviceOptions(&transport));
        Settings settings;
        QVERIFY(!service.keysKnown());
        auto problem = service.problemFor(settings);
        QVERIFY(problem);
        QCOMPARE(problem->kind, RunProblem::Kind::KeysUnknown);
        QVERIFY(service.createRun(classicResumePath(), settings, this).isError());

        service.setKeys(ProviderKeys {});
        problem = service.problemFor(settings);
        QVERIFY(problem);
        QCOMPARE(problem->kind, RunProblem::Kind::MissingQuestionsKey);
        QCOMPARE(problem->providerName, QStringLiteral("Groq"));

        // A server on this computer needs no key, however its address is written.
        for (const char *url : { "http://localhost:11434/v1", "http://127.0.0.1:8080/v1", "http://[::1]:1234/v1",
                                 "http://ollama.localhost:11434/v1" }) {
            settings.groqBaseUrl = QUrl(QString::fromLatin1(url));
            QVERIFY2(!service.problemFor(settings), url);
            QVERIFY2(isLocalEndpoint(settings.groqBaseUrl), url);
        }
        settings.groqBaseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        problem = service.problemFor(settings);
        QVERIFY(problem);
        QCOMPARE(problem->providerName, QStringLiteral("OpenAI"));
        QVERIFY(!isLocalEndpoint(QUrl(QStringLiteral("http://localhost.example.com/v1"))));

        service.setKeys(ProviderKeys { kGroqKey, {} });
        QVERIFY(!service.problemFor(settings));
    }

    // Issue 15: the service's runs resolve Gemini's grounding links over the service's transport, once.
    void runsResolveGroundingLinks()
    {
        Server server;
        QVERIFY(server.init());
        server.fake.setGroundingRedirects(true);
        QnamTransport transport;
        RunService service(serviceOptions(&transport));
        service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });
        auto created = service.createRun(classicResumePath(), server.settings(), this);
        QVERIFY(created.isOk());
        const auto summary = runToEnd(created.value());
        QVERIFY(summary);
        QCOMPARE(summary->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(server.fake.requestCount(LlmRoute::GroundingRedirect), 9);
        for (const SkillResult &skill : created.value()->pipeline()->state().skills)
            QCOMPARE(
                skill.sources,
                (QList<Source> { { skill.name + QStringLiteral(" documentation"), QUrl(fakeSourceUrl(skill.name)) } }));
    }

    // Issue 19: offline mode, one switch. With it on, the cloud servers receive nothing for a whole
    // run and a regeneration (the environment's base-URL override to the cloud included); the server
    // on this computer answers, without the keys; the skills are context-free and say why.
    void offlineModeSendsNothingToTheCloud()
    {
        Server cloud;
        QVERIFY(cloud.init());
        cloud.fake.setGroundingRedirects(true);
        FakeLlmServer local;
        local.setGroundingRedirects(true);
        local.setHandler([answer = pipelineHandler(nineSkills())](const LlmRequest &r) {
            return isGradeCall(r) ? LlmReply::json(gradeAnswerFor(r)) : answer(r);
        });
        QVERIFY(local.listen());
        QnamTransport transport;
        RunService::Options options = serviceOptions(&transport);
        options.environment.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"),
                                   cloud.fake.openAiBaseUrl().toString());
        RunService service(options);
        service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });

        Settings settings = cloud.settings();
        settings.offlineMode = true;
        settings.localBaseUrl = local.openAiBaseUrl();
        settings.localModel = QStringLiteral("llama3.2");
        QVERIFY(!service.problemFor(settings));
        auto created = service.createRun(classicResumePath(), settings, this);
        QVERIFY(created.isOk());
        Run *run = created.value();
        QSignalSpy activity(run->pipeline(), &InterviewPipeline::activity);
        const auto summary = runToEnd(run);
        QVERIFY(summary);
        QCOMPARE(summary->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(cloud.fake.requestCount(), 0);
        QVERIFY(local.requestCount() >= 2);
        QCOMPARE(local.requestCount(LlmRoute::GroundingRedirect), 0); // no grounding, no links to resolve
        for (const LlmRequest &r : local.requests()) {
            QCOMPARE(r.model, QStringLiteral("llama3.2"));
            QVERIFY(!r.googleSearch);
            QVERIFY(!r.hasAuthorizationHeader); // no key goes to the local server either
        }
        const RunState &state = run->pipeline()->state();
        QCOMPARE(state.models.value(QStringLiteral("questions")), QStringLiteral("llama3.2"));
        QVERIFY(!state.models.contains(QStringLiteral("discovery")));
        for (const SkillResult &skill : state.skills) {
            QVERIFY(!skill.isGrounded());
            QCOMPARE(skill.contextReason, QStringLiteral("Offline mode: no web research"));
        }
        bool said = false;
        for (const auto &line : activity)
            said = said
                || line.at(0).toString().startsWith(QStringLiteral("Offline mode: nothing leaves this computer"));
        QVERIFY(said);
        QCOMPARE(run->session().settings.questionModel, QStringLiteral("llama3.2"));

        // A regeneration stays on this computer too.
        const int before = local.requestCount();
        QSignalSpy finished(run->pipeline(), &InterviewPipeline::finished);
        run->pipeline()->regenerateSkill(0);
        QVERIFY(finished.wait(20'000));
        QVERIFY(local.requestCount() > before);
        QCOMPARE(cloud.fake.requestCount(), 0);

        // A practice grade (issue 16) is made on this computer too.
        const int beforeGrade = local.requestCount();
        auto practice = service.createPractice(run->session(), settings, this);
        QVERIFY(practice.isOk());
        QSignalSpy graded(practice.value(), &Practice::graded);
        const SkillResult first = run->pipeline()->state().skills.first();
        QVERIFY(!practice.value()
                     ->submit(gradeInputFor(first, first.questions.first(), QStringLiteral("What I would say.")))
                     .isEmpty());
        QVERIFY(graded.wait(20'000));
        QCOMPARE(local.requestCount(), beforeGrade + 1);
        QVERIFY(isGradeCall(local.requests().last()));
        QCOMPARE(local.requests().last().model, QStringLiteral("llama3.2"));
        QVERIFY(!local.requests().last().hasAuthorizationHeader);
        QCOMPARE(cloud.fake.requestCount(), 0);
        delete practice.value();
        delete run;

        // Not a server on this computer, or no model: the run does not start, and says why.
        settings.localBaseUrl = QUrl(QStringLiteral("https://ollama.example.com/v1"));
        auto problem = service.problemFor(settings);
        QVERIFY(problem);
        QVERIFY2(problem->detail.contains(QStringLiteral("ollama.example.com is not one")),
                 qPrintable(problem->detail));
        QVERIFY(service.createRun(classicResumePath(), settings, this).isError());
        settings.localBaseUrl = local.openAiBaseUrl();
        settings.localModel.clear();
        problem = service.problemFor(settings);
        QVERIFY(problem);
        QVERIFY(problem->detail.contains(QStringLiteral("needs a model")));
        QCOMPARE(cloud.fake.requestCount(), 0);
    }

    // Runs still alive when the service goes are cancelled and deleted first (their providers go
    // with the service).
    void serviceDeletesItsRunsFirst()
    {
        Server server;
        QVERIFY(server.init());
        QnamTransport transport;
        QPointer<Run> run;
        {
            RunService service(serviceOptions(&transport));
            service.setKeys(ProviderKeys { kGroqKey, kGeminiKey });
            auto created = service.createRun(classicResumePath(), server.settings(), this);
            QVERIFY(created.isOk());
            run = created.value();
            run->start();
            QTRY_VERIFY(server.fake.requestCount() > 0);
            QCOMPARE(service.runs().size(), 1);
        }
        QVERIFY(run.isNull());
    }
};

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_run_service.moc"
