// The pipeline's small owners of state, with plain data: ProviderStop (the first stop wins, reset
// tries again), DiscoveryResult on a SkillResult, and SkillStates (each transition applied once and
// reported through the pipeline's signals).
#include "pipeline/InterviewPipeline.h"
#include "pipeline/ProviderStop.h"
#include "pipeline/SkillStates.h"
#include "session/DiscoveryResult.h"

#include <QSignalSpy>
#include <QTest>

using namespace ip;

namespace {

ProviderError error(ProviderErrorKind kind, const QString &message)
{
    ProviderError e;
    e.kind = kind;
    e.message = message;
    return e;
}

DiscoveryResult grounded()
{
    DiscoveryResult r;
    r.grounded = true;
    r.contextText = QStringLiteral("## Python\nThe GIL serialises bytecode.");
    r.sources = { Source { QStringLiteral("Python docs"), QUrl(QStringLiteral("https://docs.python.org/3/")) } };
    return r;
}

RunState twoSkills()
{
    RunState state;
    for (const char *name : { "Python", "Rust" }) {
        SkillResult s;
        s.name = QString::fromLatin1(name);
        state.skills.append(s);
    }
    return state;
}

} // namespace

class TestPipelineState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFirstStopWinsUntilReset()
    {
        ProviderStop stop;
        QVERIFY(!stop.isStopped());
        QVERIFY(!stop.reason());
        QVERIFY(stop.stop(error(ProviderErrorKind::QuotaExhausted, QStringLiteral("quota"))));
        QVERIFY(!stop.stop(error(ProviderErrorKind::Unauthorized, QStringLiteral("key"))));
        QVERIFY(stop.isStopped());
        QVERIFY(stop.reason()->kind == ProviderErrorKind::QuotaExhausted);
        QCOMPARE(stop.reason()->message, QStringLiteral("quota"));
        stop.reset();
        QVERIFY(!stop.isStopped());
        QVERIFY(stop.stop(error(ProviderErrorKind::Unauthorized, QStringLiteral("key"))));
        QCOMPARE(stop.reason()->message, QStringLiteral("key"));
    }

    void aDiscoveryResultRoundTripsThroughASkill()
    {
        SkillResult s;
        s.contextReason = QStringLiteral("earlier reason");
        applyDiscovery(s, grounded());
        QVERIFY(s.isGrounded());
        QCOMPARE(s.contextText, grounded().contextText);
        QCOMPARE(s.sources, grounded().sources);
        QVERIFY(s.contextReason.isEmpty());
        QCOMPARE(discoveryOf(s), grounded());

        DiscoveryResult none;
        none.reason = QStringLiteral("No section");
        none.contextText = QStringLiteral("ignored: not grounded");
        applyDiscovery(s, none);
        QVERIFY(!s.isGrounded());
        QVERIFY(s.contextText.isEmpty());
        QVERIFY(s.sources.isEmpty());
        QCOMPARE(s.contextReason, QStringLiteral("No section"));
        QCOMPARE(discoveryOf(s).reason, QStringLiteral("No section"));
    }

    void skillStatesApplyAndReport()
    {
        InterviewPipeline pipeline(nullptr, nullptr, Settings {});
        RunState state = twoSkills();
        SkillStates skills(&pipeline, &state);
        QSignalSpy updated(&pipeline, &InterviewPipeline::skillUpdated);
        QSignalSpy added(&pipeline, &InterviewPipeline::questionAdded);

        skills.setState(0, SkillState::Searching);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.last().at(0).toInt(), 0);
        QVERIFY(updated.last().at(1).value<SkillResult>().state == SkillState::Searching);

        skills.discovered(0, grounded(), false);
        QVERIFY(state.skills.at(0).isGrounded());
        QVERIFY(state.skills.at(0).retryDiscovery); // not answered: continuing asks again
        skills.sourcesFound(0, {});
        QVERIFY(!state.skills.at(0).retryDiscovery);
        QCOMPARE(updated.size(), 3);

        // Streamed questions first, then the final list: only the rest is added.
        skills.addQuestion(0, QStringLiteral("Q1"));
        skills.complete(0, SkillQuestions { { QStringLiteral("Q1"), QStringLiteral("Q2") }, { QStringLiteral("C") } });
        QCOMPARE(questionTexts(state.skills.at(0).questions),
                 (QStringList { QStringLiteral("Q1"), QStringLiteral("Q2") }));
        QCOMPARE(state.skills.at(0).claims, QStringList { QStringLiteral("C") });
        QVERIFY(state.skills.at(0).state == SkillState::Done);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().at(1).toInt(), 1);
        QCOMPARE(updated.last().at(1).value<SkillResult>(), state.skills.at(0));

        // A Done skill does not fail; another one does.
        const int before = int(updated.size());
        skills.fail(0, QStringLiteral("late"));
        QVERIFY(state.skills.at(0).state == SkillState::Done);
        QCOMPARE(updated.size(), before);
        skills.fail(1, QStringLiteral("Not generated: quota"));
        QVERIFY(state.skills.at(1).state == SkillState::Failed);
        QCOMPARE(state.skills.at(1).error, QStringLiteral("Not generated: quota"));

        // Context-free without discovery is carried by the skill's next change, not reported alone.
        skills.contextFreeWithoutDiscovery(1, QStringLiteral("off"), true);
        QCOMPARE(updated.size(), before + 1);
        QCOMPARE(state.skills.at(1).contextReason, QStringLiteral("off"));

        // Regenerate: queued again without questions; restore brings the earlier result back.
        const SkillResult previous = state.skills.at(0);
        skills.requeue(0, true);
        QVERIFY(state.skills.at(0).state == SkillState::Queued);
        QVERIFY(state.skills.at(0).questions.isEmpty());
        QVERIFY(!state.skills.at(0).isGrounded());
        QVERIFY(state.skills.at(0).sources.isEmpty());
        skills.restore(0, previous);
        QCOMPARE(state.skills.at(0), previous);
        QCOMPARE(updated.last().at(1).value<SkillResult>(), previous);
    }
};

QTEST_GUILESS_MAIN(TestPipelineState)
#include "tst_pipeline_state.moc"
