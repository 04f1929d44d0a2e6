// The benchmark's own logic, without a network: the latency model's deterministic jitter, the fake
// answers and how they read the pipeline's real prompts, and the schedules the figures divide by.
#include "FakeAnswers.h"
#include "FreeTier.h"
#include "LatencyModel.h"
#include "RunAnalysis.h"
#include "ScheduleBounds.h"
#include "pipeline/GenerationJob.h"
#include "pipeline/StageRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ip;
using namespace ip::bench;

namespace {

QString userTextOf(const PromptedRequest &r)
{
    QStringList user;
    for (const ChatMessage &m : r.request.messages)
        if (m.role == ChatMessage::Role::User)
            user << m.content;
    return user.join(QStringLiteral("\n\n"));
}

CallRecord record(Api api, CallKind kind, const QStringList &skills, double arrival, double duration)
{
    CallRecord r;
    r.api = api;
    r.kind = kind;
    r.skills = skills;
    r.arrivalMs = arrival;
    r.endMs = arrival + duration;
    r.durationMs = duration;
    r.key = QStringLiteral("k|%1|0").arg(skills.join(QLatin1Char(';')));
    for (qsizetype i = 0; i < skills.size(); ++i)
        r.sectionReadyMs.append(duration);
    return r;
}

} // namespace

class BenchModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jitterIsDeterministicAndBounded()
    {
        LatencyModel m;
        m.jitter = 0.2;
        double lo = 2, hi = 0;
        for (int i = 0; i < 2000; ++i) {
            const double f = m.jitterFactor(QStringLiteral("call %1").arg(i));
            QVERIFY(f >= 0.8 && f <= 1.2);
            lo = std::min(lo, f);
            hi = std::max(hi, f);
        }
        QVERIFY(lo < 0.82 && hi > 1.18); // spread over the whole range
        QCOMPARE(m.jitterFactor(QStringLiteral("x")), m.jitterFactor(QStringLiteral("x")));
        LatencyModel other = m;
        other.seed += 1;
        QVERIFY(other.jitterFactor(QStringLiteral("x")) != m.jitterFactor(QStringLiteral("x")));
        m.jitter = 0;
        QCOMPARE(m.jitterFactor(QStringLiteral("x")), 1.0);
    }

    void durationsScale()
    {
        LatencyModel m;
        m.jitter = 0;
        QCOMPARE(m.discoveryCall(QStringLiteral("d")), 8000.0);
        QCOMPARE(m.questionsCall(QStringLiteral("q"), 250), 400.0 + 1000.0);
        m.scale = 0.1;
        QCOMPARE(m.discoveryCall(QStringLiteral("d")), 800.0);
        QCOMPARE(m.questionsCall(QStringLiteral("q"), 250), 140.0);
        QCOMPARE(m.window(), 6000.0);
    }

    // The fake servers must understand the prompts the pipeline really sends.
    void readsThePipelinesPrompts()
    {
        Settings settings;
        const auto skills = buildSkillsRequest(QStringLiteral("Ten years of C++ and Qt."), settings);
        QVERIFY(skills.isOk());
        QCOMPARE(toString(classifyPrompt(false, false, userTextOf(skills.value()))), toString(CallKind::Skills));
        QCOMPARE(requestedSkillCount(userTextOf(skills.value())), settings.skillCount);

        const QStringList batch { QStringLiteral("C++"), QStringLiteral("Distributed tracing"),
                                  QStringLiteral("OAuth 2.0") };
        const auto discovery = buildDiscoveryRequest(batch, false, settings);
        QVERIFY(discovery.isOk());
        QCOMPARE(toString(classifyPrompt(true, true, userTextOf(discovery.value()))), toString(CallKind::Discovery));
        QCOMPARE(discoverySkills(userTextOf(discovery.value())), batch);
        const auto simple = buildDiscoveryRequest(batch, true, settings);
        QVERIFY(simple.isOk());
        QCOMPARE(discoverySkills(userTextOf(simple.value())), batch);

        GenerationJob job;
        job.grounded = true;
        for (const QString &s : batch)
            job.items.append(GenerationItem { 0, s, QStringLiteral("- not a skill\nnotes about ") + s });
        // The first skill's notes have two sources and it has resume lines; the others neither.
        job.items[0].sources
            = { Source { QStringLiteral("C++ reference"), QUrl(QStringLiteral("https://a.example/x")) },
                Source { QStringLiteral("C++ at scale"), QUrl(QStringLiteral("https://b.example/y")) } };
        job.items[0].resumeLines = { QStringLiteral("Wrote the C++ order book (2M msgs/s)"),
                                     QStringLiteral("Led the C++20 migration of 40 services") };
        const auto questions = buildQuestionsRequest(job, settings);
        QVERIFY(questions.isOk());
        QCOMPARE(toString(classifyPrompt(false, false, userTextOf(questions.value()))), toString(CallKind::Questions));
        QCOMPARE(questionSkills(userTextOf(questions.value())), batch);
        QCOMPARE(requestedQuestionsPerSkill(userTextOf(questions.value())), settings.questionsPerSkill);
        const QHash<QString, SkillContext> contexts = questionContexts(userTextOf(questions.value()));
        QCOMPARE(contexts.value(QStringLiteral("C++")).sources, 2);
        QCOMPARE(contexts.value(QStringLiteral("C++")).resumeLines, job.items[0].resumeLines);
        QCOMPARE(contexts.value(QStringLiteral("OAuth 2.0")).sources, 0);
        QVERIFY(contexts.value(QStringLiteral("OAuth 2.0")).resumeLines.isEmpty());
    }

    void answersHaveTheRequestedShape()
    {
        const QStringList nine = skillsFor(QStringLiteral("resume text"), 9);
        QCOMPARE(nine.size(), 9);
        QCOMPARE(QSet<QString>(nine.begin(), nine.end()).size(), 9);
        QVERIFY(skillsFor(QStringLiteral("another resume"), 9) != nine);
        // The skills a resume names come first, as an extraction would find them.
        const QStringList named = skillsFor(QStringLiteral("Ran Kafka and Terraform in production; some Redis."), 9);
        QCOMPARE(QSet<QString>(named.begin(), named.begin() + 3),
                 (QSet<QString> { QStringLiteral("Kafka"), QStringLiteral("Terraform"), QStringLiteral("Redis") }));
        QCOMPARE(named.size(), 9);

        const QStringList batch { QStringLiteral("Qt"), QStringLiteral("Rust") };
        const DiscoveryAnswer d = discoveryAnswer(batch, 200);
        QCOMPARE(d.sections.size(), 2);
        QVERIFY(d.text.mid(d.sections[1].start).startsWith(QLatin1String("## Rust\n")));
        QCOMPARE(d.sections[0].end, d.sections[1].start);
        const int words = int(d.text.mid(d.sections[0].start, d.sections[0].end - d.sections[0].start)
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                  .size());
        QVERIFY2(words > 190 && words < 230, qPrintable(QString::number(words)));

        // Question objects as questions_grounded v3 asks for them; Qt's notes have three sources and
        // one resume line; Rust is unknown (a simulation's skill: two sources, two made-up lines).
        const QStringList qtLines { QStringLiteral("Built the Qt 6 port of the trading desk UI (40 screens)") };
        const QuestionsAnswer q
            = questionsAnswer(batch, 8, 32, { { QStringLiteral("Qt"), SkillContext { 3, qtLines } } });
        const QJsonObject o = QJsonDocument::fromJson(q.text.toUtf8()).object();
        const QJsonArray all = o.value(QStringLiteral("all_questions")).toArray();
        QCOMPARE(all.size(), 2);
        const QJsonObject qt = all.at(0).toObject();
        QCOMPARE(qt.value(QStringLiteral("skill")).toString(), QStringLiteral("Qt"));
        const QJsonArray first = qt.value(QStringLiteral("questions")).toArray();
        QCOMPARE(first.size(), 8);
        int previousDifficulty = 1;
        for (qsizetype i = 0; i < first.size(); ++i) {
            const QJsonObject question = first.at(i).toObject();
            QCOMPARE(question.value(QStringLiteral("question")).toString().size(), 128); // 32 tokens of 4 characters
            const int difficulty = question.value(QStringLiteral("difficulty")).toInt();
            QVERIFY(difficulty >= previousDifficulty && difficulty <= 3); // climbing
            previousDifficulty = difficulty;
            const QJsonArray points = question.value(QStringLiteral("key_points")).toArray();
            QCOMPARE(points.size(), 3);
            for (const auto &p : points)
                QVERIFY(p.toString().split(QLatin1Char(' ')).size() <= 8 + 1); // 8 words and a "[n]"
            QVERIFY(points.at(0).toString().endsWith(QLatin1String(" [1]")));
            QVERIFY(points.at(2).toString().endsWith(QLatin1String(" [2]")));
            const bool project = i == 7; // one resume line: one project question
            QCOMPARE(question.value(QStringLiteral("category")).toString() == QLatin1String("project"), project);
            QCOMPARE(question.value(QStringLiteral("evidence")).toString().isEmpty(), !project);
        }
        QCOMPARE(previousDifficulty, 3);
        // The evidence and claims quote the prompt's resume line; Rust's two made-up lines.
        QCOMPARE(first.at(7).toObject().value(QStringLiteral("evidence")).toString(), qtLines.first());
        QCOMPARE(qt.value(QStringLiteral("claims")).toArray(), QJsonArray { qtLines.first() });
        QCOMPARE(q.evidence, 1 + 2);
        QCOMPARE(q.claims, 1 + 2);
        QCOMPARE(QJsonDocument::fromJson(
                     q.text.mid(q.firstQuestionStart, q.firstQuestionEnd - q.firstQuestionStart).toUtf8())
                     .object(),
                 first.at(0).toObject());
        // Sizes (chars / 4): a question without evidence 80–90 tokens (text 32, keys ~21, key points ~32), a
        // skill's entry of 8 about 800 (with two quoted lines of evidence and two claims).
        const int firstTokens = tokensOf(q.text.mid(q.firstQuestionStart, q.firstQuestionEnd - q.firstQuestionStart));
        QVERIFY2(firstTokens >= 80 && firstTokens <= 90, qPrintable(QString::number(firstTokens)));
        const int rustTokens
            = tokensOf(QString::fromUtf8(QJsonDocument(all.at(1).toObject()).toJson(QJsonDocument::Compact)));
        QVERIFY2(rustTokens >= 740 && rustTokens <= 860, qPrintable(QString::number(rustTokens)));
        // Without sources the key points cite nothing; without resume lines nothing is quoted (the
        // pipeline would drop a question quoting a line the resume does not have).
        const QuestionsAnswer bare
            = questionsAnswer({ QStringLiteral("Qt") }, 2, 32, { { QStringLiteral("Qt"), SkillContext { 0, {} } } });
        QVERIFY(!bare.text.contains(QLatin1String(" [1]")));
        QCOMPARE(bare.evidence, 0);
        QCOMPARE(bare.claims, 0);
        QVERIFY(!bare.text.contains(QLatin1String("\"category\":\"project\"")));
    }

    void earliestStartRespectsTheWindow()
    {
        const WindowLimit limit { 2, 1000 };
        QCOMPARE(earliestStart({}, 5, limit), 5.0);
        QCOMPARE(earliestStart({ 0 }, 5, limit), 5.0);
        QCOMPARE(earliestStart({ 0, 10 }, 5, limit), 1000.0); // (t - W, t] may hold 2
        QCOMPARE(earliestStart({ 0, 10, 1000 }, 0, limit), 1010.0);
        QCOMPARE(earliestStart({ 0, 10 }, 5, WindowLimit { 0, 1000 }), 5.0); // unlimited
    }

    void scheduleFollowsDependenciesAndLimits()
    {
        // a → b, a → c on a provider allowing one start per 100 ms; d unrelated on another provider.
        QList<PlannedCall> calls(4);
        calls[0].provider = 0;
        calls[0].durationMs = 10;
        calls[1].provider = 1;
        calls[1].durationMs = 50;
        calls[1].deps = { { 0, 10 } };
        calls[2].provider = 1;
        calls[2].durationMs = 50;
        calls[2].deps = { { 0, 10 } };
        calls[3].provider = 0;
        calls[3].durationMs = 500;
        const Schedule s = scheduleCalls(calls, { WindowLimit { 0, 100 }, WindowLimit { 1, 100 } });
        QCOMPARE(s.start[0], 0.0);
        QCOMPARE(s.start[1], 10.0);
        QCOMPARE(s.start[2], 110.0);
        QCOMPARE(s.start[3], 0.0);
        QCOMPARE(s.makespanMs, 500.0);
    }

    void seedStaggersBatchesAndDoesNotStream()
    {
        SeedInput in;
        in.extractionMs = 1500;
        in.discoveryMs = { 8000, 8000, 7000 };
        in.generationMs = { 3000, 3000, 3000 };
        in.staggerMs = 500;
        in.discoveryLimit = { 5, 60'000 };
        const SeedResult r = simulateSeed(in);
        QCOMPARE(r.firstQuestionMs, 1500.0 + 1000 + 7000 + 3000); // the third batch is fastest
        QCOMPARE(r.makespanMs, 1500.0 + 500 + 8000 + 3000);
        in.discoveryLimit = { 2, 60'000 }; // the third discovery waits a whole window
        QCOMPARE(simulateSeed(in).makespanMs, 1500.0 + 60'000 + 7000 + 3000);
    }

    void utilisationOfASlidingWindow()
    {
        const WindowLimit limit { 5, 60'000 };
        std::vector<double> ideal; // bursts of 5 at each window start: as dense as allowed
        for (int w = 0; w < 4; ++w)
            for (int i = 0; i < 5; ++i)
                ideal.push_back(w * 60'000.0 + i);
        QVERIFY(qAbs(windowUtilisation(ideal, limit) - 1.0) < 0.001);
        std::vector<double> late = ideal; // the last burst a quarter window late
        for (int i = 15; i < 20; ++i)
            late[std::size_t(i)] += 15'000;
        QVERIFY(qAbs(windowUtilisation(late, limit) - 180'000.0 / 195'000.0) < 0.001);
        QCOMPARE(windowUtilisation({ 0, 1, 2 }, limit), 0.0); // not more than one window's worth
    }

    void freeTierTokenBound()
    {
        // The first `limit` tokens are free at once, every further `limit` needs a window.
        QCOMPARE(tokenBoundMs(8000, 8000, 60'000), 0.0);
        QCOMPARE(tokenBoundMs(5000, 8000, 60'000), 0.0);
        QCOMPARE(tokenBoundMs(20'000, 8000, 60'000), 90'000.0);
        QCOMPARE(tokenBoundMs(20'000, 8000, 4800), 7200.0); // a quick run's scaled window
        QCOMPARE(tokenBoundMs(20'000, 0, 60'000), 0.0); // no token limit

        // Per model: the largest wins; refused calls and Gemini count nothing.
        QList<CallRecord> log;
        auto call = [&](Api api, const QString &model, int prompt, int completion, int reasoning, int status = 200) {
            CallRecord r = record(api, CallKind::Questions, { QStringLiteral("Qt") }, 0, 100);
            r.model = model;
            r.promptTokens = prompt;
            r.completionTokens = completion;
            r.reasoningTokens = reasoning;
            r.status = status;
            log.append(r);
        };
        call(Api::Groq, QStringLiteral("openai/gpt-oss-20b"), 3000, 100, 800);
        call(Api::Groq, QStringLiteral("openai/gpt-oss-120b"), 6000, 1000, 800);
        call(Api::Groq, QStringLiteral("openai/gpt-oss-120b"), 6000, 1000, 800);
        call(Api::Groq, QStringLiteral("openai/gpt-oss-120b"), 6000, 0, 0, 429);
        call(Api::Gemini, QStringLiteral("gemini-2.5-flash"), 90'000, 1000, 0);
        const auto tokens = groqTokensByModel(log);
        QCOMPARE(tokens.value(QStringLiteral("openai/gpt-oss-20b")), 3900);
        QCOMPARE(tokens.value(QStringLiteral("openai/gpt-oss-120b")), 15'600);
        QVERIFY(!tokens.contains(QStringLiteral("gemini-2.5-flash")));
        LatencyModel m;
        m.groqTpm = 8000;
        const FreeTierBound b = freeTierBound(log, m, 10'000);
        QCOMPARE(b.tokenModel, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(b.tokenMs, 57'000.0);
        QCOMPARE(b.boundMs(), 57'000.0);
        QCOMPARE(freeTierBound(log, m, 70'000).boundMs(), 70'000.0); // the critical path when it is longer
    }

    void rollingTokenWindow()
    {
        const TokenWindow w { 8000, 60'000 };
        // Empty: at once; 7,000 placed at 0: 1,000 more fit, 1,001 wait until that entry leaves.
        QCOMPARE(earliestTokenStart({}, 5, 8000, w), 5.0);
        QCOMPARE(earliestTokenStart({ { 0, 7000 } }, 5, 1000, w), 5.0);
        QCOMPARE(earliestTokenStart({ { 0, 7000 } }, 5, 1001, w), 60'000.0);
        // A later placement counts too: placing before it must keep its window under the limit.
        QCOMPARE(earliestTokenStart({ { 10'000, 7000 } }, 5, 2000, w), 70'000.0);
        QCOMPARE(earliestTokenStart({ { 0, 3000 }, { 30'000, 3000 } }, 40'000, 3000, w), 60'000.0);

        // Nine independent calls of 985 tokens (8,865): eight go at once, the ninth a window later.
        QList<PlannedCall> calls;
        for (int i = 0; i < 9; ++i) {
            PlannedCall c;
            c.provider = 0;
            c.tokenPool = 0;
            c.tokens = 985;
            c.durationMs = 100;
            calls.append(c);
        }
        const Schedule s = scheduleCalls(calls, { WindowLimit { 30, 60'000 } }, { w });
        QCOMPARE(s.start[7], 0.0);
        QCOMPARE(s.start[8], 60'000.0);
        QCOMPARE(s.makespanMs, 60'100.0);
        // The continuous formula would say 60 s × 865 / 8,000 = 6.5 s.
        QCOMPARE(tokenBoundMs(8865, 8000, 60'000), 6487.5);
    }

    void seedLosesBatchesOnTheFreeTier()
    {
        // Nine skills in three batches; each question call declares the original ~4,000 tokens.
        const QStringList nine { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"),
                                 QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("I") };
        QCOMPARE(seedDeclaredOutput(3, 8), 3968);
        LatencyModel m;
        m.jitter = 0;
        m.setFreeTierReasoning();
        m.groqTpm = 8000;
        // Answers fast enough to settle within the original's retries (1 + 2 + 4 s): a 3-skill answer of
        // question objects (~2,400 tokens) takes 2.8 s here instead of 10 s at the default 250 tokens/s.
        m.tokensPerSecond = 1000;
        // A batch's answer: prompt p + c completion + 800 reasoning. After the first answer settled, the
        // second fits while (p + c + 800) + (p + 3,968) <= 8,000.
        const int c = tokensOf(questionsAnswer(nine.mid(0, 3), 8, m.questionTokens).text);
        const int edge = (8000 - 3968 - 800 - c) / 2;
        auto logWithPrompt = [&](int prompt) {
            QList<CallRecord> log { record(Api::Groq, CallKind::Skills, nine, 0, 1500) };
            CallRecord q = record(Api::Groq, CallKind::Questions, nine.mid(0, 3), 10'000, 3000);
            q.model = QStringLiteral("openai/gpt-oss-120b");
            q.promptTokens = prompt;
            log.append(q);
            return log;
        };
        // The three question calls start 0.5 s apart; each holds p + 3,968 while it runs, so the second
        // and third are refused at once and retried after 1, 2 and 4 s.
        const int below = (edge - 30) / 3 * 3, above = (edge + 30) / 3 * 3;
        const SeedFreeTier one = seedFreeTier(logWithPrompt(below), m, 3, 8);
        QCOMPARE(one.skills, 9);
        QCOMPARE(one.batchesLost, 1); // the second got in once the first had settled; the third did not
        QCOMPARE(one.skillsLost, 3);
        const SeedFreeTier two = seedFreeTier(logWithPrompt(above), m, 3, 8);
        QCOMPARE(two.batchesLost, 2); // the settled first answer still leaves too little
        QCOMPARE(two.skillsLost, 6);
        QCOMPARE(two.http429, 8); // four tries each
        // Without a token limit, or with a window ten times larger, nothing is lost.
        m.groqTpm = 0;
        QCOMPARE(seedFreeTier(logWithPrompt(above), m, 3, 8).skillsLost, 0);
        m.groqTpm = 80'000;
        QCOMPARE(seedFreeTier(logWithPrompt(above), m, 3, 8).skillsLost, 0);
    }

    void boundsOfARun()
    {
        // extraction, two discoveries, two question calls: the bound starts each as soon as its data
        // is there, whatever the run did.
        QList<CallRecord> log;
        log << record(Api::Groq, CallKind::Skills, { QStringLiteral("A"), QStringLiteral("B") }, 100, 1500);
        log << record(Api::Gemini, CallKind::Discovery, { QStringLiteral("A") }, 1700, 8000);
        log << record(Api::Gemini, CallKind::Discovery, { QStringLiteral("B") }, 1700, 6000);
        log << record(Api::Groq, CallKind::Questions, { QStringLiteral("B") }, 9000, 1000); // 1.3 s late
        log << record(Api::Groq, CallKind::Questions, { QStringLiteral("A") }, 9700, 1000);
        log[3].firstQuestionBoundMs = 500;
        log[4].firstQuestionBoundMs = 500;
        CallRecord refused = record(Api::Gemini, CallKind::Discovery, { QStringLiteral("A") }, 1650, 0);
        refused.status = 429;
        log.insert(1, refused); // ignored: not a call the bound needs
        LatencyModel m;
        const RunBounds b = runBounds(log, m);
        QCOMPARE(b.calls.size(), 5);
        QCOMPARE(b.makespanMs, 1500.0 + 8000 + 1000);
        QCOMPARE(b.firstQuestionMs, 1500.0 + 6000 + 500);
        QVERIFY(rateLimitReport(log, m).contains(QLatin1String("429 from Gemini")));
    }
};

QTEST_GUILESS_MAIN(BenchModelTest)
#include "tst_bench_model.moc"
