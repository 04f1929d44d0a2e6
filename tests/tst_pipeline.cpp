// The orchestrator against in-process scripted providers: exact call counts, ordering,
// concurrency, degradation and control (cancel, regenerate). Fast and deterministic.

#include "CoreInit.h"
#include "ScriptedChatProvider.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/TokenBudget.h"
#include "resume/Ocr.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using ip::test::ScriptedAnswer;
using ip::test::ScriptedCall;
using ip::test::ScriptedChatProvider;

namespace {

const QString kResume = QStringLiteral("Jane Doe\nSenior engineer. C++, Qt, CMake, PostgreSQL, Kubernetes, Go.");

QStringList nineSkills()
{
    return { QStringLiteral("C++"),    QStringLiteral("Qt"),         QStringLiteral("CMake"),
             QStringLiteral("Go"),     QStringLiteral("PostgreSQL"), QStringLiteral("Kubernetes"),
             QStringLiteral("Docker"), QStringLiteral("Linux"),      QStringLiteral("Git") };
}

// The skills a discovery or question prompt lists: its first run of "- " lines.
QStringList askedSkills(const ChatRequest &r)
{
    QStringList out;
    for (const QString &line : r.messages.last().content.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- ")))
            out.append(line.mid(2));
        else if (!out.isEmpty())
            break;
    }
    return out;
}

QString tag(const ChatRequest &r)
{
    return r.tag;
}

QUrl sourceUrl(const QString &skill)
{
    return QUrl(QStringLiteral("https://docs.example/%1").arg(QString::fromLatin1(skill.toUtf8().toHex())));
}

// A grounded answer with one "## Skill" section (of `bodyChars`) and one source per skill.
ScriptedAnswer discoveryAnswer(const QStringList &skills, int bodyChars = 120)
{
    QString text = QStringLiteral("Notes from the web.\n\n");
    Grounding g;
    for (int i = 0; i < skills.size(); ++i) {
        const qsizetype start = text.size();
        QString body = QStringLiteral("%1 internals, trade-offs and pitfalls. ").arg(skills[i]);
        while (body.size() < bodyChars)
            body += QStringLiteral("More detail about %1. ").arg(skills[i]);
        text += QStringLiteral("## %1\n%2\n\n").arg(skills[i], body);
        g.sources.append({ skills[i] + QStringLiteral(" docs"), sourceUrl(skills[i]) });
        g.spans.append({ start + 3, text.size() - 2, { i } });
    }
    return ScriptedAnswer::ofText(text, g);
}

QJsonObject questionsJson(const QStringList &skills, int perSkill, const QString &variant = {})
{
    QJsonArray all;
    for (const auto &s : skills) {
        QJsonArray qs;
        for (int i = 1; i <= perSkill; ++i)
            qs.append(QStringLiteral("%1 question %2%3?").arg(s).arg(i).arg(variant));
        all.append(QJsonObject { { QStringLiteral("skill"), s }, { QStringLiteral("questions"), qs } });
    }
    return { { QStringLiteral("all_questions"), all } };
}

ScriptedAnswer skillsAnswer(const QStringList &skills)
{
    return ScriptedAnswer::ofJson({ { QStringLiteral("skills"), QJsonArray::fromStringList(skills) } });
}

// Two scripted providers, a pipeline and spies on everything it emits.
struct Harness
{
    Settings settings;
    ScriptedChatProvider groq { QStringLiteral("Groq") };
    ScriptedChatProvider gemini { QStringLiteral("Gemini") };
    QStringList skills = nineSkills();
    std::function<ScriptedAnswer(const ScriptedCall &)> onQuestions;
    std::function<ScriptedAnswer(const ScriptedCall &)> onDiscovery;
    std::unique_ptr<InterviewPipeline> pipeline;
    std::unique_ptr<QSignalSpy> finished, stages, updates, added, activity, waits, usage;
    QStringList log; // "skills", "discovery:<first skill>", "questions:<first skill>" in call order

    Harness()
    {
        groq.setScript([this](const ScriptedCall &c) {
            if (tag(c.request) == QLatin1String("skills"))
                return skillsAnswer(skills);
            return onQuestions
                ? onQuestions(c)
                : ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), settings.questionsPerSkill));
        });
        gemini.setScript([this](const ScriptedCall &c) {
            return onDiscovery ? onDiscovery(c) : discoveryAnswer(askedSkills(c.request));
        });
        for (auto *p : { &groq, &gemini })
            QObject::connect(p, &ScriptedChatProvider::callStarted, p, [this](int, const ChatRequest &r) {
                const QStringList asked = r.tag == QLatin1String("skills") ? QStringList() : askedSkills(r);
                log.append(r.tag + (asked.isEmpty() ? QString() : QStringLiteral(":") + asked.join(QLatin1Char('+'))));
            });
    }

    InterviewPipeline &make(bool withDiscovery = true)
    {
        pipeline = std::make_unique<InterviewPipeline>(&groq, withDiscovery ? &gemini : nullptr, settings);
        finished = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::finished);
        stages = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::stageChanged);
        updates = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::skillUpdated);
        added = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::questionAdded);
        activity = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::activity);
        waits = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::rateLimitWait);
        usage = std::make_unique<QSignalSpy>(pipeline.get(), &InterviewPipeline::usageUpdated);
        return *pipeline;
    }

    // Runs to the end; returns the summary.
    RunSummary run(bool withDiscovery = true)
    {
        make(withDiscovery).startWithText(kResume, QStringLiteral("jane.pdf"));
        return waitFinished();
    }

    RunSummary waitFinished()
    {
        if (finished->isEmpty() && !finished->wait(5000))
            return {};
        return finished->last().at(0).value<RunSummary>();
    }

    const RunState &state() const { return pipeline->state(); }

    QList<ChatRequest> requestsTagged(const ScriptedChatProvider &p, const QString &t) const
    {
        QList<ChatRequest> out;
        for (const auto &r : p.requests())
            if (r.tag == t)
                out.append(r);
        return out;
    }

    QStringList statesOf(int skill) const
    {
        QStringList out;
        for (const auto &args : *updates)
            if (args.at(0).toInt() == skill) {
                const QString st = toString(args.at(1).value<SkillResult>().state);
                if (out.isEmpty() || out.last() != st)
                    out.append(st);
            }
        return out;
    }

    QString stateOf(int skill) const
    {
        return skill < pipeline->state().skills.size() ? toString(pipeline->state().skills[skill].state)
                                                       : QStringLiteral("none");
    }

    qsizetype logIndex(const QString &prefix) const
    {
        for (qsizetype i = 0; i < log.size(); ++i)
            if (log[i].startsWith(prefix))
                return i;
        return -1;
    }

    QStringList stageNames() const
    {
        QStringList out;
        for (const auto &a : *stages)
            out.append(toString(a.at(0).value<Stage>()));
        return out;
    }

    bool activityContains(const QString &s) const
    {
        for (const auto &a : *activity)
            if (a.at(0).toString().contains(s))
                return true;
        return false;
    }
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreTypes(); }

    void happyPath()
    {
        Harness h;
        const RunSummary summary = h.run();
        QCOMPARE(summary.outcome, RunSummary::Outcome::Complete);
        QCOMPARE(summary.skillsDone, 9);
        QCOMPARE(h.finished->size(), 1);
        QVERIFY(!h.pipeline->isRunning());

        // Exact calls: 1 skills + 3 questions on Groq, 3 grounded discoveries on Gemini.
        QCOMPARE(h.groq.callCount(), 4);
        QCOMPARE(h.gemini.callCount(), 3);
        QCOMPARE(h.log.first(), QStringLiteral("skills"));
        // Each batch's questions come after its own discovery.
        for (const QString &first : { QStringLiteral("C++"), QStringLiteral("Go"), QStringLiteral("Docker") }) {
            const auto d = h.logIndex(QStringLiteral("discovery:") + first);
            const auto q = h.logIndex(QStringLiteral("questions:") + first);
            QVERIFY2(d > 0 && q > d, qPrintable(h.log.join(QLatin1Char(' '))));
        }
        const auto discovery = h.requestsTagged(h.gemini, QStringLiteral("discovery"));
        for (const auto &r : discovery) {
            QVERIFY(r.googleSearch);
            QCOMPARE(r.model, h.settings.discoveryModel);
            QCOMPARE(askedSkills(r).size(), 3);
        }
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 3);
        for (const auto &r : questions) {
            QCOMPARE(r.model, h.settings.questionModel);
            QVERIFY(r.messages.last().content.contains(QStringLiteral("internals, trade-offs and pitfalls")));
        }
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("skills")).first().model, h.settings.skillModel);

        // Results.
        const RunState &st = h.state();
        QCOMPARE(st.skills.size(), 9);
        for (int i = 0; i < 9; ++i) {
            const SkillResult &s = st.skills[i];
            QCOMPARE(s.name, nineSkills()[i]);
            QCOMPARE(toString(s.state), toString(SkillState::Done));
            QVERIFY(s.isGrounded());
            QCOMPARE(s.questions.size(), 8);
            QCOMPARE(s.questions.first().text, QStringLiteral("%1 question 1?").arg(s.name));
            QCOMPARE(s.sources.size(), 1);
            QCOMPARE(s.sources.first().url, sourceUrl(s.name));
            QVERIFY(s.contextText.startsWith(s.name + QStringLiteral(" internals")));
            QCOMPARE(
                h.statesOf(i),
                (QStringList { QStringLiteral("searching"), QStringLiteral("generating"), QStringLiteral("done") }));
        }
        QCOMPARE(h.added->size(), 72);
        QCOMPARE(h.added->first().at(0).toInt(), 0);
        QCOMPARE(h.added->first().at(1).toInt(), 0);
        QCOMPARE(h.added->first().at(2).value<Question>().text, QStringLiteral("C++ question 1?"));

        // Stages in order, run metadata filled.
        QCOMPARE(h.stageNames(),
                 (QStringList { toString(Stage::ExtractingSkills), toString(Stage::FindingSources),
                                toString(Stage::WritingQuestions), toString(Stage::Finished) }));
        QCOMPARE(st.sourceFile, QStringLiteral("jane.pdf"));
        QCOMPARE(st.resumeSha256,
                 QString::fromLatin1(QCryptographicHash::hash(kResume.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(st.generatedAt.isValid());
        QCOMPARE(st.models.value(QStringLiteral("skills")), h.settings.skillModel);
        QCOMPARE(st.models.value(QStringLiteral("discovery")), h.settings.discoveryModel);
        QCOMPARE(st.models.value(QStringLiteral("questions")), h.settings.questionModel);
        QCOMPARE(st.promptVersions.keys(),
                 (QStringList { QStringLiteral("discover_sources"), QStringLiteral("extract_skills"),
                                QStringLiteral("questions_grounded") }));
        QCOMPARE(st.usage.requests, 7);
        QCOMPARE(st.usage.promptTokens, h.groq.totalUsage().promptTokens + h.gemini.totalUsage().promptTokens);
        QCOMPARE(h.usage->last().at(0).value<TokenUsage>(), st.usage);
        QVERIFY(st.error.isEmpty());
        QVERIFY(st.isComplete());
        QVERIFY(h.activityContains(QStringLiteral("Batch 2/3: searching the web")));
        QVERIFY(h.activityContains(QStringLiteral("Batch 3/3: writing questions")));
    }

    // Streamed answers: questions are published from the stream, the whole answer adds what the
    // stream did not show, nothing is published twice, and the lists stay within questionsPerSkill.
    void streamedQuestionsArePublishedOnceAndMerged()
    {
        Harness h;
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            auto a = ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
            // The stream shows two questions of the first skill (one the whole answer does not
            // have), then breaks into pieces mid-string; the rest only comes with the whole answer.
            QJsonObject shown = questionsJson(asked.mid(0, 1), 1);
            QJsonArray all = shown[QStringLiteral("all_questions")].toArray();
            QJsonObject first = all[0].toObject();
            QJsonArray qs = first[QStringLiteral("questions")].toArray();
            qs.append(QStringLiteral("Streamed only about %1?").arg(asked.first()));
            first[QStringLiteral("questions")] = qs;
            all[0] = first;
            const QString text = QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("all_questions"), all } }).toJson(QJsonDocument::Compact));
            for (qsizetype at = 0; at < text.size(); at += 7)
                a.deltas << text.mid(at, 7);
            return a;
        };
        const RunSummary summary = h.run();
        QCOMPARE(summary.outcome, RunSummary::Outcome::Complete);
        for (const auto &r : h.requestsTagged(h.groq, QStringLiteral("questions")))
            QVERIFY(r.stream);
        QCOMPARE(h.added->size(), 72);
        QSet<QString> seen;
        for (const auto &args : *h.added) {
            const QString key = args.at(0).toString() + QLatin1Char('|') + args.at(2).value<Question>().text;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        for (int i = 0; i < 9; ++i) {
            const SkillResult &s = h.state().skills[i];
            QCOMPARE(toString(s.state), toString(SkillState::Done));
            QCOMPARE(s.questions.size(), 8);
            if (i % 3 == 0) { // the first skill of each batch: the two streamed first
                QCOMPARE(s.questions.at(0).text, QStringLiteral("%1 question 1?").arg(s.name));
                QCOMPARE(s.questions.at(1).text, QStringLiteral("Streamed only about %1?").arg(s.name));
                QCOMPARE(s.questions.at(2).text, QStringLiteral("%1 question 2?").arg(s.name));
                QVERIFY(!s.questions.contains(QStringLiteral("%1 question 8?").arg(s.name)));
            } else {
                QCOMPARE(s.questions.first().text, QStringLiteral("%1 question 1?").arg(s.name));
                QCOMPARE(s.questions.last().text, QStringLiteral("%1 question 8?").arg(s.name));
            }
        }
        // questionAdded indices follow each skill's list.
        for (const auto &args : *h.added) {
            const SkillResult &s = h.state().skills[args.at(0).toInt()];
            QCOMPARE(s.questions.at(args.at(1).toInt()), args.at(2).value<Question>());
        }
    }

    void skillsAreNormalisedAndDeduplicated()
    {
        Harness h;
        h.skills = { QStringLiteral("JS"),         QStringLiteral("JavaScript"), QStringLiteral("K8s"),
                     QStringLiteral("Kubernetes"), QStringLiteral("Postgres"),   QStringLiteral("PostgreSQL"),
                     QStringLiteral("C++"),        QStringLiteral("cpp"),        QStringLiteral("1. **Go**") };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QStringList names;
        for (const auto &s : h.state().skills)
            names.append(s.name);
        QCOMPARE(names,
                 (QStringList { QStringLiteral("JS"), QStringLiteral("K8s"), QStringLiteral("Postgres"),
                                QStringLiteral("C++"), QStringLiteral("Go") }));
        // Fewer than N is fine: 5 skills → 2 batches.
        QCOMPARE(h.gemini.callCount(), 2);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 2);
    }

    void moreSkillsThanAskedAreTrimmed()
    {
        Harness h;
        h.settings.skillCount = 4;
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.state().skills.size(), 4);
        QCOMPARE(h.state().skills.last().name, QStringLiteral("Go"));
    }

    void zeroSkillsIsAClearError()
    {
        Harness h;
        h.skills = { QStringLiteral("  "), QStringLiteral("") };
        const RunSummary s = h.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QVERIFY2(s.message.contains(QStringLiteral("No technical skills")), qPrintable(s.message));
        QCOMPARE(h.state().error, s.message);
        QCOMPARE(h.groq.callCount(), 1);
        QCOMPARE(h.gemini.callCount(), 0);
    }

    void skillExtractionUnauthorizedFailsTheRun()
    {
        Harness h;
        h.groq.setScript([](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::Unauthorized,
                                           QStringLiteral("Groq rejected the API key"));
        });
        const RunSummary s = h.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QVERIFY(s.message.contains(QStringLiteral("Groq rejected the API key")));
        QCOMPARE(h.gemini.callCount(), 0);
    }

    // On a token-limited questions model, a request that would wait long for the window (a sixth of
    // it or more) asks only the skills that fit now, and the next request the rest: here only
    // one-skill requests fit, so every skill gets its own request, in the same order. A short wait
    // or a provider that cannot tell changes nothing.
    void questionsRequestsFitTheTokenWindowNow()
    {
        const auto run = [](std::optional<qint64> multiSkillWaitMs) {
            Harness h;
            h.settings.batchSize = 3;
            h.groq.setTokensPerMinuteLimit(8'000);
            if (multiSkillWaitMs) {
                h.groq.setTokenWindow([wait = *multiSkillWaitMs](const ChatRequest &r) {
                    return std::optional<ChatProvider::TokenWindowWait>(
                        { askedSkills(r).size() > 1 ? wait : 0, 60'000 });
                });
            }
            h.make().startWithText(kResume, QStringLiteral("resume.txt"));
            QList<QStringList> asked;
            if (h.waitFinished().outcome != RunSummary::Outcome::Complete)
                return asked;
            for (const SkillResult &s : h.pipeline->state().skills)
                if (s.questions.size() != h.settings.questionsPerSkill)
                    return asked;
            for (const ChatRequest &r : h.requestsTagged(h.groq, QStringLiteral("questions")))
                asked.append(askedSkills(r));
            return asked;
        };
        const auto flat = [](const QList<QStringList> &calls) {
            QStringList out;
            for (const QStringList &c : calls)
                out += c;
            out.sort(); // batches run side by side: their requests interleave
            return out;
        };
        const QList<QStringList> whole = run(std::nullopt);
        QCOMPARE(flat(whole).size(), 9);
        QVERIFY(std::any_of(whole.begin(), whole.end(), [](const QStringList &c) { return c.size() > 1; }));
        QCOMPARE(run(qint64(9'000)), whole); // under 10 s of a minute: not worth another request

        const QList<QStringList> fitted = run(qint64(30'000));
        QCOMPARE(fitted.size(), 9);
        for (const QStringList &c : fitted)
            QCOMPARE(c.size(), 1);
        QCOMPARE(flat(fitted), flat(whole));
    }

    void longResumeIsShortenedToFitTheLimit()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.groq.setTokensPerMinuteLimit(8'000);
        QString resume = kResume;
        while (resume.size() < 60'000)
            resume += QStringLiteral("\nMore experience with distributed systems and databases.");
        h.make().startWithText(resume, QStringLiteral("long.txt"));
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        const ChatRequest skills = h.requestsTagged(h.groq, QStringLiteral("skills")).first();
        QVERIFY(h.groq.estimateTokens(skills.messages) + skills.maxOutputTokens <= 8'000);
        QVERIFY(skills.messages.last().content.contains(QStringLiteral("Senior engineer")));
        QVERIFY(skills.messages.last().content.contains(QStringLiteral("[…]")));
        QVERIFY(h.activityContains(QStringLiteral("shortened")));
        for (const auto &r : h.groq.requests())
            QVERIFY(h.groq.estimateTokens(r.messages) + r.maxOutputTokens <= 8'000);
    }

    void startEmitsNothingBeforeReturningAndReplacesARun()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.groq.setScript([](const ScriptedCall &c) {
            if (c.request.tag == QLatin1String("skills"))
                return skillsAnswer(nineSkills()).defer(); // the first run stays in skill extraction
            return ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), 8));
        });
        h.make().startWithText(kResume, QStringLiteral("first.txt"));
        QCOMPARE(h.stages->size(), 0);
        QCOMPARE(h.activity->size(), 0);
        QTRY_COMPARE(h.groq.pendingCalls().size(), 1);

        h.groq.setScript([&h](const ScriptedCall &c) {
            if (c.request.tag == QLatin1String("skills"))
                return skillsAnswer(nineSkills());
            return ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), h.settings.questionsPerSkill));
        });
        h.pipeline->start(QStringLiteral("/nonexistent/second.pdf"));
        // The first run ended (cancelled, its call aborted) before start() returned; nothing else yet.
        QCOMPARE(h.finished->size(), 1);
        QCOMPARE(h.finished->first().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Cancelled);
        QCOMPARE(h.groq.cancelledCount(), 1);
        QCOMPARE(h.state().sourceFile, QStringLiteral("second.pdf"));
        QVERIFY(h.state().skills.isEmpty());
        const auto stagesBefore = h.stages->size();
        QVERIFY(h.finished->wait(5000));
        QCOMPARE(h.finished->last().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Failed);
        QVERIFY(h.stages->size() > stagesBefore);
    }

    void unauthorizedOnGenerationStopsTheRun()
    {
        Harness h;
        h.settings.groundingEnabled = false;
        h.settings.maxConcurrentBatches = 1;
        h.onQuestions = [](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::Unauthorized,
                                           QStringLiteral("Groq rejected the API key"));
        };
        const RunSummary s = h.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 1);
        QVERIFY2(s.message.contains(QStringLiteral("rejected the API key")), qPrintable(s.message));
        for (const auto &skill : h.state().skills)
            QVERIFY(skill.error.contains(QStringLiteral("rejected the API key")));
    }

    void emptyResumeFailsWithoutCalls()
    {
        Harness h;
        h.make().startWithText(QStringLiteral("  \n "), QStringLiteral("empty.txt"));
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Failed);
        QCOMPARE(h.groq.callCount(), 0);
    }

    void batchingFollowsSettings()
    {
        Harness h;
        h.settings.skillCount = 7;
        h.settings.batchSize = 3;
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto discovery = h.requestsTagged(h.gemini, QStringLiteral("discovery"));
        QCOMPARE(discovery.size(), 3);
        QCOMPARE(askedSkills(discovery[0]), nineSkills().mid(0, 3));
        QCOMPARE(askedSkills(discovery[1]), nineSkills().mid(3, 3));
        QCOMPARE(askedSkills(discovery[2]), nineSkills().mid(6, 1));
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 3);
    }

    void batchGeneratesAsSoonAsItsSourcesArrive()
    {
        Harness h;
        h.onDiscovery = [](const ScriptedCall &c) {
            return discoveryAnswer(askedSkills(c.request)).defer();
        };
        h.make().startWithText(kResume, QStringLiteral("jane.pdf"));
        QTRY_COMPARE(h.gemini.pendingCalls().size(), 3);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 0);

        h.gemini.release(1); // batch 2's sources arrive first
        QTRY_COMPARE(h.stateOf(3), toString(SkillState::Done));
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 1);
        QCOMPARE(askedSkills(h.requestsTagged(h.groq, QStringLiteral("questions")).first()), nineSkills().mid(3, 3));
        QCOMPARE(h.gemini.pendingCalls(), (QList<int> { 0, 2 })); // batches 1 and 3 still searching
        QCOMPARE(toString(h.state().skills[0].state), toString(SkillState::Searching));
        QCOMPARE(h.added->first().at(0).toInt(), 3); // questions published before the rest are found

        h.gemini.releaseAll();
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 3);
    }

    void concurrencyStaysWithinLimits_data()
    {
        QTest::addColumn<int>("discovery");
        QTest::addColumn<int>("generation");
        QTest::newRow("2/1") << 2 << 1;
        QTest::newRow("3/3") << 3 << 3;
        QTest::newRow("1/2") << 1 << 2;
    }
    void concurrencyStaysWithinLimits()
    {
        QFETCH(int, discovery);
        QFETCH(int, generation);
        Harness h;
        h.settings.batchSize = 1;
        h.settings.discoveryConcurrency = discovery;
        h.settings.maxConcurrentBatches = generation;
        // Generation answers wait until several batches could overlap.
        h.onQuestions = [&h](const ScriptedCall &c) {
            return ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), h.settings.questionsPerSkill)).defer();
        };
        h.make().startWithText(kResume, QStringLiteral("jane.pdf"));
        while (h.finished->isEmpty()) {
            QTRY_VERIFY(!h.groq.pendingCalls().isEmpty() || !h.finished->isEmpty());
            QVERIFY(h.groq.inFlight() <= generation);
            h.groq.release(h.groq.pendingCalls().value(0, -1));
        }
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 9);
        QCOMPARE(h.gemini.maxInFlight(), discovery);
        QCOMPARE(h.groq.maxInFlight(), generation);
    }

    void discoveryDownMakesSkillsContextFree()
    {
        Harness h;
        h.onDiscovery = [](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::Overloaded, QStringLiteral("Gemini is overloaded"));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 3); // no retry for failures: the provider layer retried already
        for (const auto &s : h.state().skills) {
            QVERIFY(!s.isGrounded());
            QVERIFY2(s.contextReason.contains(QStringLiteral("Gemini is overloaded")), qPrintable(s.contextReason));
            QCOMPARE(s.questions.size(), 8);
        }
        for (const auto &r : h.requestsTagged(h.groq, QStringLiteral("questions")))
            QVERIFY(r.messages.last().content.contains(QStringLiteral("conceptual, verbal")));
        QVERIFY(h.state().promptVersions.contains(QStringLiteral("questions_context_free")));
    }

    void discoveryQuotaStopsFurtherDiscovery()
    {
        Harness h;
        h.settings.discoveryConcurrency = 1;
        h.onDiscovery = [](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::QuotaExhausted,
                                           QStringLiteral("Gemini daily quota used up"));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 1);
        for (const auto &s : h.state().skills) {
            QVERIFY(!s.isGrounded());
            QVERIFY(s.contextReason.contains(QStringLiteral("daily quota")));
            QCOMPARE(toString(s.state), toString(SkillState::Done));
        }
    }

    void missingSectionGetsOneSimplerRetry()
    {
        Harness h;
        h.settings.skillCount = 3;
        // First answer lacks "Qt"; the retry asks only for Qt and again has nothing for it.
        h.onDiscovery = [](const ScriptedCall &c) {
            QStringList asked = askedSkills(c.request);
            if (c.index == 0)
                return discoveryAnswer({ asked[0], asked[2] });
            return ScriptedAnswer::ofText(QStringLiteral("Sorry."));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto discovery = h.requestsTagged(h.gemini, QStringLiteral("discovery"));
        QCOMPARE(discovery.size(), 2);
        QCOMPARE(askedSkills(discovery[1]), QStringList { QStringLiteral("Qt") });
        QVERIFY(discovery[1].messages.last().content.contains(QStringLiteral("short technical summary")));
        QVERIFY(discovery[1].googleSearch);
        const auto &skills = h.state().skills;
        QVERIFY(skills[0].isGrounded());
        QVERIFY(!skills[1].isGrounded());
        QVERIFY2(skills[1].contextReason.contains(QStringLiteral("no section")), qPrintable(skills[1].contextReason));
        QVERIFY(skills[2].isGrounded());
        // Grounded skills and the context-free one are asked with their own prompts.
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 2);
        QCOMPARE(askedSkills(questions[0]), (QStringList { QStringLiteral("C++"), QStringLiteral("CMake") }));
        QCOMPARE(askedSkills(questions[1]), QStringList { QStringLiteral("Qt") });
        QVERIFY(h.state().promptVersions.contains(QStringLiteral("discover_sources_simple")));
    }

    void retryCanRecoverTheMissingSection()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.onDiscovery = [](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            return c.index == 0 ? discoveryAnswer({ asked[0] }) : discoveryAnswer(asked);
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 2);
        QCOMPARE(askedSkills(h.gemini.requests()[1]), (QStringList { QStringLiteral("Qt"), QStringLiteral("CMake") }));
        for (const auto &s : h.state().skills)
            QVERIFY(s.isGrounded());
    }

    void groundingOffMakesNoDiscoveryCall()
    {
        Harness h;
        h.settings.groundingEnabled = false;
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 0);
        QCOMPARE(h.groq.callCount(), 4);
        QVERIFY(!h.state().models.contains(QStringLiteral("discovery")));
        for (const auto &s : h.state().skills) {
            QVERIFY(!s.isGrounded());
            QVERIFY(s.contextReason.contains(QStringLiteral("switched off")));
            QCOMPARE(h.statesOf(0), (QStringList { QStringLiteral("generating"), QStringLiteral("done") }));
        }
        QVERIFY(!h.stageNames().contains(toString(Stage::FindingSources)));
    }

    void noDiscoveryProviderMakesSkillsContextFree()
    {
        Harness h;
        QCOMPARE(h.run(false).outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.gemini.callCount(), 0);
        QVERIFY(h.state().skills[0].contextReason.contains(QStringLiteral("No web search provider")));
    }

    void oneBatchsGenerationFailing()
    {
        Harness h;
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            if (asked.contains(QStringLiteral("Go")))
                return ScriptedAnswer::failure(ProviderErrorKind::Overloaded, QStringLiteral("Groq is overloaded"));
            return ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
        };
        const RunSummary s = h.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Partial);
        QCOMPARE(s.skillsDone, 6);
        QCOMPARE(s.skillsFailed, 3);
        for (int i = 0; i < 9; ++i) {
            const SkillResult &r = h.state().skills[i];
            if (i >= 3 && i < 6) {
                QCOMPARE(toString(r.state), toString(SkillState::Failed));
                QCOMPARE(r.error, QStringLiteral("Groq is overloaded"));
                QVERIFY(s.message.contains(r.name));
            } else {
                QCOMPARE(toString(r.state), toString(SkillState::Done));
            }
        }
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 3);
    }

    void quotaExhaustionMidwayStopsNewCalls()
    {
        Harness h;
        h.settings.maxConcurrentBatches = 1;
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            if (asked.contains(QStringLiteral("Go")))
                return ScriptedAnswer::failure(ProviderErrorKind::QuotaExhausted,
                                               QStringLiteral("Groq's daily token quota is used up"));
            return ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
        };
        const RunSummary s = h.run();
        QCOMPARE(s.outcome, RunSummary::Outcome::Partial);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 2); // batch 3 never asked
        for (int i = 0; i < 3; ++i)
            QCOMPARE(toString(h.state().skills[i].state), toString(SkillState::Done));
        for (int i = 3; i < 9; ++i) {
            const SkillResult &r = h.state().skills[i];
            QCOMPARE(toString(r.state), toString(SkillState::Failed));
            QVERIFY2(r.error.contains(QStringLiteral("daily token quota")), qPrintable(r.error));
            QVERIFY2(s.message.contains(r.name), qPrintable(s.message));
        }
        QVERIFY(s.message.contains(QStringLiteral("daily token quota")));
        QVERIFY(h.state().error.contains(QStringLiteral("Groq")));
    }

    void quotaStopsParallelBatchesToo()
    {
        Harness h;
        h.settings.batchSize = 1;
        h.settings.skillCount = 4;
        h.settings.maxConcurrentBatches = 2;
        h.settings.groundingEnabled = false;
        // Skill 0 answers late; skill 1 hits the quota while 0 is in flight: 0 still counts, 2 and 3 are never sent.
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            if (asked.contains(QStringLiteral("Qt")))
                return ScriptedAnswer::failure(ProviderErrorKind::QuotaExhausted, QStringLiteral("quota"));
            auto a = ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
            return asked.contains(QStringLiteral("C++")) ? a.defer() : a;
        };
        h.make().startWithText(kResume, QStringLiteral("jane.pdf"));
        QTRY_COMPARE(h.stateOf(1), toString(SkillState::Failed));
        h.groq.releaseAll();
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Partial);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 2);
        QCOMPARE(toString(h.state().skills[0].state), toString(SkillState::Done));
        QCOMPARE(toString(h.state().skills[2].state), toString(SkillState::Failed));
        QCOMPARE(toString(h.state().skills[3].state), toString(SkillState::Failed));
    }

    void addedSkillsIgnoredMissingReaskedOnce()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.settings.groundingEnabled = false;
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            if (asked.size() == 3) // drops Qt, adds Leadership
                return ScriptedAnswer::ofJson(
                    questionsJson({ asked[0], QStringLiteral("Leadership"), asked[2] }, h.settings.questionsPerSkill));
            return ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 2);
        QCOMPARE(askedSkills(questions[1]), QStringList { QStringLiteral("Qt") });
        QCOMPARE(h.state().skills.size(), 3);
        for (const auto &s : h.state().skills)
            QVERIFY(!questionTexts(s.questions).join(QLatin1Char(' ')).contains(QStringLiteral("Leadership")));
    }

    void missingTwiceFailsThatSkillOnly()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.settings.groundingEnabled = false;
        h.onQuestions = [&h](const ScriptedCall &c) {
            QStringList asked = askedSkills(c.request);
            asked.removeAll(QStringLiteral("Qt"));
            return ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Partial);
        QCOMPARE(h.requestsTagged(h.groq, QStringLiteral("questions")).size(), 2); // exactly one re-ask
        QCOMPARE(toString(h.state().skills[1].state), toString(SkillState::Failed));
        QVERIFY(h.state().skills[1].error.contains(QStringLiteral("no questions")));
        QCOMPARE(toString(h.state().skills[0].state), toString(SkillState::Done));
    }

    void oversizedContextForcesSplit_data()
    {
        QTest::addColumn<bool>("viaProviderTpm");
        QTest::newRow("safe limit") << false;
        QTest::newRow("provider TPM") << true;
    }
    void oversizedContextForcesSplit()
    {
        QFETCH(bool, viaProviderTpm);
        Harness h;
        h.settings.skillCount = 3;
        h.onDiscovery = [](const ScriptedCall &c) {
            return discoveryAnswer(askedSkills(c.request), 3000);
        };
        // Alone a skill fits (its notes, at most budget::kNotesCharsPerSkill ≈ 250 tokens, + its
        // output budget), two do not.
        const qint64 limit
            = budget::questionsOutput(1, h.settings.questionsPerSkill, h.settings.questionReasoningEffort) + 1200;
        if (viaProviderTpm)
            h.groq.setTokensPerMinuteLimit(limit);
        else
            h.settings.safeTokenLimit = int(limit);
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 3);
        for (const auto &r : questions) {
            QCOMPARE(askedSkills(r).size(), 1);
            QVERIFY(h.groq.estimateTokens(r.messages) + r.maxOutputTokens <= limit); // never too large
        }
        for (const auto &s : h.state().skills) {
            QCOMPARE(toString(s.state), toString(SkillState::Done));
            QVERIFY(s.isGrounded());
        }
    }

    void hugeContextIsTrimmedForOneSkill()
    {
        Harness h;
        h.settings.skillCount = 1;
        h.onDiscovery = [](const ScriptedCall &c) {
            return discoveryAnswer(askedSkills(c.request), 20000);
        };
        const qint64 limit
            = budget::questionsOutput(1, h.settings.questionsPerSkill, h.settings.questionReasoningEffort) + 1500;
        h.settings.safeTokenLimit = int(limit);
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 1);
        QVERIFY(h.groq.estimateTokens(questions[0].messages) + questions[0].maxOutputTokens <= limit);
        QVERIFY(questions[0].messages.last().content.contains(QStringLiteral("[…]")));
        QVERIFY(h.state().skills[0].isGrounded());
    }

    void contextTooLongAnswerForcesSplit()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.onQuestions = [&h](const ScriptedCall &c) {
            const QStringList asked = askedSkills(c.request);
            if (asked.size() > 1 && c.index < 3)
                return ScriptedAnswer::failure(ProviderErrorKind::ContextTooLong);
            return ScriptedAnswer::ofJson(questionsJson(asked, h.settings.questionsPerSkill));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QStringList sizes;
        for (const auto &r : h.requestsTagged(h.groq, QStringLiteral("questions")))
            sizes.append(QString::number(askedSkills(r).size()));
        // 3 → rejected → [2] rejected → [1] [1], then [1].
        QCOMPARE(sizes,
                 (QStringList { QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"),
                                QStringLiteral("1") }));
    }

    void requestTooLargeForOneSkillShortensItsNotes()
    {
        Harness h;
        h.settings.skillCount = 1;
        h.onDiscovery = [](const ScriptedCall &c) {
            return discoveryAnswer(askedSkills(c.request), 2000);
        };
        h.onQuestions = [&h](const ScriptedCall &c) {
            if (c.index == 1)
                return ScriptedAnswer::failure(ProviderErrorKind::RequestTooLarge);
            return ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), h.settings.questionsPerSkill));
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const auto questions = h.requestsTagged(h.groq, QStringLiteral("questions"));
        QCOMPARE(questions.size(), 2);
        // The prompt carried budget::kNotesCharsPerSkill characters of the notes, then half of that.
        QVERIFY(questions[1].messages.last().content.size()
                < questions[0].messages.last().content.size() - budget::kNotesCharsPerSkill / 2 + 100);
        QVERIFY(h.state().skills[0].isGrounded());
    }

    void cancelMidRunKeepsResults()
    {
        Harness h;
        h.onQuestions = [&h](const ScriptedCall &c) {
            auto a = ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), h.settings.questionsPerSkill));
            return c.index == 1 ? a : a.defer(); // only batch 1 answers
        };
        h.make().startWithText(kResume, QStringLiteral("jane.pdf"));
        QTRY_COMPARE(h.stateOf(0), toString(SkillState::Done));
        QTRY_COMPARE(h.groq.pendingCalls().size(), 2);
        const int callsBefore = h.groq.callCount() + h.gemini.callCount();

        h.pipeline->cancel();
        QCOMPARE(h.finished->size(), 1); // at once
        QCOMPARE(h.finished->first().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Cancelled);
        QVERIFY(!h.pipeline->isRunning());
        QCOMPARE(h.groq.inFlight(), 0);
        QCOMPARE(h.groq.cancelledCount(), 2);
        for (int i = 0; i < 9; ++i) {
            const SkillResult &s = h.state().skills[i];
            if (i < 3) {
                QCOMPARE(toString(s.state), toString(SkillState::Done));
                QCOMPARE(s.questions.size(), 8);
            } else {
                QCOMPARE(toString(s.state), toString(SkillState::Failed));
                QCOMPARE(s.error, QStringLiteral("Cancelled"));
            }
        }
        h.groq.releaseAll();
        QTest::qWait(20); // nothing may happen any more
        QCOMPARE(h.groq.callCount() + h.gemini.callCount(), callsBefore);
        QCOMPARE(h.finished->size(), 1);
    }

    void cancelWhileExtractingSkills()
    {
        Harness h;
        h.groq.setScript([](const ScriptedCall &) { return skillsAnswer(nineSkills()).defer(); });
        h.make().startWithText(kResume, QStringLiteral("jane.pdf"));
        QTRY_COMPARE(h.groq.pendingCalls().size(), 1);
        h.pipeline->cancel();
        QCOMPARE(h.finished->size(), 1);
        QCOMPARE(h.groq.cancelledCount(), 1);
        QCOMPARE(h.state().skills.size(), 0);
    }

    void regenerateReasksOnlyThatSkill()
    {
        Harness h;
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const int groqBefore = h.groq.callCount();
        const int geminiBefore = h.gemini.callCount();
        h.onQuestions = [&h](const ScriptedCall &c) {
            return ScriptedAnswer::ofJson(
                questionsJson(askedSkills(c.request), h.settings.questionsPerSkill, QStringLiteral(" (again)")));
        };
        QSignalSpy updates(h.pipeline.get(), &InterviewPipeline::skillUpdated);
        h.pipeline->regenerateSkill(4);
        QVERIFY(h.pipeline->isRunning());
        QVERIFY(h.finished->wait(5000));
        QCOMPARE(h.finished->size(), 2);
        QCOMPARE(h.finished->last().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.groq.callCount(), groqBefore + 1);
        QCOMPARE(h.gemini.callCount(), geminiBefore + 1);
        QCOMPARE(askedSkills(h.groq.requests().last()), QStringList { QStringLiteral("PostgreSQL") });
        QCOMPARE(askedSkills(h.gemini.requests().last()), QStringList { QStringLiteral("PostgreSQL") });
        QCOMPARE(h.state().skills[4].questions.first().text, QStringLiteral("PostgreSQL question 1 (again)?"));
        QCOMPARE(h.state().skills[3].questions.first().text, QStringLiteral("Go question 1?"));
        for (const auto &u : updates)
            QCOMPARE(u.at(0).toInt(), 4);
        QVERIFY(h.state().skills[4].isGrounded());
    }

    void regenerateAfterFailureWithoutGrounding()
    {
        Harness h;
        h.settings.groundingEnabled = false;
        h.settings.skillCount = 3;
        h.onQuestions = [](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::Timeout);
        };
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Failed);
        h.onQuestions = {};
        h.pipeline->regenerateSkill(1);
        QVERIFY(h.finished->wait(5000));
        QCOMPARE(h.finished->last().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Partial);
        QCOMPARE(toString(h.state().skills[1].state), toString(SkillState::Done));
        QCOMPARE(h.gemini.callCount(), 0);
        h.pipeline->regenerateSkill(99); // out of range: ignored
        QVERIFY(!h.pipeline->isRunning());
    }

    void failedOrCancelledRegenerationKeepsTheEarlierQuestions()
    {
        Harness h;
        h.settings.skillCount = 3;
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        const QStringList before = questionTexts(h.state().skills[1].questions);

        h.onQuestions = [](const ScriptedCall &) {
            return ScriptedAnswer::failure(ProviderErrorKind::Overloaded);
        };
        h.pipeline->regenerateSkill(1);
        QVERIFY(h.finished->wait(5000));
        QCOMPARE(h.finished->last().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(questionTexts(h.state().skills[1].questions), before);
        QCOMPARE(toString(h.state().skills[1].state), toString(SkillState::Done));
        QVERIFY(h.activityContains(QStringLiteral("earlier questions are kept")));

        h.onQuestions = [&h](const ScriptedCall &c) {
            return ScriptedAnswer::ofJson(questionsJson(askedSkills(c.request), h.settings.questionsPerSkill)).defer();
        };
        h.pipeline->regenerateSkill(1);
        QTRY_COMPARE(h.groq.pendingCalls().size(), 1);
        QCOMPARE(h.state().skills[1].questions.size(), 0);
        h.pipeline->cancel();
        QCOMPARE(questionTexts(h.state().skills[1].questions), before);
        QCOMPARE(h.finished->last().at(0).value<RunSummary>().outcome, RunSummary::Outcome::Cancelled);
    }

    void rateLimitWaitsAreForwardedAndWithdrawn()
    {
        Harness h;
        h.settings.skillCount = 3;
        h.onDiscovery = [](const ScriptedCall &c) {
            auto a = discoveryAnswer(askedSkills(c.request));
            a.waits = { 12'000 };
            return a;
        };
        QSignalSpy waitLists(&h.make(), &InterviewPipeline::waitsChanged);
        h.pipeline->startWithText(kResume, QStringLiteral("jane.pdf"));
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(h.waits->size(), 1);
        QCOMPARE(h.waits->first().at(0).toString(), QStringLiteral("Gemini"));
        QCOMPARE(h.waits->first().at(1).toLongLong(), 12'000);
        // The wait is shown while it lasts, then withdrawn: no line for it stays in the activity.
        QCOMPARE(waitLists.size(), 2);
        const auto shown = waitLists.first().at(0).value<QList<RunWait>>();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().provider, QStringLiteral("Gemini"));
        QCOMPARE(shown.first().ms, 12'000);
        QVERIFY(shown.first().rateLimit);
        QVERIFY(waitLists.last().at(0).value<QList<RunWait>>().isEmpty());
        QVERIFY(!h.activityContains(QStringLiteral("Waiting")));
    }

    // Issue 14: the whole run's estimate comes before the first call; the estimate of the work left
    // follows the skills and is empty at the end.
    void estimateBeforeTheFirstCallThenTimeLeft()
    {
        Harness h;
        h.settings.skillCount = 3;
        InterviewPipeline &p = h.make();
        QSignalSpy whole(&p, &InterviewPipeline::estimated);
        QSignalSpy left(&p, &InterviewPipeline::estimateChanged);
        int estimatesAtFirstCall = -1;
        QObject::connect(&h.groq, &ScriptedChatProvider::callStarted, &h.groq, [&](int, const ChatRequest &) {
            if (estimatesAtFirstCall < 0)
                estimatesAtFirstCall = int(whole.size());
        });
        p.startWithText(kResume, QStringLiteral("jane.pdf"));
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(estimatesAtFirstCall, 1);
        QCOMPARE(whole.size(), 1);
        const auto estimate = whole.first().at(0).value<RunEstimate>();
        QCOMPARE(estimate.requests(), 1 + 1 + 2); // skills, one discovery batch, the first skill alone, then the rest
        QVERIFY(h.activityContains(QStringLiteral("Estimate: ")));
        QVERIFY(left.size() >= 2);
        const auto first = left.first().at(0).value<RunEstimate>();
        QCOMPARE(first.requests(), estimate.requests());
        int previous = first.requests();
        for (const auto &args : std::as_const(left)) {
            const int requests = args.at(0).value<RunEstimate>().requests();
            QVERIFY(requests <= previous);
            previous = requests;
        }
        QVERIFY(left.last().at(0).value<RunEstimate>().isEmpty());
    }

    void questionLanguageReachesThePrompt()
    {
        Harness h;
        h.settings.skillCount = 1;
        h.settings.questionLanguage = QStringLiteral("Spanish");
        QCOMPARE(h.run().outcome, RunSummary::Outcome::Complete);
        QVERIFY(h.requestsTagged(h.groq, QStringLiteral("questions"))
                    .first()
                    .messages.last()
                    .content.contains(QStringLiteral("in Spanish")));
    }

    void startReadsAResumeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resume.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kResume.toUtf8());
        f.close();
        Harness h;
        h.settings.skillCount = 3;
        h.make();
        QSignalSpy loaded(h.pipeline.get(), &InterviewPipeline::resumeLoaded);
        h.pipeline->start(path);
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("resume.txt"));
        QCOMPARE(h.state().sourceFile, QStringLiteral("resume.txt"));
        QCOMPARE(toString(h.stages->first().at(0).value<Stage>()), toString(Stage::ReadingResume));
        QVERIFY(h.groq.requests().first().messages.last().content.contains(QStringLiteral("Senior engineer")));
    }

    // A scanned resume (issue 20): the run says which page is read with OCR and how confident it
    // was, and warns when the recognition is poor (a page at 60 dpi) instead of going on silently.
    void startReadsAScannedResume_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("warned");
        QTest::newRow("300 dpi") << 300 << false;
        QTest::newRow("60 dpi") << 60 << true;
    }

    void startReadsAScannedResume()
    {
        QFETCH(int, dpi);
        QFETCH(bool, warned);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.png"));
        {
            QPdfDocument pdf;
            QCOMPARE(pdf.load(QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_classic.pdf")),
                     QPdfDocument::Error::None);
            const QSize pixels = (pdf.pagePointSize(0) * dpi / 72.0).toSize();
            QVERIFY(toGreyOnWhite(pdf.render(0, pixels)).save(path, "PNG"));
        }
        Harness h;
        h.settings.skillCount = 3;
        h.make();
        h.pipeline->start(path);
        QCOMPARE(h.waitFinished().outcome, RunSummary::Outcome::Complete);
        QVERIFY(h.activityContains(QStringLiteral("Reading page 1 of 1 (OCR)")));
        QVERIFY(h.activityContains(QStringLiteral("Text recognition (OCR) read 1 page")));
        QCOMPARE(h.activityContains(QStringLiteral("not confident")), warned);
        if (!warned)
            QVERIFY(h.groq.requests().first().messages.last().content.contains(QStringLiteral("NVIDIA")));
    }

    void startWithAMissingFileFails()
    {
        Harness h;
        h.make().start(QStringLiteral("/nonexistent/dir/cv.pdf"));
        const RunSummary s = h.waitFinished();
        QCOMPARE(s.outcome, RunSummary::Outcome::Failed);
        QVERIFY2(s.message.contains(QStringLiteral("cv.pdf")), qPrintable(s.message));
        QCOMPARE(h.groq.callCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
