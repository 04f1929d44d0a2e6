// Practice statistics (issue 16): planning a practice round, the summary and the progress per skill.
// Every expected figure below is worked out by hand in the comments next to it.

#include "session/PracticeStats.h"

#include <QTest>

using namespace ip;

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

Question question(const QString &text, const QList<KeyPoint> &points = {})
{
    Question q(text);
    q.keyPoints = points;
    return q;
}

SkillResult skill(const QString &name, SkillState state, const QList<Question> &questions,
                  const QList<Source> &sources = {})
{
    SkillResult s;
    s.name = name;
    s.state = state;
    s.questions = questions;
    s.sources = sources;
    return s;
}

// Python (3 questions), Rust (2), Go (failed), SQL (2).
RunState fixtureRun()
{
    RunState run;
    run.skills = {
        skill(
            QStringLiteral("Python"), SkillState::Done,
            { question(QStringLiteral("What is the GIL?"),
                       { { QStringLiteral("one thread runs bytecode"), 0 }, { QStringLiteral("released on I/O"), 1 } }),
              question(QStringLiteral("Generators?"), { { QStringLiteral("lazy"), -1 } }),
              question(QStringLiteral("Decorators?")) },
            { { QStringLiteral("A"), QUrl(QStringLiteral("https://a.example/")) },
              { QStringLiteral("B"), QUrl(QStringLiteral("https://b.example/")) } }),
        skill(QStringLiteral("Rust"), SkillState::Done,
              { question(QStringLiteral("Ownership?"),
                         { { QStringLiteral("single owner"), 0 }, { QStringLiteral("borrow checker"), 0 } }),
                question(QStringLiteral("Lifetimes?")) },
              { { QStringLiteral("C"), QUrl(QStringLiteral("https://c.example/")) },
                { QStringLiteral("B again"), QUrl(QStringLiteral("https://b.example/")) } }),
        skill(QStringLiteral("Go"), SkillState::Failed, { question(QStringLiteral("Channels?")) }),
        skill(QStringLiteral("SQL"), SkillState::Done,
              { question(QStringLiteral("Indexes?")), question(QStringLiteral("Joins?")) }),
    };
    return run;
}

PracticeAttempt attempt(const QString &id, const QString &skillName, const QString &text, int overall, int minute)
{
    PracticeAttempt a;
    a.id = id;
    a.skill = skillName;
    a.question = text;
    a.at = at(minute);
    a.graded = true;
    a.grade.overall = overall;
    return a;
}

KeyPointVerdict verdict(int point, bool covered, int source = -1)
{
    KeyPointVerdict v;
    v.point = point;
    v.covered = covered;
    v.source = source;
    return v;
}

// The attempts the summary and progress tests share (graded unless said otherwise).
QList<PracticeAttempt> fixtureAttempts()
{
    const RunState run = fixtureRun();
    QList<PracticeAttempt> all;

    // a1: the GIL, 4; covered "one thread", missed "released on I/O" (no source named: the rubric's, 1).
    PracticeAttempt a1
        = attempt(QStringLiteral("a1"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 4, 10);
    a1.rubric = run.skills[0].questions[0].keyPoints;
    a1.grade.keyPoints = { verdict(0, true), verdict(1, false) };
    all.append(a1);

    // a2: a follow-up of a1, 2; missed its one point, "released on I/O" again (same point: same thread question).
    PracticeAttempt a2
        = attempt(QStringLiteral("a2"), QStringLiteral("Python"), QStringLiteral("When is it released?"), 2, 11);
    a2.parentId = QStringLiteral("a1");
    a2.depth = 1;
    a2.rubric = { run.skills[0].questions[0].keyPoints[1] };
    a2.grade.keyPoints = { verdict(0, false) };
    all.append(a2);

    // a3: "I don't know" on Generators: counts 0 whatever overall says, and misses "lazy" (no verdicts given).
    PracticeAttempt a3 = attempt(QStringLiteral("a3"), QStringLiteral("Python"), QStringLiteral("Generators?"), 3, 5);
    a3.grade.dontKnow = true;
    a3.rubric = run.skills[0].questions[1].keyPoints;
    all.append(a3);

    // a4: Ownership, 6; missed both points (verdicts listed borrow checker first: run order still puts
    // "single owner" first). "single owner" names source 1 (the verdict's wins over the rubric's 0):
    // https://b.example/, the same URL as Python's B. "borrow checker" names none: the rubric's 0, C.
    PracticeAttempt a4 = attempt(QStringLiteral("a4"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 6, 20);
    a4.rubric = run.skills[1].questions[0].keyPoints;
    a4.grade.keyPoints = { verdict(1, false), verdict(0, false, 1) };
    all.append(a4);

    // a5: not graded (grading failed): must count nowhere, though it says 10 and misses everything.
    PracticeAttempt a5 = attempt(QStringLiteral("a5"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 10, 21);
    a5.graded = false;
    a5.error = QStringLiteral("timed out");
    a5.rubric = run.skills[1].questions[0].keyPoints;
    a5.grade.keyPoints = { verdict(0, false, 0), verdict(1, false, 0) };
    all.append(a5);

    // a6: a skill the run no longer has, 8; its missed point has no source (no sources to name).
    PracticeAttempt a6 = attempt(QStringLiteral("a6"), QStringLiteral("Kotlin"), QStringLiteral("Coroutines?"), 8, 3);
    a6.rubric = { { QStringLiteral("structured concurrency"), 0 } };
    a6.grade.keyPoints = { verdict(0, false, 0) };
    all.append(a6);

    // a7: the GIL again, 7; missed "released on I/O" a third time.
    PracticeAttempt a7
        = attempt(QStringLiteral("a7"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 7, 30);
    a7.rubric = run.skills[0].questions[0].keyPoints;
    a7.grade.keyPoints = { verdict(0, true), verdict(1, false) };
    all.append(a7);
    return all;
}

} // namespace

class TestPracticeStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planDefaultIsRoundRobinInRunOrder();
    void planSkipsUnfinishedAndUnchosenSkills();
    void planWeakestFirst();
    void planWeakestFirstTiesKeepRunOrder();
    void planLatestScoreIsTheNewestGraded();
    void summaryArithmetic();
    void summaryOfNothing();
    void progressInTimeOrder();
};

void TestPracticeStats::planDefaultIsRoundRobinInRunOrder()
{
    const RunState run = fixtureRun();
    // Round 1: Python 1, Rust 1, SQL 1 (Go failed); round 2: Python 2, Rust 2 — five.
    QCOMPARE(planPractice(run, {}, {}), (QList<PlannedQuestion> { { 0, 0 }, { 1, 0 }, { 3, 0 }, { 0, 1 }, { 1, 1 } }));
    PracticeOptions all;
    all.count = 100;
    // Then SQL 2, and round 3 only Python has: seven questions in all.
    QCOMPARE(planPractice(run, {}, all),
             (QList<PlannedQuestion> { { 0, 0 }, { 1, 0 }, { 3, 0 }, { 0, 1 }, { 1, 1 }, { 3, 1 }, { 0, 2 } }));
    PracticeOptions none;
    none.count = 0;
    QVERIFY(planPractice(run, {}, none).isEmpty());
    none.count = -3;
    QVERIFY(planPractice(run, {}, none).isEmpty());
}

void TestPracticeStats::planSkipsUnfinishedAndUnchosenSkills()
{
    const RunState run = fixtureRun();
    PracticeOptions options;
    options.skills = { QStringLiteral("Go"), QStringLiteral("Rust"), QStringLiteral("Haskell") };
    QCOMPARE(planPractice(run, {}, options), (QList<PlannedQuestion> { { 1, 0 }, { 1, 1 } }));
    options.skills = { QStringLiteral("Go") };
    QVERIFY(planPractice(run, {}, options).isEmpty());
    RunState empty;
    QVERIFY(planPractice(empty, fixtureAttempts(), {}).isEmpty());
}

void TestPracticeStats::planWeakestFirst()
{
    const RunState run = fixtureRun();
    QList<PracticeAttempt> attempts;
    // Python: the GIL 4 then 8 (latest 8), Generators 6, Decorators never: average (8 + 6) / 2 = 7;
    // order Decorators (unanswered), Generators (6), the GIL (8).
    attempts.append(attempt(QStringLiteral("p1"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 4, 1));
    attempts.append(attempt(QStringLiteral("p2"), QStringLiteral("Python"), QStringLiteral("Generators?"), 6, 2));
    attempts.append(attempt(QStringLiteral("p3"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 8, 3));
    // A follow-up scoring 0 is no question's latest score.
    PracticeAttempt followUp
        = attempt(QStringLiteral("p4"), QStringLiteral("Python"), QStringLiteral("Why lazy?"), 0, 4);
    followUp.parentId = QStringLiteral("p2");
    followUp.depth = 1;
    attempts.append(followUp);
    // Rust: Ownership 9; a newer ungraded answer does not count: average 9; order Lifetimes, Ownership.
    attempts.append(attempt(QStringLiteral("r1"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 9, 5));
    PracticeAttempt pending = attempt(QStringLiteral("r2"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 1, 6);
    pending.graded = false;
    attempts.append(pending);
    // SQL never practised: weakest. Skills: SQL, Python (7), Rust (9).
    PracticeOptions options;
    options.weakestFirst = true;
    QCOMPARE(planPractice(run, attempts, options),
             (QList<PlannedQuestion> { { 3, 0 }, { 0, 2 }, { 1, 1 }, { 3, 1 }, { 0, 1 } }));
    options.count = 100;
    QCOMPARE(planPractice(run, attempts, options),
             (QList<PlannedQuestion> { { 3, 0 }, { 0, 2 }, { 1, 1 }, { 3, 1 }, { 0, 1 }, { 1, 0 }, { 0, 0 } }));
}

void TestPracticeStats::planWeakestFirstTiesKeepRunOrder()
{
    const RunState run = fixtureRun();
    PracticeOptions options;
    options.weakestFirst = true;
    options.count = 100;
    // Nothing practised: every skill and question ties, so the plan is the default one.
    PracticeOptions plain;
    plain.count = 100;
    QCOMPARE(planPractice(run, {}, options), planPractice(run, {}, plain));

    // Python and Rust both average 5 (SQL unpractised first); inside Python, the GIL and Generators tie at 5.
    QList<PracticeAttempt> attempts;
    attempts.append(attempt(QStringLiteral("1"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 5, 1));
    attempts.append(attempt(QStringLiteral("2"), QStringLiteral("Python"), QStringLiteral("Generators?"), 5, 2));
    attempts.append(attempt(QStringLiteral("3"), QStringLiteral("Python"), QStringLiteral("What is the GIL?"), 5, 3));
    QCOMPARE(planPractice(run, attempts, options),
             (QList<PlannedQuestion> { { 3, 0 }, { 0, 2 }, { 1, 1 }, { 3, 1 }, { 0, 0 }, { 1, 0 }, { 0, 1 } }));
}

void TestPracticeStats::planLatestScoreIsTheNewestGraded()
{
    const RunState run = fixtureRun();
    PracticeOptions options;
    options.weakestFirst = true;
    options.skills = { QStringLiteral("Rust") };
    // Lifetimes: 2 then 9 at the same minute (the later in the list is the newer): latest 9.
    // Ownership: 7 listed after an older 1: latest 7 (time, not list order, decides).
    QList<PracticeAttempt> attempts;
    attempts.append(attempt(QStringLiteral("1"), QStringLiteral("Rust"), QStringLiteral("Lifetimes?"), 2, 4));
    attempts.append(attempt(QStringLiteral("2"), QStringLiteral("Rust"), QStringLiteral("Lifetimes?"), 9, 4));
    attempts.append(attempt(QStringLiteral("3"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 7, 9));
    attempts.append(attempt(QStringLiteral("4"), QStringLiteral("Rust"), QStringLiteral("Ownership?"), 1, 2));
    QCOMPARE(planPractice(run, attempts, options), (QList<PlannedQuestion> { { 1, 0 }, { 1, 1 } }));
    // Lifetimes' older 9 and newer 2: now Lifetimes (2) is the weaker.
    attempts[0].grade.overall = 9;
    attempts[1].grade.overall = 2;
    QCOMPARE(planPractice(run, attempts, options), (QList<PlannedQuestion> { { 1, 1 }, { 1, 0 } }));
}

void TestPracticeStats::summaryArithmetic()
{
    const PracticeSummary summary = summarisePractice(fixtureRun(), fixtureAttempts());

    // Graded: a1 4, a2 2, a3 0 ("I don't know", though overall says 3), a4 6, a6 8, a7 7 (a5 is not).
    QCOMPARE(summary.answered, 6);
    QCOMPARE(summary.overall, 27.0 / 6); // 4.5
    QCOMPARE(summary.skills.size(), 3);
    // Python: (4 + 2 + 0 + 7) / 4 = 3.25 (the follow-up counts toward its skill).
    QCOMPARE(summary.skills[0], (SkillScore { QStringLiteral("Python"), 3.25, 4 }));
    QCOMPARE(summary.skills[1], (SkillScore { QStringLiteral("Rust"), 6.0, 1 }));
    // Kotlin is no longer in the run: its answer still counts, after the run's skills.
    QCOMPARE(summary.skills[2], (SkillScore { QStringLiteral("Kotlin"), 8.0, 1 }));

    // Missed: "released on I/O" 3 times (a1, a2, a7); "lazy" once at 0; "single owner" and
    // "borrow checker" once at 6 (rubric order: single owner first); "structured concurrency" once at 8.
    QCOMPARE(summary.weakest.size(), kWeakestPoints);
    QCOMPARE(summary.weakest[0],
             (WeakPoint { QStringLiteral("Python"), QStringLiteral("What is the GIL?"),
                          QStringLiteral("released on I/O"), 3, 1 }));
    QCOMPARE(summary.weakest[1],
             (WeakPoint { QStringLiteral("Python"), QStringLiteral("Generators?"), QStringLiteral("lazy"), 1, -1 }));
    QCOMPARE(
        summary.weakest[2],
        (WeakPoint { QStringLiteral("Rust"), QStringLiteral("Ownership?"), QStringLiteral("single owner"), 1, 1 }));

    // Sources in weakness order: Python's B (released on I/O), Rust's "B again" (single owner: the same
    // URL, dropped), Rust's C (borrow checker); lazy and structured concurrency have none.
    QCOMPARE(summary.toRead.size(), 2);
    QCOMPARE(summary.toRead[0].title, QStringLiteral("B"));
    QCOMPARE(summary.toRead[1].title, QStringLiteral("C"));
}

void TestPracticeStats::summaryOfNothing()
{
    QList<PracticeAttempt> pending = fixtureAttempts();
    for (PracticeAttempt &a : pending)
        a.graded = false;
    for (const QList<PracticeAttempt> &attempts : { QList<PracticeAttempt> {}, pending }) {
        const PracticeSummary summary = summarisePractice(fixtureRun(), attempts);
        QCOMPARE(summary.answered, 0);
        QCOMPARE(summary.overall, 0.0);
        QVERIFY(summary.skills.isEmpty());
        QVERIFY(summary.weakest.isEmpty());
        QVERIFY(summary.toRead.isEmpty());
        QVERIFY(progressBySkill(attempts).isEmpty());
    }
}

void TestPracticeStats::progressInTimeOrder()
{
    QList<PracticeAttempt> attempts = fixtureAttempts();
    // Same minute as a7, listed after it: stays after it.
    attempts.append(attempt(QStringLiteral("a8"), QStringLiteral("Python"), QStringLiteral("Decorators?"), 11, 30));
    const QMap<QString, QList<ScorePoint>> progress = progressBySkill(attempts);
    QCOMPARE(progress.keys(),
             (QStringList { QStringLiteral("Kotlin"), QStringLiteral("Python"), QStringLiteral("Rust") }));
    // a3 (minute 5, "I don't know": 0), a1 (10, 4), a2 (11, 2), a7 (30, 7), a8 (30, 11 clamped to 10).
    QCOMPARE(progress[QStringLiteral("Python")],
             (QList<ScorePoint> { { at(5), 0 }, { at(10), 4 }, { at(11), 2 }, { at(30), 7 }, { at(30), 10 } }));
    // a5 is not graded: Rust has a4 only.
    QCOMPARE(progress[QStringLiteral("Rust")], (QList<ScorePoint> { { at(20), 6 } }));
    QCOMPARE(progress[QStringLiteral("Kotlin")], (QList<ScorePoint> { { at(3), 8 } }));
}

QTEST_GUILESS_MAIN(TestPracticeStats)
#include "tst_practice_stats.moc"
