// Fault injection, end to end: the real pipeline with the real providers (configs from the factory)
// over the real QnamTransport against FakeLlmServer, while the server misbehaves — 503s, dropped
// bodies, 429 storms with every kind of wait hint, a daily quota, the server going away, a 10 MB
// answer, an answer that never ends, invalid UTF-8, an HTML page from a proxy. For each: the run
// ends (or stops) cleanly with a specific message, finished skills are kept, and no call is tried
// more often than the settings allow, nor more calls run at once than the settings allow.

#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "TestResumes.h"
#include "net/QnamTransport.h"
#include "pipeline/InterviewPipeline.h"
#include "providers/ProviderFactory.h"

#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ip;
using namespace ip::test;

namespace {

const QString kResume = QStringLiteral(
    "Jane Roe\nSenior backend engineer\n\nExperience\n- Built Python and PostgreSQL services on AWS.\n"
    "- Ran Docker and Kubernetes clusters; React and TypeScript front ends; Redis caches; GraphQL APIs.\n");

// Jitter pinned to one value: backoff delays are deterministic.
class FixedRandom final : public RandomSource
{
public:
    [[nodiscard]] double next() override { return 0.5; }
};

// One logical call of the pipeline (its retries share the key): the stage and the skills asked.
QString callKey(const LlmRequest &r)
{
    if (isSkillsCall(r))
        return QStringLiteral("skills");
    const QString kind = isDiscoveryCall(r) ? QStringLiteral("discovery:")
        : isQuestionsCall(r)                ? QStringLiteral("questions:")
                                            : QStringLiteral("other:");
    return kind + pipelineAskedSkills(r.userText).join(QLatin1Char(','));
}

// A TCP relay in front of the fake server that can stop listening (connections refused) and
// come back on the same port: "the server goes away and comes back".
class Gate : public QObject
{
public:
    explicit Gate(quint16 upstream)
        : m_upstream(upstream)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Gate::accept);
    }
    bool open()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    // Stops listening and cuts every relayed connection.
    void shut()
    {
        m_server.close();
        for (const auto &c : std::as_const(m_clients))
            if (c)
                c->abort();
        m_clients.clear();
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            m_clients.append(client);
            auto *up = new QTcpSocket(client);
            auto pump = [client, up] {
                if (up->state() == QAbstractSocket::ConnectedState && client->bytesAvailable() > 0)
                    up->write(client->readAll());
            };
            connect(client, &QTcpSocket::readyRead, up, pump);
            connect(up, &QTcpSocket::connected, up, pump);
            connect(up, &QTcpSocket::readyRead, client, [client, up] { client->write(up->readAll()); });
            connect(up, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client, up] {
                up->abort();
                client->deleteLater();
            });
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_clients;
};

struct Rig
{
    FakeLlmServer fake;
    QnamTransport transport;
    Settings settings;
    FixedRandom random;
    QObject owner;
    HttpChatProvider *groq = nullptr;
    HttpChatProvider *gemini = nullptr;
    std::unique_ptr<InterviewPipeline> pipeline;
    std::unique_ptr<QSignalSpy> finished;
    int timeoutMs = 0; // 0 = Settings' own
    quint16 portOverride = 0; // talk to a Gate instead of the server

    Rig()
    {
        settings.groqRequestsPerMinute = 10'000;
        settings.groqTokensPerMinute = 0;
        settings.geminiRequestsPerMinute = 10'000;
        settings.geminiTokensPerMinute = 0;
        settings.maxRetries = 4;
        settings.requestTimeoutSec = 10;
        settings.firstByteTimeoutSec = 10;
        fake.setHandler(pipelineHandler(nineSkills()));
    }

    ProviderConfig tune(ProviderConfig c) const
    {
        c.backoffBaseMs = 20; // keep the suite fast; the waits' shape is tst_retry's business
        c.backoffCapMs = 160;
        c.random = const_cast<FixedRandom *>(&random);
        if (timeoutMs > 0) {
            c.totalTimeoutMs = timeoutMs;
            c.firstByteTimeoutMs = timeoutMs;
            c.idleTimeoutMs = timeoutMs;
        }
        return c;
    }

    InterviewPipeline &make()
    {
        settings.groqBaseUrl = fake.openAiBaseUrl();
        settings.geminiBaseUrl = fake.geminiBaseUrl();
        if (portOverride) {
            settings.groqBaseUrl.setPort(portOverride);
            settings.geminiBaseUrl.setPort(portOverride);
        }
        const QProcessEnvironment noEnv;
        groq = new OpenAiCompatibleProvider(&transport, tune(groqConfigFrom(settings, QString(), noEnv)), &owner);
        gemini = new GeminiProvider(&transport, tune(geminiConfigFrom(settings, QStringLiteral("k"), noEnv)), &owner);
        pipeline = std::make_unique<InterviewPipeline>(groq, gemini, settings);
        finished = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::finished);
        return *pipeline;
    }

    RunSummary run()
    {
        make().startWithText(kResume, QStringLiteral("resume.txt"));
        if (!finished->wait(25'000))
            return { RunSummary::Outcome::Failed, 0, 0, QStringLiteral("(test) the run never finished") };
        return finished->first().at(0).value<RunSummary>();
    }

    const RunState &state() const { return pipeline->state(); }

    // Attempts per logical call.
    QHash<QString, int> attempts() const
    {
        QHash<QString, int> out;
        for (const auto &r : fake.requests())
            ++out[callKey(r)];
        return out;
    }
};

// The checks every fault shares: limits respected, results consistent with the summary, messages
// for a person (one line, no markup).
void checkInvariants(const Rig &rig, const RunSummary &s)
{
    const auto attempts = rig.attempts();
    for (auto it = attempts.begin(); it != attempts.end(); ++it)
        QVERIFY2(it.value() <= rig.settings.maxRetries + 1 + 1, // + 1: one JSON-repair or timeout re-ask
                 qPrintable(QStringLiteral("%1 tried %2 times").arg(it.key()).arg(it.value())));
    QVERIFY2(rig.fake.maxConcurrent() <= rig.settings.discoveryConcurrency + rig.settings.maxConcurrentBatches,
             qPrintable(QString::number(rig.fake.maxConcurrent())));
    int done = 0;
    int failed = 0;
    for (const auto &skill : rig.state().skills) {
        if (skill.state == SkillState::Done) {
            ++done;
            QVERIFY2(skill.hasQuestions(), qPrintable(skill.name));
        } else if (skill.state == SkillState::Failed) {
            ++failed;
            QVERIFY2(!skill.error.isEmpty(), qPrintable(skill.name));
            QVERIFY2(!skill.error.contains(QLatin1Char('<')), qPrintable(skill.error));
        }
    }
    QCOMPARE(s.skillsDone, done);
    QCOMPARE(s.skillsFailed, failed);
    QVERIFY(!s.message.contains(QLatin1Char('<')));
    QVERIFY(!s.message.contains(QLatin1Char('\n')));
    QVERIFY(!rig.pipeline->isRunning());
}

void checkCompleteRun(const Rig &rig, const RunSummary &s)
{
    QCOMPARE(s.outcome, RunSummary::Outcome::Complete);
    QCOMPARE(rig.state().skills.size(), 9);
    for (const auto &skill : rig.state().skills)
        QCOMPARE(skill.questions.size(), rig.settings.questionsPerSkill);
    QVERIFY(rig.state().isComplete());
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreTypes(); }

    void thirtyPercent503()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        int n = 0;
        int served503 = 0;
        rig.fake.setHandler([&](const LlmRequest &r) {
            const int i = n++;
            if (i % 10 == 1 || i % 10 == 4 || i % 10 == 7) {
                ++served503;
                return LlmReply::overloaded(503);
            }
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkCompleteRun(rig, s);
        checkInvariants(rig, s);
        QVERIFY(served503 >= 2); // the faults really happened
        QCOMPARE(rig.fake.requestCount(), 7 + served503); // every 503 cost exactly one retry
    }

    void everyCallDroppedMidBodyOnce()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        QSet<QString> dropped;
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (!dropped.contains(callKey(r))) {
                dropped.insert(callKey(r));
                return r.stream ? LlmReply::dropMidStream() : LlmReply::dropMidBody();
            }
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Complete);
        checkCompleteRun(rig, s);
        checkInvariants(rig, s);
        QCOMPARE(dropped.size(), 7);
        const auto attempts = rig.attempts();
        for (auto it = attempts.begin(); it != attempts.end(); ++it)
            QCOMPARE(it.value(), 2);
    }

    void rateLimitStorm_data()
    {
        QTest::addColumn<int>("hint");
        QTest::addColumn<bool>("gemini");
        QTest::newRow("retry-after") << int(RetryHint::RetryAfter) << false;
        QTest::newRow("retry-after-ms") << int(RetryHint::RetryAfterMs) << false;
        QTest::newRow("x-ratelimit-reset") << int(RetryHint::ResetHeaders) << false;
        QTest::newRow("message text") << int(RetryHint::MessageText) << false;
        QTest::newRow("gemini RetryInfo") << int(RetryHint::GeminiRetryInfo) << true;
        QTest::newRow("gemini retry-after") << int(RetryHint::RetryAfter) << true;
    }
    void rateLimitStorm()
    {
        QFETCH(int, hint);
        QFETCH(bool, gemini);
        constexpr qint64 kWaitMs = 150;
        Rig rig;
        QVERIFY(rig.fake.listen());
        const LlmApi stormApi = gemini ? LlmApi::Gemini : LlmApi::OpenAi;
        int stormed = 0;
        QSet<int> limited; // request indices answered 429
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (r.api == stormApi && stormed < 3) {
                ++stormed;
                limited.insert(r.index);
                return LlmReply::rateLimited(RetryHint(hint), kWaitMs);
            }
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkCompleteRun(rig, s);
        checkInvariants(rig, s);
        QCOMPARE(stormed, 3);

        // Each call's retry came no earlier than the hint after its 429.
        const auto &all = rig.fake.requests();
        for (const int i : std::as_const(limited)) {
            const auto next = std::find_if(all.begin() + i + 1, all.end(),
                                           [&](const LlmRequest &r) { return callKey(r) == callKey(all[i]); });
            QVERIFY2(next != all.end(), qPrintable(callKey(all[i])));
            const qint64 waited = next->arrivalMs - all[i].arrivalMs;
            QVERIFY2(waited >= kWaitMs - 5,
                     qPrintable(QStringLiteral("%1 retried after %2 ms, hint %3 ms")
                                    .arg(callKey(all[i]))
                                    .arg(waited)
                                    .arg(kWaitMs)));
            // … and the hint was used, not a long guess (backoff cap is 160 ms, hints win).
            QVERIFY2(waited < 5'000, qPrintable(QString::number(waited)));
        }
    }

    void dailyQuotaAfterThreeCalls()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        rig.settings.maxConcurrentBatches = 1;
        rig.settings.groundingEnabled = false;
        int groqCalls = 0;
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (r.api == LlmApi::OpenAi && ++groqCalls > 3)
                return LlmReply::dailyQuota();
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        QCOMPARE(s.outcome, RunSummary::Outcome::Partial);
        QCOMPARE(s.skillsDone, 6); // skills call + two question batches made it
        for (int i = 0; i < 6; ++i)
            QCOMPARE(rig.state().skills[i].questions.size(), rig.settings.questionsPerSkill);
        QVERIFY2(rig.state().error.contains(QLatin1String("quota"), Qt::CaseInsensitive),
                 qPrintable(rig.state().error));
        QVERIFY2(rig.state().skills[6].error.contains(QLatin1String("quota"), Qt::CaseInsensitive),
                 qPrintable(rig.state().skills[6].error));
        // The quota answer is final: not retried, and nothing is sent after it.
        QCOMPARE(rig.fake.requestCount(LlmRoute::OpenAiChat), 4);
        QTest::qWait(100); // (a negative check: nothing may arrive late)
        QCOMPARE(rig.fake.requestCount(), 4);
    }

    void serverGoesAwayAndComesBack()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        Gate gate(quint16(rig.fake.openAiBaseUrl().port()));
        QVERIFY(gate.open());
        rig.portOverride = gate.port();
        // Right after the skills call arrives the server vanishes (connections cut, port closed);
        // 120 ms later it is back on the same port.
        bool shut = false;
        bool reopened = false;
        connect(&rig.fake, &FakeLlmServer::requestReceived, &gate, [&](const LlmRequest &) {
            if (shut)
                return;
            shut = true;
            QTimer::singleShot(0, &gate, [&] {
                gate.shut();
                QTimer::singleShot(120, &gate, [&] { reopened = gate.open(); });
            });
        });
        rig.fake.setHandler([](const LlmRequest &r) { return pipelineHandler(nineSkills())(r).after(30); });
        const RunSummary s = rig.run();
        QVERIFY(shut);
        QVERIFY(reopened);
        checkCompleteRun(rig, s);
        checkInvariants(rig, s);
        QVERIFY(gate.connections() >= 2);
    }

    void serverGoneForGood()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        Gate gate(quint16(rig.fake.openAiBaseUrl().port()));
        QVERIFY(gate.open());
        rig.portOverride = gate.port();
        gate.shut(); // nobody listens on the port any more
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QCOMPARE(rig.fake.requestCount(), 0);
        QVERIFY2(rig.state().error.contains(QLatin1String("Could not connect")), qPrintable(rig.state().error));
        QVERIFY2(!s.message.isEmpty(), "the user must be told");
    }

    void tenMegabyteAnswer()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        rig.settings.groundingEnabled = false;
        const QString padding(10 * 1024 * 1024, QLatin1Char('x'));
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (isQuestionsCall(r)) {
                QJsonObject o = questionsFor(pipelineAskedSkills(r.lastUserText), rig.settings.questionsPerSkill);
                o.insert(QStringLiteral("notes"), padding);
                return LlmReply::json(o);
            }
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        // 10 MB is under the providers' 32 MB body limit: parsed, the padding ignored.
        checkCompleteRun(rig, s);
        for (const auto &skill : rig.state().skills)
            for (const auto &q : skill.questions)
                QVERIFY(q.text.size() < 1000);
    }

    void answerThatNeverEnds_data()
    {
        QTest::addColumn<bool>("drip");
        QTest::newRow("hang") << false;
        QTest::newRow("slow drip") << true;
    }
    void answerThatNeverEnds()
    {
        QFETCH(bool, drip);
        Rig rig;
        QVERIFY(rig.fake.listen());
        rig.timeoutMs = 400;
        rig.settings.groundingEnabled = false;
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.userText).contains(QStringLiteral("Kubernetes")))
                return drip ? LlmReply::slowDrip(100) : LlmReply::hang();
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        QCOMPARE(s.outcome, RunSummary::Outcome::Partial);
        QCOMPARE(s.skillsDone, 6);
        for (int i = 3; i < 6; ++i) {
            QCOMPARE(toString(rig.state().skills[i].state), toString(SkillState::Failed));
            QVERIFY2(rig.state().skills[i].error.contains(QLatin1String("did not answer in time")),
                     qPrintable(rig.state().skills[i].error));
        }
        // A timeout is retried once, not maxRetries times.
        QCOMPARE(rig.attempts().value(QStringLiteral("questions:Kubernetes,React,TypeScript")), 2);
    }

    void invalidUtf8InTheBody()
    {
        Rig rig;
        QVERIFY(rig.fake.listen());
        rig.settings.groundingEnabled = false;
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.userText).contains(QStringLiteral("Kubernetes"))) {
                // A chat completion whose content has broken UTF-8 (a lone continuation byte, an
                // overlong encoding, a truncated sequence) inside the question strings.
                QByteArray content
                    = QJsonDocument(questionsFor(pipelineAskedSkills(r.userText), 8)).toJson(QJsonDocument::Compact);
                content.replace("Why", "Wh\x80y \xC0\xAF \xE2\x82");
                QByteArray escaped = content;
                escaped.replace("\\", "\\\\").replace("\"", "\\\"");
                const QByteArray body = "{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{"
                                        "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                    + escaped
                    + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,"
                      "\"completion_tokens\":1,\"total_tokens\":2}}";
                return LlmReply::http(200, body, { { "content-type", "application/json" } });
            }
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        QVERIFY(s.outcome == RunSummary::Outcome::Complete || s.outcome == RunSummary::Outcome::Partial);
        QVERIFY(s.skillsDone >= 6);
        for (const auto &skill : rig.state().skills) {
            if (skill.state == SkillState::Failed) {
                QVERIFY2(skill.error.contains(QLatin1String("Groq")), qPrintable(skill.error));
                continue;
            }
            // Decoded (with replacement characters), never raw bytes or NULs.
            for (const QString &q : questionTexts(skill.questions)) {
                QVERIFY(!q.contains(QChar(0)));
                QVERIFY(q.toUtf8() == QString::fromUtf8(q.toUtf8()).toUtf8());
            }
        }
    }

    void htmlPageFromAProxy_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403 (Cloudflare block)") << 403;
        QTest::newRow("502 (bad gateway)") << 502;
    }
    void htmlPageFromAProxy()
    {
        QFETCH(int, status);
        Rig rig;
        QVERIFY(rig.fake.listen());
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (isQuestionsCall(r))
                return LlmReply::htmlErrorPage(status);
            if (isDiscoveryCall(r))
                return LlmReply::htmlErrorPage(status);
            return pipelineHandler(nineSkills())(r);
        });
        const RunSummary s = rig.run();
        checkInvariants(rig, s);
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QCOMPARE(s.skillsDone, 0);
        QVERIFY(!s.message.isEmpty());
        for (const auto &skill : rig.state().skills) {
            QVERIFY2(skill.error.contains(QLatin1String("Groq")), qPrintable(skill.error));
            QVERIFY2(skill.error.contains(QString::number(status)), qPrintable(skill.error));
            for (const char *markup : { "<", "html", "DOCTYPE", "cloudflare", "cf-ray" })
                QVERIFY2(!skill.error.contains(QLatin1String(markup), Qt::CaseInsensitive), qPrintable(skill.error));
            QVERIFY2(!skill.contextReason.contains(QLatin1Char('<')), qPrintable(skill.contextReason));
        }
        for (const char *markup : { "<", "DOCTYPE" })
            QVERIFY2(!s.message.contains(QLatin1String(markup)), qPrintable(s.message));
        // A 5xx page is an overload (retried up to the limit), a 403 page is not retried.
        const int perCall = status >= 500 ? rig.settings.maxRetries + 1 : 1;
        QCOMPARE(rig.attempts().value(QStringLiteral("questions:Python,PostgreSQL,Docker")), perCall);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
