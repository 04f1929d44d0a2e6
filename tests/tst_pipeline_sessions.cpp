// Nothing lost, nothing paid twice: the pipeline with the result cache and with continuing a saved
// session, over the real providers against the FakeLlmServer (requests counted), and the
// SessionRecorder's autosave.

#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "SecretScan.h"
#include "TestResumes.h"
#include "net/QnamTransport.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/SessionRecorder.h"
#include "providers/ProviderFactory.h"
#include "providers/SourceResolver.h"
#include "report/Report.h"
#include "session/ContinuePlan.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using namespace ip::test;

namespace {

const QString kResumeFile = classicResumePath();
const QString kGroqKey = QStringLiteral("gsk_sessions_fake_groq_key");
const QString kGeminiKey = QStringLiteral("sessions-fake-gemini-key");

// One fake server and one cache directory for several runs (each run: fresh providers and pipeline).
struct Bench
{
    FakeLlmServer fake;
    QnamTransport transport;
    QTemporaryDir dir;
    Settings settings;
    std::unique_ptr<ResultCache> cache;
    std::unique_ptr<SessionStore> store;
    QObject owner;
    std::unique_ptr<QObject> runOwner;
    InterviewPipeline *pipeline = nullptr;
    std::unique_ptr<SourceResolver> resolver; // null: grounding links are not resolved

    bool init()
    {
        settings.groqRequestsPerMinute = 10'000;
        settings.groqTokensPerMinute = 0;
        settings.geminiRequestsPerMinute = 10'000;
        settings.geminiTokensPerMinute = 0;
        settings.maxRetries = 0;
        settings.requestTimeoutSec = 10;
        settings.firstByteTimeoutSec = 10;
        fake.setApiKey(LlmApi::OpenAi, kGroqKey.toUtf8());
        fake.setApiKey(LlmApi::Gemini, kGeminiKey.toUtf8());
        fake.setHandler(pipelineHandler(nineSkills(), settings.questionsPerSkill));
        if (!fake.listen() || !dir.isValid())
            return false;
        settings.groqBaseUrl = fake.openAiBaseUrl();
        settings.geminiBaseUrl = fake.geminiBaseUrl();
        cache = std::make_unique<ResultCache>(dir.filePath(QStringLiteral("cache")));
        store = std::make_unique<SessionStore>(dir.filePath(QStringLiteral("sessions")));
        return true;
    }

    InterviewPipeline &make(bool useCache = true)
    {
        runOwner = std::make_unique<QObject>(); // the previous run's pipeline and providers go
        const Providers p
            = createProviders(settings, { kGroqKey, kGeminiKey }, &transport, runOwner.get(), QProcessEnvironment());
        pipeline = new InterviewPipeline(p.groq, p.gemini, settings, runOwner.get());
        pipeline->setResultCache(useCache ? cache.get() : nullptr);
        pipeline->setSourceResolver(resolver.get());
        return *pipeline;
    }

    static std::optional<RunSummary> wait(InterviewPipeline &p, QSignalSpy &spy)
    {
        if (!spy.wait(20'000) || spy.isEmpty())
            return std::nullopt;
        Q_UNUSED(p);
        return spy.first().at(0).value<RunSummary>();
    }

    std::optional<RunSummary> run(bool useCache = true, Session *record = nullptr)
    {
        InterviewPipeline &p = make(useCache);
        if (record)
            new SessionRecorder(store.get(), &p, *record);
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.start(kResumeFile);
        return wait(p, finished);
    }

    std::optional<RunSummary> continueRun(const Session &session, bool useCache)
    {
        InterviewPipeline &p = make(useCache);
        new SessionRecorder(store.get(), &p, session);
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.continueSession(session);
        return wait(p, finished);
    }

    int count(bool (*pred)(const LlmRequest &), int from = 0) const
    {
        int n = 0;
        const auto all = fake.requests();
        for (qsizetype i = from; i < all.size(); ++i)
            n += pred(all.at(i)) ? 1 : 0;
        return n;
    }
};

// Reports of two runs compared without the moment they were made.
QByteArray reportAt(RunState state)
{
    state.generatedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return renderJson(state);
}

bool any(const LlmRequest &)
{
    return true;
}

} // namespace

class TestPipelineSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerCoreTypes();
        QVERIFY2(QFile::exists(kResumeFile), qPrintable(kResumeFile));
    }

    void rerunMakesNoRequest()
    {
        Bench b;
        QVERIFY(b.init());
        const auto first = b.run();
        QVERIFY(first);
        QCOMPARE(first->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.fake.requestCount(), 7); // 1 skills + 3 discovery + 3 questions
        // Discovery was streamed: each section was cached once its sources arrived at the end.
        for (const LlmRequest &r : b.fake.requests())
            if (r.route == LlmRoute::GeminiGenerate)
                QVERIFY(r.stream);
        const RunState firstState = b.pipeline->state();
        for (const SkillResult &s : firstState.skills)
            QVERIFY2(!s.sources.isEmpty(), qPrintable(s.name));

        const auto second = b.run();
        QVERIFY(second);
        QCOMPARE(second->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.fake.requestCount(), 7); // nothing new
        const RunState &again = b.pipeline->state();
        QCOMPARE(again.skills, firstState.skills); // sources, context, questions: all the same
        QCOMPARE(again.promptVersions, firstState.promptVersions);
        QCOMPARE(again.usage.requests, 0);

        // Without the cache, everything is asked again.
        const auto third = b.run(false);
        QVERIFY(third);
        QCOMPARE(b.fake.requestCount(), 14);
    }

    void changingTheQuestionModelAsksOnlyForQuestions()
    {
        Bench b;
        QVERIFY(b.init());
        QVERIFY(b.run());
        const int before = b.fake.requestCount();
        QCOMPARE(before, 7);

        b.settings.questionModel = QStringLiteral("another-question-model");
        const auto second = b.run();
        QVERIFY(second);
        QCOMPARE(second->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.count(any, before), 3);
        QCOMPARE(b.count(isQuestionsCall, before), 3);
        for (const auto &r : b.fake.requests().mid(before))
            QCOMPARE(r.model, QStringLiteral("another-question-model"));

        // The discovery model invalidates discovery and, through the context, the questions.
        b.settings.discoveryModel = QStringLiteral("another-discovery-model");
        const int mid = b.fake.requestCount();
        QVERIFY(b.run());
        QCOMPARE(b.count(isSkillsCall, mid), 0);
        QCOMPARE(b.count(isDiscoveryCall, mid), 3);
        // The fake answers the same sections, so the questions' context is unchanged: still cached.
        QCOMPARE(b.count(isQuestionsCall, mid), 0);
    }

    void failedDiscoveryIsNotCachedAndIsAskedAgain()
    {
        Bench b;
        QVERIFY(b.init());
        // The discovery of the batch with Redis fails (the provider is overloaded, no retries).
        const auto normal = pipelineHandler(nineSkills(), b.settings.questionsPerSkill);
        b.fake.setHandler([normal](const LlmRequest &r) {
            if (isDiscoveryCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("Redis")))
                return LlmReply::overloaded(503);
            return normal(r);
        });
        QVERIFY(b.run());
        const RunState first = b.pipeline->state();
        const SkillResult redis = first.skills.at(7);
        QCOMPARE(redis.name, QStringLiteral("Redis"));
        QVERIFY(!redis.isGrounded());
        QVERIFY(redis.retryDiscovery);
        QVERIFY(first.skills.at(0).isGrounded());
        QVERIFY(!first.skills.at(0).retryDiscovery);

        b.fake.setHandler(normal);
        const int before = b.fake.requestCount();
        QVERIFY(b.run());
        // Only the failed batch's discovery, and its (now grounded) questions.
        QCOMPARE(b.count(isDiscoveryCall, before), 1);
        QCOMPARE(b.count(isQuestionsCall, before), 1);
        QCOMPARE(b.count(any, before), 2);
        QVERIFY(b.pipeline->state().skills.at(7).isGrounded());
    }

    void regenerateBypassesTheCache()
    {
        Bench b;
        QVERIFY(b.init());
        QVERIFY(b.run());
        QVERIFY(b.run());
        const int before = b.fake.requestCount();
        QSignalSpy finished(b.pipeline, &InterviewPipeline::finished);
        b.pipeline->regenerateSkill(0);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(b.count(isDiscoveryCall, before), 1);
        QCOMPARE(b.count(isQuestionsCall, before), 1);
    }

    void quotaStopThenContinueAsksOnlyForTheMissingWork()
    {
        Bench b;
        QVERIFY(b.init());
        // The uninterrupted run, for the final comparison (no cache: every call is real).
        QVERIFY(b.run(false));
        const QByteArray uninterrupted = reportAt(b.pipeline->state());
        const int base = b.fake.requestCount();

        // Groq's daily quota runs out at the question call for Redis's batch.
        const auto normal = pipelineHandler(nineSkills(), b.settings.questionsPerSkill);
        b.fake.setHandler([normal](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("Redis")))
                return LlmReply::dailyQuota();
            return normal(r);
        });
        Session session = newSession(kResumeFile, b.settings);
        const auto stopped = b.run(false, &session);
        QVERIFY(stopped);
        QCOMPARE(stopped->outcome, RunSummary::Outcome::Partial);

        // What the autosave left on disk is what continuing starts from.
        auto saved = b.store->load(session.meta.id);
        QVERIFY2(saved.isOk(), qPrintable(saved.isOk() ? QString() : saved.error().message));
        QCOMPARE(toString(saved.value().meta.outcome), QStringLiteral("partial"));
        QVERIFY(saved.value().canContinue());
        QCOMPARE(saved.value().run, b.pipeline->state());
        int failed = 0;
        for (const auto &s : saved.value().run.skills)
            failed += s.state == SkillState::Failed ? 1 : 0;
        QVERIFY(failed >= 3);
        QVERIFY(saved.value().run.skills.at(7).isGrounded()); // its sources were found before the stop
        QVERIFY(scanForSecrets(b.dir.path(), { kGroqKey, kGeminiKey }).isEmpty());

        // The quota is back. Continuing (without the cache: the session alone says what is missing)
        // asks only for the failed skills' questions, batch by batch.
        b.fake.setHandler(normal);
        const int before = b.fake.requestCount();
        const auto resumed = b.continueRun(saved.value(), false);
        QVERIFY(resumed);
        QCOMPARE(resumed->outcome, RunSummary::Outcome::Complete);
        const int expected = (failed + b.settings.batchSize - 1) / b.settings.batchSize;
        QCOMPARE(b.count(any, before), expected);
        QCOMPARE(b.count(isQuestionsCall, before), expected);
        QStringList asked;
        for (const auto &r : b.fake.requests().mid(before))
            asked += pipelineAskedSkills(r.lastUserText);
        QCOMPARE(asked.size(), failed);
        QVERIFY(asked.contains(QStringLiteral("Redis")));

        // The whole run's report is the uninterrupted one's.
        QCOMPARE(reportAt(b.pipeline->state()), uninterrupted);
        QCOMPARE(b.pipeline->state().usage.requests, base);
        auto after = b.store->load(session.meta.id);
        QVERIFY(after.isOk());
        QCOMPARE(toString(after.value().meta.outcome), QStringLiteral("complete"));
        QVERIFY(!after.value().canContinue());
    }

    void cancelledRunContinues()
    {
        Bench b;
        QVERIFY(b.init());
        // Redis's batch never gets its questions before the cancel.
        const auto normal = pipelineHandler(nineSkills(), b.settings.questionsPerSkill);
        b.fake.setHandler([normal](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("Redis")))
                return LlmReply::hang();
            return normal(r);
        });
        InterviewPipeline &p = b.make(false);
        Session session = newSession(kResumeFile, b.settings);
        new SessionRecorder(b.store.get(), &p, session);
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        // Cancel as soon as the first skill has its questions.
        connect(&p, &InterviewPipeline::skillUpdated, &p, [&p](int, const SkillResult &s) {
            if (s.state == SkillState::Done && p.isRunning())
                QMetaObject::invokeMethod(
                    &p, [&p] { p.cancel(); }, Qt::QueuedConnection);
        });
        p.start(kResumeFile);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Cancelled);
        auto saved = b.store->load(session.meta.id);
        QVERIFY(saved.isOk());
        QCOMPARE(toString(saved.value().meta.outcome), QStringLiteral("cancelled"));
        QVERIFY(saved.value().canContinue());
        const ContinuePlan plan = planContinuation(saved.value().run, true);
        QVERIFY(plan.generate.contains(7));

        b.fake.setHandler(normal);
        const int before = b.fake.requestCount();
        const auto resumed = b.continueRun(saved.value(), false);
        QVERIFY(resumed);
        QCOMPARE(resumed->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.count(isSkillsCall, before), 0);
        QCOMPARE(b.count(isDiscoveryCall, before),
                 (int(plan.discover.size()) + b.settings.batchSize - 1) / b.settings.batchSize);
        QVERIFY(b.pipeline->state().isComplete());
    }

    // Issue 15: continuing a run that targets a job keeps the job (a run that must read its resume
    // again ranks by it again), and gaps of the earlier attempt give way to the new answer's.
    void continuingKeepsTheJob()
    {
        Bench b;
        QVERIFY(b.init());
        const int perSkill = b.settings.questionsPerSkill;
        b.fake.setHandler([perSkill](const LlmRequest &r) {
            if (isSkillsCall(r))
                return LlmReply::json(
                    { { QStringLiteral("skills"), QJsonArray { QStringLiteral("Python"), QStringLiteral("Kafka") } },
                      { QStringLiteral("job_gaps"), QJsonArray {} } });
            if (isJobGapsCall(r))
                return LlmReply::json(gapAnswersFor(pipelineAskedGaps(r.lastUserText), 2));
            return pipelineHandler({ QStringLiteral("Python") }, perSkill)(r);
        });
        Session session = newSession(kResumeFile, b.settings);
        session.run.jobText = QStringLiteral("We need Kafka.");
        session.run.jobGaps = { JobGap { QStringLiteral("Stale"), {}, {}, {}, QStringLiteral("Cancelled") } };
        const auto resumed = b.continueRun(session, false);
        QVERIFY(resumed);
        QCOMPARE(resumed->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.count(isSkillsCall, 0), 1);
        for (const LlmRequest &r : b.fake.requests())
            if (isSkillsCall(r))
                QVERIFY2(r.userText.contains(QStringLiteral("<job>\nWe need Kafka.\n</job>")), qPrintable(r.userText));
        QCOMPARE(b.pipeline->state().jobText, QStringLiteral("We need Kafka."));
        QCOMPARE(b.pipeline->state().jobGaps.size(), 1);
        QCOMPARE(b.pipeline->state().jobGaps.first().skill, QStringLiteral("Kafka"));
        QCOMPARE(b.pipeline->state().jobGaps.first().questions.size(), 2);
        QCOMPARE(b.count(isJobGapsCall, 0), 1);
    }

    void sessionWithoutSkillsReadsTheResumeAgain()
    {
        Bench b;
        QVERIFY(b.init());
        Session session = newSession(kResumeFile, b.settings);
        const auto resumed = b.continueRun(session, false);
        QVERIFY(resumed);
        QCOMPARE(resumed->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(b.fake.requestCount(), 7);

        // A session made from other text refuses to continue with this resume.
        session.run.resumeSha256 = resumeTextSha256(QStringLiteral("another resume"));
        const auto refused = b.continueRun(session, false);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, RunSummary::Outcome::Failed);
        QVERIFY2(b.pipeline->state().error.contains(QStringLiteral("has changed")),
                 qPrintable(b.pipeline->state().error));
        QCOMPARE(b.fake.requestCount(), 7);
    }

    void groundingLinksAreResolvedOnceSavedAndCached()
    {
        Bench b;
        QVERIFY(b.init());
        // Gemini's grounding links are redirects through the fake; each skill's page is a 302 to
        // https://docs.example/…; Python has three more: one 404, one that never answers, one relative.
        b.fake.setGroundingRedirects(true);
        const QString python = nineSkills().first();
        const auto normal = pipelineHandler(nineSkills(), b.settings.questionsPerSkill);
        b.fake.setHandler([normal, python](const LlmRequest &r) {
            LlmReply reply = normal(r);
            if (!isDiscoveryCall(r) || pipelineAskedSkills(r.lastUserText).first() != python)
                return reply;
            const int first = int(reply.sources.size());
            reply.sources.append(
                { QStringLiteral("gone.example"), QStringLiteral("https://gone.example/"), FakeRedirect::NotFound });
            reply.sources.append(
                { QStringLiteral("Slow page"), QStringLiteral("https://slow.example/"), FakeRedirect::Hang });
            reply.sources.append({ QString(), QStringLiteral("/relative/page"), FakeRedirect::Found });
            reply.citations.first().sourceIndices << first << first + 1 << first + 2;
            return reply;
        });
        SourceResolver::Options options;
        options.timeoutMs = 1'000; // the silent one: the run's end waits for it, its questions do not
        b.resolver = std::make_unique<SourceResolver>(&b.transport, options);
        // When Python's questions are asked, its silent link is still being resolved.
        int pythonQuestions = 0;
        bool askedBeforeResolved = false;
        connect(&b.fake, &FakeLlmServer::requestReceived, this, [&](const LlmRequest &r) {
            if (!isQuestionsCall(r) || !pipelineAskedSkills(r.lastUserText).contains(python))
                return;
            ++pythonQuestions;
            const SkillResult &now = b.pipeline->state().skills.first();
            askedBeforeResolved = now.sources.size() == 4 && isGroundingRedirect(now.sources.at(2).url)
                && b.fake.requestCount(LlmRoute::GroundingRedirect) > 0;
        });
        Session session = newSession(kResumeFile, b.settings);
        const auto first = b.run(true, &session);
        QVERIFY(first);
        QCOMPARE(first->outcome, RunSummary::Outcome::Complete);
        QCOMPARE(pythonQuestions, 1);
        QVERIFY(askedBeforeResolved);
        disconnect(&b.fake, &FakeLlmServer::requestReceived, this, nullptr);

        // Each redirect was asked once, with HEAD: 9 pages + 3.
        QCOMPARE(b.fake.requestCount(LlmRoute::GroundingRedirect), 12);
        QSet<QByteArray> asked;
        for (const LlmRequest &r : b.fake.requests(LlmRoute::GroundingRedirect)) {
            QCOMPARE(r.method, QByteArray("HEAD"));
            asked.insert(r.path);
        }
        QCOMPARE(asked.size(), 12);

        // The run's sources are the final addresses; a failed one keeps its redirect.
        const RunState state = b.pipeline->state();
        for (const SkillResult &s : state.skills) {
            QVERIFY2(!s.sources.isEmpty(), qPrintable(s.name));
            QCOMPARE(s.sources.first(),
                     (Source { s.name + QStringLiteral(" documentation"), QUrl(fakeSourceUrl(s.name)) }));
            if (s.name != python)
                QCOMPARE(s.sources.size(), 1);
        }
        const SkillResult &py = state.skills.first();
        QCOMPARE(py.name, python);
        QCOMPARE(py.sources.size(), 4);
        QVERIFY(isGroundingRedirect(py.sources.at(1).url)); // 404
        QCOMPARE(py.sources.at(1).title, QStringLiteral("gone.example"));
        QVERIFY(isGroundingRedirect(py.sources.at(2).url)); // no answer in time
        QCOMPARE(py.sources.at(3).url, b.fake.http().url(QStringLiteral("/relative/page")));
        QCOMPARE(py.sources.at(3).title, QString());

        // Saved that way (the autosave of the last change), and shown as "title — site".
        QVERIFY(b.store->flush().isOk());
        const auto saved = b.store->load(session.meta.id);
        QVERIFY(saved.isOk());
        QCOMPARE(saved.value().run.skills, state.skills);
        const QString text = QString::fromUtf8(renderText(state));
        QVERIFY2(
            text.contains(QStringLiteral("- Python documentation — docs.example — ") + fakeSourceUrl(python) + u'\n'),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- gone.example — ") + py.sources.at(1).url.toString() + u'\n'),
                 qPrintable(text));
        const QString markdown = QString::fromUtf8(renderMarkdown(state));
        QVERIFY2(markdown.contains(QStringLiteral("- [Docker documentation — docs.example](")
                                   + fakeSourceUrl(QStringLiteral("Docker")) + QStringLiteral(")\n")),
                 qPrintable(markdown));

        // A later run (a new resolver, as after a restart) takes discovery from the cache: its pages
        // are not asked again; only the two that failed are tried once more.
        b.resolver = std::make_unique<SourceResolver>(&b.transport, options);
        const int before = b.fake.requestCount();
        const auto second = b.run();
        QVERIFY(second);
        QCOMPARE(b.count(isDiscoveryCall, before), 0);
        QCOMPARE(b.fake.requestCount(LlmRoute::GroundingRedirect), 12 + 2);
        QCOMPARE(b.pipeline->state().skills, state.skills);

        // Without a resolver nothing is asked (and the cache's addresses are used as they are).
        b.resolver.reset();
        QVERIFY(b.run());
        QCOMPARE(b.fake.requestCount(LlmRoute::GroundingRedirect), 14);
        QCOMPARE(b.pipeline->state().skills, state.skills);
    }

    void cancelOrCloseMidResolutionKeepsTheOriginals()
    {
        Bench b;
        QVERIFY(b.init());
        b.fake.setGroundingRedirects(true);
        const QString python = nineSkills().first();
        const auto normal = pipelineHandler(nineSkills(), b.settings.questionsPerSkill);
        b.fake.setHandler([normal, python](const LlmRequest &r) {
            LlmReply reply = normal(r);
            if (isDiscoveryCall(r) && pipelineAskedSkills(r.lastUserText).first() == python) {
                reply.sources.append(
                    { QStringLiteral("Slow page"), QStringLiteral("https://slow.example/"), FakeRedirect::Hang });
                reply.citations.first().sourceIndices << int(reply.sources.size()) - 1;
            }
            return reply;
        });
        SourceResolver::Options options;
        options.timeoutMs = 60'000; // longer than the test: only cancel ends it
        b.resolver = std::make_unique<SourceResolver>(&b.transport, options);
        const auto allDone = [&b] {
            const auto &skills = b.pipeline->state().skills;
            return skills.size() == 9 && std::all_of(skills.cbegin(), skills.cend(), [](const SkillResult &s) {
                       return s.state == SkillState::Done;
                   });
        };

        InterviewPipeline &p = b.make(false);
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.start(kResumeFile);
        // Every skill has its questions and every page but one is resolved: the run waits for that one.
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 20'000);
        QTRY_VERIFY(std::all_of(p.state().skills.cbegin() + 1, p.state().skills.cend(), [](const SkillResult &s) {
            return s.sources.size() == 1 && s.sources.first().url == QUrl(fakeSourceUrl(s.name));
        }));
        QTRY_COMPARE(b.fake.http().openRequests(), 1);
        QCOMPARE(b.fake.requestCount(LlmRoute::GroundingRedirect), 10);
        QVERIFY(p.isRunning());
        QCOMPARE(finished.count(), 0);
        p.cancel();
        QCOMPARE(finished.count(), 1);
        const SkillResult py = p.state().skills.first();
        QVERIFY(py.state == SkillState::Done);
        QCOMPARE(py.sources.size(), 2);
        QCOMPARE(py.sources.at(0).url, QUrl(fakeSourceUrl(python))); // resolved before the cancel
        QVERIFY(isGroundingRedirect(py.sources.at(1).url)); // kept as Gemini gave it
        QTRY_COMPARE(b.fake.http().openRequests(), 0); // the request was aborted

        // Closing the run (its pipeline deleted) while the link is being resolved.
        InterviewPipeline &again = b.make(false);
        again.start(kResumeFile);
        QTRY_VERIFY_WITH_TIMEOUT(b.fake.http().openRequests() == 1 && allDone(), 20'000);
        b.runOwner.reset();
        b.pipeline = nullptr;
        QTRY_COMPARE(b.fake.http().openRequests(), 0);
    }

    void everyResultIsOnDiskWhenItIsShown()
    {
        Bench b;
        QVERIFY(b.init());
        b.store->setWriteInterval(60'000); // only the "at once" writes can reach the disk in time
        InterviewPipeline &p = b.make(false);
        Session session = newSession(kResumeFile, b.settings);
        new SessionRecorder(b.store.get(), &p, session);
        int checked = 0;
        QStringList problems;
        // Checked once the answer that brought the result has been handled (the recorder, connected
        // first, queued its write first).
        connect(&p, &InterviewPipeline::skillUpdated, &p, [&](int index, const SkillResult &s) {
            if (s.state != SkillState::Done && !(s.isGrounded() && s.state == SkillState::Searching))
                return;
            QMetaObject::invokeMethod(
                &p,
                [&, index, s] {
                    const auto onDisk = readSessionFile(b.store->filePath(session.meta.id));
                    const SkillResult saved = onDisk.isOk() ? onDisk.value().run.skills.value(index) : SkillResult();
                    // Later news of the same skill may be on disk already; never older news.
                    const bool ok = s.state == SkillState::Done
                        ? saved == s
                        : saved.contextText == s.contextText && saved.sources == s.sources;
                    if (!ok)
                        problems << s.name + QStringLiteral(" ") + toString(s.state);
                    ++checked;
                },
                Qt::QueuedConnection);
        });
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.start(kResumeFile);
        QVERIFY(finished.wait(20'000));
        QTRY_COMPARE(checked, 18); // 9 discoveries, 9 skills done
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(!b.store->hasPendingWrites() || readSessionFile(b.store->filePath(session.meta.id)).isOk());
        const auto last = readSessionFile(b.store->filePath(session.meta.id));
        QVERIFY(last.isOk());
        QCOMPARE(last.value().run, p.state());
        QCOMPARE(toString(last.value().meta.outcome), QStringLiteral("complete"));
    }

    void backgroundWritesCommitInOrder()
    {
        QTemporaryDir dir;
        SessionStore store(dir.path());
        store.setWriteInBackground(true);
        QVERIFY(store.writesInBackground());
        QSignalSpy saved(&store, &SessionStore::sessionSaved);
        QSignalSpy history(&store, &SessionStore::historyChanged);
        Session session = newSession(kResumeFile, Settings());
        for (int i = 0; i < 40; ++i) {
            SkillResult skill;
            skill.name = QStringLiteral("Skill %1").arg(i);
            session.run.skills.append(skill);
            QVERIFY(store.saveNow(session).isOk());
        }
        // Answered later, from the worker, in order; the last state is on disk.
        QVERIFY(store.flush().isOk());
        QTRY_COMPARE(saved.size(), 40);
        QCOMPARE(history.size(), 40); // each write changed the history line (its skills)
        const auto onDisk = store.load(session.meta.id);
        QVERIFY(onDisk.isOk());
        QCOMPARE(onDisk.value().run.skills.size(), 40);
        QCOMPARE(store.writeCount(), 40);

        // A recorded run in the background ends with its whole state on disk.
        Bench b;
        QVERIFY(b.init());
        b.store->setWriteInBackground(true);
        Session recorded = newSession(kResumeFile, b.settings);
        QVERIFY(b.run(true, &recorded));
        QVERIFY(b.store->flush().isOk());
        const auto last = b.store->load(recorded.meta.id);
        QVERIFY(last.isOk());
        QCOMPARE(last.value().run, b.pipeline->state());
        QCOMPARE(toString(last.value().meta.outcome), QStringLiteral("complete"));
    }

    void practiceAttemptsAreWrittenAtOnceAndKept()
    {
        Bench b;
        QVERIFY(b.init());
        b.store->setWriteInterval(60'000); // only the "at once" writes can reach the disk in time
        InterviewPipeline &p = b.make(false);
        const Session session = newSession(kResumeFile, b.settings);
        auto *recorder = new SessionRecorder(b.store.get(), &p, session);
        const QString path = b.store->filePath(session.meta.id);

        PracticeAttempt first;
        first.id = QStringLiteral("a-20261207093000-00000001");
        first.skill = QStringLiteral("Python");
        first.question = QStringLiteral("How does the GIL affect threads?");
        first.answer = QStringLiteral("Only one thread runs bytecode at a time.");
        first.rubric = { KeyPoint { QStringLiteral("One thread runs bytecode"), 0 } };
        first.at = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        recorder->setAttempts({ first });
        QCOMPARE(recorder->session().attempts, QList<PracticeAttempt> { first });
        const auto submitted = readSessionFile(path); // on disk now, not after the write interval
        QVERIFY2(submitted.isOk(), qPrintable(submitted.isOk() ? QString() : submitted.error().message));
        QCOMPARE(submitted.value().attempts, QList<PracticeAttempt> { first });

        // The run's own writes keep them.
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.start(kResumeFile);
        QVERIFY(finished.wait(20'000));
        const auto afterRun = readSessionFile(path);
        QVERIFY(afterRun.isOk());
        QCOMPARE(afterRun.value().run, p.state());
        QCOMPARE(afterRun.value().attempts, QList<PracticeAttempt> { first });

        // Graded after the run: the new list replaces the old one at once.
        PracticeAttempt graded = first;
        graded.graded = true;
        graded.model = QStringLiteral("openai/gpt-oss-120b");
        graded.grade.correct = 7;
        graded.grade.overall = 6;
        graded.grade.keyPoints = { KeyPointVerdict { 0, true, QStringLiteral("Said so"), 0 } };
        PracticeAttempt followUp;
        followUp.id = QStringLiteral("a-20261207093100-00000002");
        followUp.skill = first.skill;
        followUp.question = QStringLiteral("And with asyncio?");
        followUp.parentId = first.id;
        followUp.depth = 1;
        followUp.answer = QStringLiteral("لا أعرف"); // not graded yet
        recorder->setAttempts({ graded, followUp });
        const auto last = readSessionFile(path);
        QVERIFY(last.isOk());
        QCOMPARE(last.value().attempts, (QList<PracticeAttempt> { graded, followUp }));
        QCOMPARE(toString(last.value().meta.outcome), QStringLiteral("complete"));
    }

    void unreadableResumeLeavesNoSession()
    {
        Bench b;
        QVERIFY(b.init());
        InterviewPipeline &p = b.make();
        const QString missing = b.dir.filePath(QStringLiteral("missing.pdf"));
        Session session = newSession(missing, b.settings);
        new SessionRecorder(b.store.get(), &p, session);
        QSignalSpy finished(&p, &InterviewPipeline::finished);
        p.start(missing);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Failed);
        QVERIFY(!QFile::exists(b.store->filePath(session.meta.id)));
        QCOMPARE(b.store->list().entries.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPipelineSessions)
#include "tst_pipeline_sessions.moc"
