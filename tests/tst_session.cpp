// The session file format (pure: serialise / parse / migrate) and the continuation plan.

#include "session/AttemptJson.h"
#include "session/ContinuePlan.h"
#include "session/Session.h"
#include "session/SessionFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ip;

namespace {

const QString kFile = QStringLiteral("20250304-050607-0badf00d.json");

QDateTime at(int minutes)
{
    return QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 123), Qt::UTC).addSecs(minutes * 60);
}

SkillResult skill(const QString &name, SkillState state, ContextKind context, const QStringList &questions = {})
{
    SkillResult s;
    s.name = name;
    s.state = state;
    s.context = context;
    s.questions = questionsFromTexts(questions);
    return s;
}

// Every field set, with text that JSON must escape (quotes, newlines, tabs, non-Latin, emoji).
Session fullSession()
{
    Session session;
    session.meta.id = QStringLiteral("20250304-050607-0badf00d");
    session.meta.createdAt = at(0);
    session.meta.updatedAt = at(3);
    session.meta.outcome = SessionOutcome::Complete;
    session.meta.resumePath = QStringLiteral("/home/jane/CVs/Jane \"JD\" Doe – résumé.pdf");
    session.meta.appVersion = QStringLiteral("1.2.3");
    Settings settings;
    settings.skillCount = 3;
    settings.questionsPerSkill = 2;
    settings.questionLanguage = QStringLiteral("Deutsch");
    settings.targetLevel = QStringLiteral("staff");
    settings.discoveryModel = QStringLiteral("gemini-2.5-pro");
    session.settings = RunSettings::from(settings);

    RunState &run = session.run;
    run.sourceFile = QStringLiteral("Jane \"JD\" Doe – résumé.pdf");
    run.resumeSha256 = resumeTextSha256(QStringLiteral("Jane Doe\nPython, Kubernetes, Rust"));
    run.generatedAt = at(1);
    run.models = { { QStringLiteral("skills"), QStringLiteral("openai/gpt-oss-20b") },
                   { QStringLiteral("discovery"), QStringLiteral("gemini-2.5-pro") },
                   { QStringLiteral("questions"), QStringLiteral("openai/gpt-oss-120b") } };
    run.promptVersions = { { QStringLiteral("extract_skills"), 1 }, { QStringLiteral("questions_grounded"), 3 } };

    SkillResult python = skill(
        QStringLiteral("Python"), SkillState::Done, ContextKind::Grounded,
        { QStringLiteral("Wie beeinflusst der GIL Threads?"), QStringLiteral("Line one\n\tline \"two\" \\ 🐍") });
    python.contextText = QStringLiteral("## Python\nThe GIL…\n\n* bullets");
    // Issue 15: a question with every detail, the skill's claims and its resume lines.
    Question detailed(QStringLiteral("You cut \"p50\" by 73 %: how?"));
    detailed.difficulty = 3;
    detailed.category = QuestionCategory::Project;
    detailed.evidence = QStringLiteral("Cut p50 latency by 73 % — with asyncio 🐍");
    detailed.keyPoints
        = { KeyPoint { QStringLiteral("Measure first"), 0 }, KeyPoint { QStringLiteral("Tail \"vs\" median"), -1 } };
    python.questions.append(detailed);
    python.claims = { QStringLiteral("Cut p50 latency by 73 % — with asyncio 🐍") };
    python.resumeLines = { QStringLiteral("Cut p50 latency by 73 % — with asyncio 🐍"), QStringLiteral("Python, Rust") };
    python.sources = { { QStringLiteral("Python docs"), QUrl(QStringLiteral("https://docs.python.org/3/")) },
                       { QString(), QUrl(QStringLiteral("https://例え.jp/パス?q=ü&x=1#frag")) } };
    SkillResult kubernetes = skill(QStringLiteral("Kubernetes"), SkillState::Done, ContextKind::ContextFree,
                                   { QStringLiteral("What does a Deployment add over a ReplicaSet?") });
    kubernetes.contextReason = QStringLiteral("No section found");
    SkillResult cpp = skill(QStringLiteral("C++"), SkillState::Done, ContextKind::Grounded,
                            { QStringLiteral("Explain RAII."), QStringLiteral("What is ODR?") });
    cpp.contextText = QStringLiteral("## C++\ncontext");
    run.skills = { python, kubernetes, cpp };
    run.usage = { 7, 12'345'678'901LL, 4'321 };
    return session;
}

// Stopped midway: skills in every state, a run error, an unknown generation date.
Session partialSession()
{
    Session session = fullSession();
    session.meta.outcome = SessionOutcome::InProgress;
    session.run.generatedAt = QDateTime();
    session.run.error = QStringLiteral("Groq stopped the run: quota exceeded");
    SkillResult searching = skill(QStringLiteral("Rust"), SkillState::Searching, ContextKind::ContextFree);
    SkillResult generating = skill(QStringLiteral("Go"), SkillState::Generating, ContextKind::ContextFree);
    generating.contextReason = QStringLiteral("Web search grounding is switched off");
    SkillResult failed = skill(QStringLiteral("SQL"), SkillState::Failed, ContextKind::ContextFree);
    failed.error = QStringLiteral("Not generated: quota exceeded");
    failed.contextReason = QStringLiteral("Source discovery stopped: quota");
    failed.retryDiscovery = true;
    SkillResult queued = skill(QStringLiteral("Docker"), SkillState::Queued, ContextKind::ContextFree);
    session.run.skills.append({ searching, generating, failed, queued });
    return session;
}

// A run that targets a job: a gap with questions, one whose questions failed, one not written yet.
Session jobSession()
{
    Session session = fullSession();
    session.run.jobText = QStringLiteral("Platform Engineer (m/w/d)\n\nWe use Terraform, Go and \"Kubernetes\".\n");
    JobGap terraform;
    terraform.skill = QStringLiteral("Terraform");
    terraform.adjacent = QStringLiteral("Ansible, AWS CloudFormation");
    terraform.advice = QStringLiteral("Say you have not used it; explain state and drift through CloudFormation.");
    terraform.questions = { QStringLiteral("How would you detect drift?"), QStringLiteral("Line one\n\tline two 🌍") };
    JobGap go;
    go.skill = QStringLiteral("Go");
    go.adjacent = QStringLiteral("Rust");
    go.error = QStringLiteral("Groq stopped the run: quota exceeded");
    JobGap kafka;
    kafka.skill = QStringLiteral("Kafka");
    session.run.jobGaps = { terraform, go, kafka };
    return session;
}

PracticeAttempt attempt(const QString &id, const QString &skill, const QString &question, const QString &parentId = {})
{
    PracticeAttempt a;
    a.id = id;
    a.skill = skill;
    a.question = question;
    a.parentId = parentId;
    return a;
}

// Practice (issue 16): a graded answer with every field, a withheld stronger answer on an Arabic
// follow-up, and an answer whose grading failed.
QList<PracticeAttempt> practice()
{
    PracticeAttempt graded = attempt(QStringLiteral("a-20250304050700-0000beef"), QStringLiteral("Python"),
                                     QStringLiteral("Wie beeinflusst der GIL Threads?"));
    graded.answer = QStringLiteral("Only one thread runs \"bytecode\"\n\tat a time 🐍");
    graded.rubric = { KeyPoint { QStringLiteral("One thread at a time"), 0 },
                      KeyPoint { QStringLiteral("I/O releases it"), -1 } };
    graded.at = at(4);
    graded.model = QStringLiteral("openai/gpt-oss-120b");
    graded.graded = true;
    graded.grade.correct = 7;
    graded.grade.depth = 5;
    graded.grade.tradeOffs = 4;
    graded.grade.clarity = 8;
    graded.grade.overall = 6;
    graded.grade.feedback = QStringLiteral("Right idea; no word on I/O.");
    graded.grade.keyPoints = { KeyPointVerdict { 0, true, QStringLiteral("Said so"), 0 },
                               KeyPointVerdict { 1, false, QStringLiteral("Not mentioned"), -1 } };
    graded.grade.strongerAnswer = QStringLiteral("At Acme I cut p50 by 73 %…");
    graded.grade.strongerQuotes = { QStringLiteral("Cut p50 latency by 73 % — with asyncio 🐍") };
    graded.grade.followUp = QStringLiteral("What happens during a blocking read?");
    graded.recording = QStringLiteral("/home/jane/.local/share/InterviewPrep/interview-prep/sessions/recordings/"
                                      "answer-20250304-050700-000.wav"); // issue 17: a kept recording

    PracticeAttempt followUp = attempt(QStringLiteral("a-20250304050800-0000cafe"), QStringLiteral("Python"),
                                       graded.grade.followUp, graded.id);
    followUp.depth = 1;
    followUp.answer = QStringLiteral("يتم تحرير القفل أثناء عمليات الإدخال والإخراج");
    followUp.rubric = { graded.rubric.at(1) };
    followUp.at = at(5);
    followUp.model = graded.model;
    followUp.graded = true;
    followUp.grade.correct = 9;
    followUp.grade.overall = 8;
    followUp.grade.keyPoints = { KeyPointVerdict { 0, true, QStringLiteral("نعم"), -1 } };
    followUp.grade.strongerWithheld = QStringLiteral("It cited a number the resume does not give.");

    PracticeAttempt failed
        = attempt(QStringLiteral("a-20250304050900-0000f00d"), QStringLiteral("C++"), QStringLiteral("Explain RAII."));
    failed.answer = QStringLiteral("Destructors free resources.");
    failed.rubric = {};
    failed.at = at(6);
    failed.error = QStringLiteral("Groq stopped: quota exceeded");
    return { graded, followUp, failed };
}

QJsonObject rootOf(const Session &session)
{
    return QJsonDocument::fromJson(serialiseSession(session)).object();
}

QByteArray bytesOf(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSessionRoundTrips();
    void partialSessionRoundTrips();
    void fileHasSchemaVersionAndNamedMembers();
    void damagedFilesGiveAClearMessage_data();
    void damagedFilesGiveAClearMessage();
    void everyTruncationIsRejected();
    void randomDamageNeverCrashes();
    void newerSchemaVersionIsRefused();
    void migrationOfTheCurrentVersionIsIdentity();
    void unknownMembersAreIgnored();
    void jobRoundTrips();
    void runWithoutJobHasNoJobMember();
    void jobGapsNeedAJobTextAndAName();
    void sessionIds();
    void runSettingsApplyOnlyTheRunShape();
    void sourceAddressesReadBackUnchanged();

    void practiceRoundTrips();
    void fileWithoutPracticeHasNoAttempts();
    void damagedAttemptIsSkipped_data();
    void damagedAttemptIsSkipped();
    void gradeRoundTrips();
    void attemptsOnListsEachAnswerThenItsThread();
    void parentCyclesDoNotHang();

    void completeRunNeedsNothing();
    void runWithoutSkillsNeedsExtraction();
    void planAsksOnlyForMissingWork();
    void planWithoutGroundingSkipsDiscovery();
    void prepareContinuationResetsOnlyPlannedSkills();
    void settlingAnInterruptedRunKeepsThePlan();
    void canContinue();
    void resumeIdentityIsChecked();
};

void TestSession::fullSessionRoundTrips()
{
    const Session session = fullSession();
    const auto parsed = parseSession(serialiseSession(session), kFile);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().meta, session.meta);
    QCOMPARE(parsed.value().settings, session.settings);
    QCOMPARE(parsed.value().run.skills.size(), session.run.skills.size());
    for (qsizetype i = 0; i < session.run.skills.size(); ++i)
        QVERIFY2(parsed.value().run.skills.at(i) == session.run.skills.at(i),
                 qPrintable(session.run.skills.at(i).name));
    QVERIFY(parsed.value().run == session.run);
    QVERIFY(parsed.value() == session);
    // Stable: the same session gives the same bytes (no hash-order or time dependence).
    QCOMPARE(serialiseSession(parsed.value()), serialiseSession(session));
}

// Found by the session fuzzer: "#" inside a fragment is written "%23", which read back is another
// address. A source address is read as it will be written, so a loaded session saves unchanged.
void TestSession::sourceAddressesReadBackUnchanged()
{
    Session session = partialSession();
    QJsonObject root = QJsonDocument::fromJson(serialiseSession(session)).object();
    QJsonObject run = root.value(QStringLiteral("run")).toObject();
    QJsonArray skills = run.value(QStringLiteral("skills")).toArray();
    QJsonObject skill = skills.at(0).toObject();
    skill.insert(QStringLiteral("sources"),
                 QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Docs") },
                                            { QStringLiteral("url"), QStringLiteral("https://kube##x#y/docs/") } },
                              QJsonObject { { QStringLiteral("title"), QStringLiteral("Spaces") },
                                            { QStringLiteral("url"), QStringLiteral("https://a.example/b c?d=é") } } });
    skills.replace(0, skill);
    run.insert(QStringLiteral("skills"), skills);
    root.insert(QStringLiteral("run"), run);
    const auto parsed = parseSession(QJsonDocument(root).toJson(), kFile);
    QVERIFY(parsed.isOk());
    const QByteArray saved = serialiseSession(parsed.value());
    const auto reread = parseSession(saved, kFile);
    QVERIFY(reread.isOk());
    QCOMPARE(reread.value().run.skills.at(0).sources, parsed.value().run.skills.at(0).sources);
    QVERIFY(reread.value() == parsed.value());
    QCOMPARE(serialiseSession(reread.value()), saved);
    QCOMPARE(parsed.value().run.skills.at(0).sources.at(0).url.host(), QStringLiteral("kube"));
}

void TestSession::partialSessionRoundTrips()
{
    const Session session = partialSession();
    const auto parsed = parseSession(serialiseSession(session), kFile);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QVERIFY(parsed.value() == session);
    QVERIFY(!parsed.value().run.generatedAt.isValid());
    QCOMPARE(parsed.value().run.skills.at(5).retryDiscovery, true);
    QCOMPARE(toString(parsed.value().run.skills.at(3).state), toString(SkillState::Searching));
    QCOMPARE(toString(parsed.value().meta.outcome), toString(SessionOutcome::InProgress));
}

void TestSession::fileHasSchemaVersionAndNamedMembers()
{
    const QJsonObject root = rootOf(fullSession());
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("outcome")).toString(), QStringLiteral("complete"));
    QCOMPARE(root.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-03-04T05:06:07.123Z"));
    const QJsonObject resume = root.value(QStringLiteral("resume")).toObject();
    QCOMPARE(resume.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(resume.value(QStringLiteral("original_path")).toString(), fullSession().meta.resumePath);
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("questions_per_skill")).toInt(), 2);
    // Only the run's shape and models: never addresses or anything else of Settings.
    QCOMPARE(settings.keys().size(), 9);
    QCOMPARE(settings.value(QStringLiteral("target_level")).toString(), QStringLiteral("staff"));
    for (const QString &key : settings.keys())
        QVERIFY2(!key.contains(QLatin1String("url")) && !key.contains(QLatin1String("key")), qPrintable(key));
    const QJsonObject firstSkill
        = root.value(QStringLiteral("run")).toObject().value(QStringLiteral("skills")).toArray().at(0).toObject();
    QCOMPARE(firstSkill.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(firstSkill.value(QStringLiteral("context")).toString(), QStringLiteral("grounded"));
}

void TestSession::damagedFilesGiveAClearMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail"); // a piece of the message that says what is wrong

    const QByteArray good = serialiseSession(partialSession());
    const QJsonObject root = rootOf(partialSession());
    const auto edited = [&root](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject copy = root;
        edit(copy);
        return bytesOf(copy);
    };
    const auto editRun = [&edited](const std::function<void(QJsonObject &)> &edit) {
        return edited([&edit](QJsonObject &r) {
            QJsonObject run = r.value(QStringLiteral("run")).toObject();
            edit(run);
            r.insert(QStringLiteral("run"), run);
        });
    };
    const auto editSkill = [&editRun](int index, const std::function<void(QJsonObject &)> &edit) {
        return editRun([&edit, index](QJsonObject &run) {
            QJsonArray skills = run.value(QStringLiteral("skills")).toArray();
            QJsonObject s = skills.at(index).toObject();
            edit(s);
            skills.replace(index, s);
            run.insert(QStringLiteral("skills"), skills);
        });
    };

    QByteArray garbage(4096, '\0');
    QRandomGenerator generator(7);
    for (char &c : garbage)
        c = char(generator.bounded(256));

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("binary garbage") << garbage << QStringLiteral("not valid JSON");
    QTest::newRow("utf-16") << QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(good).utf16()),
                                          good.size() * 2)
                            << QStringLiteral("not valid JSON");
    QTest::newRow("array root") << QByteArray("[1,2,3]") << QStringLiteral("not a session file");
    QTest::newRow("other json") << QByteArray(R"({"skills":[]})") << QStringLiteral("schema_version");
    QTest::newRow("version as text") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("schema_version"), QStringLiteral("1"));
    }) << QStringLiteral("“schema_version” should be a whole number");
    QTest::newRow("version fraction") << edited([](QJsonObject &r) { r.insert(QStringLiteral("schema_version"), 1.5); })
                                      << QStringLiteral("schema_version");
    QTest::newRow("version zero") << edited([](QJsonObject &r) { r.insert(QStringLiteral("schema_version"), 0); })
                                  << QStringLiteral("schema_version");
    QTest::newRow("no run") << edited([](QJsonObject &r) { r.remove(QStringLiteral("run")); })
                            << QStringLiteral("“run” is missing");
    QTest::newRow("run is a list") << edited([](QJsonObject &r) { r.insert(QStringLiteral("run"), QJsonArray()); })
                                   << QStringLiteral("“run” should be an object");
    QTest::newRow("skills is text") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("skills"), QStringLiteral("Python"));
    }) << QStringLiteral("“run.skills” should be a list");
    QTest::newRow("skill is a number") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("skills"), QJsonArray { 1 });
    }) << QStringLiteral("“run.skills[0]” should be an object");
    QTest::newRow("skill name is a number")
        << editSkill(1, [](QJsonObject &s) { s.insert(QStringLiteral("name"), 42); })
        << QStringLiteral("“run.skills[1].name” should be text");
    QTest::newRow("unknown state") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("state"), QStringLiteral("exploded"));
    }) << QStringLiteral("“run.skills[0].state” has an unknown value “exploded”");
    QTest::newRow("question is a number") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("questions"), QJsonArray { QStringLiteral("ok"), 3 });
    }) << QStringLiteral("“run.skills[0].questions[1]” should be text or an object");
    QTest::newRow("difficulty out of range") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("questions"),
                 QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("Q?") },
                                            { QStringLiteral("difficulty"), 9 } } });
    }) << QStringLiteral("“run.skills[0].questions[0].difficulty” is out of range");
    QTest::newRow("question object without text") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("questions"), QJsonArray { QJsonObject { { QStringLiteral("difficulty"), 1 } } });
    }) << QStringLiteral("“run.skills[0].questions[0].text” is missing");
    QTest::newRow("key point is a number") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("questions"),
                 QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("Q?") },
                                            { QStringLiteral("key_points"), QJsonArray { 4 } } } });
    }) << QStringLiteral("“run.skills[0].questions[0].key_points[0]” should be an object");
    QTest::newRow("source is text") << editSkill(0, [](QJsonObject &s) {
        s.insert(QStringLiteral("sources"), QJsonArray { QStringLiteral("https://x") });
    }) << QStringLiteral("“run.skills[0].sources[0]” should be an object");
    QTest::newRow("negative usage") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("usage"), QJsonObject { { QStringLiteral("requests"), -1 } });
    }) << QStringLiteral("“run.usage.requests” is out of range");
    QTest::newRow("huge tokens") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("usage"), QJsonObject { { QStringLiteral("prompt_tokens"), 1e300 } });
    }) << QStringLiteral("run.usage.prompt_tokens");
    QTest::newRow("model is an object") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("models"), QJsonObject { { QStringLiteral("skills"), QJsonObject() } });
    }) << QStringLiteral("“run.models.skills” should be text");
    QTest::newRow("path as id") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("id"), QStringLiteral("../../etc/passwd"));
    }) << QStringLiteral("“id” has an unknown value");
    QTest::newRow("unknown outcome") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("outcome"), QStringLiteral("won"));
    }) << QStringLiteral("“outcome” has an unknown value “won”");
    QTest::newRow("bad date") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
    }) << QStringLiteral("“created_at” is not a date");
    // Dates that are valid where they stand but leave the years 1 to 9999 once in UTC (or once
    // rounded to milliseconds): saved, they would not read back as the same moment.
    QTest::newRow("date after 9999 in UTC") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("created_at"), QStringLiteral("9999-12-31T23:59:59.999-01:00"));
    }) << QStringLiteral("“created_at” is not a date");
    QTest::newRow("date before year 1 in UTC") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("updated_at"), QStringLiteral("0001-01-01T00:00:00.000+01:00"));
    }) << QStringLiteral("“updated_at” is not a date");
    QTest::newRow("rounded past 9999") << editRun([](QJsonObject &run) {
        run.insert(QStringLiteral("generated_at"), QStringLiteral("9999-12-31T23:59:59.9996Z"));
    }) << QStringLiteral("“run.generated_at” is not a date");
    const auto editJob = [&editRun](const QJsonValue &job) {
        return editRun([&job](QJsonObject &run) { run.insert(QStringLiteral("job"), job); });
    };
    const auto jobWithGaps = [](const QJsonArray &gaps) {
        return QJsonObject { { QStringLiteral("text"), QStringLiteral("Platform Engineer") },
                             { QStringLiteral("gaps"), gaps } };
    };
    QTest::newRow("job is text") << editJob(QStringLiteral("Platform Engineer"))
                                 << QStringLiteral("“run.job” should be an object");
    QTest::newRow("job text is a list") << editJob(QJsonObject { { QStringLiteral("text"), QJsonArray() } })
                                        << QStringLiteral("“run.job.text” should be text");
    QTest::newRow("gaps is an object") << editJob(
        QJsonObject { { QStringLiteral("text"), QStringLiteral("x") }, { QStringLiteral("gaps"), QJsonObject() } })
                                       << QStringLiteral("“run.job.gaps” should be a list");
    // Checked even when the gaps would be left out for want of a job text.
    QTest::newRow("gap is text without a job text")
        << editJob(QJsonObject { { QStringLiteral("gaps"), QJsonArray { QStringLiteral("Go") } } })
        << QStringLiteral("“run.job.gaps[0]” should be an object");
    QTest::newRow("gap without a skill") << editJob(
        jobWithGaps({ QJsonObject { { QStringLiteral("skill"), QStringLiteral("Go") } },
                      QJsonObject { { QStringLiteral("adjacent"), QStringLiteral("Rust") } } }))
                                         << QStringLiteral("“run.job.gaps[1].skill” is missing");
    QTest::newRow("gap question is a number") << editJob(jobWithGaps({ QJsonObject {
        { QStringLiteral("skill"), QStringLiteral("Go") }, { QStringLiteral("questions"), QJsonArray { 7 } } } }))
                                              << QStringLiteral("“run.job.gaps[0].questions[0]” should be text");
    QTest::newRow("gap advice is true") << editJob(jobWithGaps(
        { QJsonObject { { QStringLiteral("skill"), QStringLiteral("Go") }, { QStringLiteral("advice"), true } } }))
                                        << QStringLiteral("“run.job.gaps[0].advice” should be text");
    QTest::newRow("settings out of range") << edited([](QJsonObject &r) {
        QJsonObject s = r.value(QStringLiteral("settings")).toObject();
        s.insert(QStringLiteral("skill_count"), 999);
        r.insert(QStringLiteral("settings"), s);
    }) << QStringLiteral("“settings.skill_count” is out of range");
    QTest::newRow("grounding as text") << edited([](QJsonObject &r) {
        QJsonObject s = r.value(QStringLiteral("settings")).toObject();
        s.insert(QStringLiteral("grounding_enabled"), QStringLiteral("yes"));
        r.insert(QStringLiteral("settings"), s);
    }) << QStringLiteral("“settings.grounding_enabled” should be true or false");
}

void TestSession::damagedFilesGiveAClearMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);
    const auto parsed = parseSession(bytes, kFile);
    QVERIFY(parsed.isError());
    QCOMPARE(int(parsed.error().kind), int(SessionError::Kind::Damaged));
    const QString &message = parsed.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("The session file “%1” is damaged").arg(kFile)), qPrintable(message));
    QVERIFY2(message.contains(detail), qPrintable(message));
}

void TestSession::everyTruncationIsRejected()
{
    // A half-written file (what atomic writes prevent) at any length is an error, never a crash
    // and never a silently shorter session.
    const QByteArray good = serialiseSession(partialSession());
    const int end = int(good.trimmed().size());
    for (int length = 0; length < end; ++length) {
        const auto parsed = parseSession(good.left(length), kFile);
        QVERIFY2(parsed.isError(), qPrintable(QStringLiteral("accepted a prefix of %1 bytes").arg(length)));
        QVERIFY(parsed.error().message.contains(kFile));
    }
    QVERIFY(parseSession(good.left(end), kFile).isOk());
}

void TestSession::randomDamageNeverCrashes()
{
    // Flipped bytes: either still a valid session or a damaged-file message; nothing else.
    const QByteArray good = serialiseSession(partialSession());
    QRandomGenerator generator(20250304);
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(generator.bounded(4));
        for (int i = 0; i < flips; ++i)
            bytes[int(generator.bounded(quint32(bytes.size())))] = char(generator.bounded(256));
        const auto parsed = parseSession(bytes, kFile);
        if (parsed.isError()) {
            ++rejected;
            QVERIFY(parsed.error().message.contains(kFile));
        } else {
            QVERIFY(isValidSessionId(parsed.value().meta.id));
        }
    }
    QVERIFY2(rejected > 1000, qPrintable(QString::number(rejected)));
}

void TestSession::newerSchemaVersionIsRefused()
{
    QJsonObject root = rootOf(fullSession());
    root.insert(QStringLiteral("schema_version"), 2);
    root.insert(QStringLiteral("run"), QStringLiteral("a shape this version does not know"));
    const auto parsed = parseSession(bytesOf(root), kFile);
    QVERIFY(parsed.isError());
    QCOMPARE(int(parsed.error().kind), int(SessionError::Kind::NewerVersion));
    const QString &message = parsed.error().message;
    QVERIFY2(message.contains(kFile), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("made by a newer version of Interview Prep")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("format 2")), qPrintable(message));
}

void TestSession::migrationOfTheCurrentVersionIsIdentity()
{
    const QJsonObject root = rootOf(fullSession());
    const auto same = migrateSessionJson(root, kSessionSchemaVersion);
    QVERIFY(same.isOk());
    QCOMPARE(same.value(), root);
    QVERIFY(migrateSessionJson(root, 0).isError());
    QVERIFY(migrateSessionJson(root, kSessionSchemaVersion + 1).isError());
}

void TestSession::unknownMembersAreIgnored()
{
    // Additions that keep version 1 (an optional member from a later build) still load.
    QJsonObject root = rootOf(fullSession());
    root.insert(QStringLiteral("future_member"), QJsonObject { { QStringLiteral("x"), 1 } });
    const auto parsed = parseSession(bytesOf(root), kFile);
    QVERIFY(parsed.isOk());
    QVERIFY(parsed.value() == fullSession());

    // A file of an earlier version has no level; a level this version does not know is "not said".
    for (const QJsonValue &level : { QJsonValue(QJsonValue::Undefined), QJsonValue(QStringLiteral("wizard")) }) {
        QJsonObject changed = rootOf(fullSession());
        QJsonObject settings = changed.value(QStringLiteral("settings")).toObject();
        if (level.isUndefined())
            settings.remove(QStringLiteral("target_level"));
        else
            settings.insert(QStringLiteral("target_level"), level);
        changed.insert(QStringLiteral("settings"), settings);
        const auto read = parseSession(bytesOf(changed), kFile);
        QVERIFY(read.isOk());
        QCOMPARE(read.value().settings.targetLevel, QString());
    }
}

void TestSession::jobRoundTrips()
{
    const Session session = jobSession();
    const QByteArray bytes = serialiseSession(session);
    const auto parsed = parseSession(bytes, kFile);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().run.jobText, session.run.jobText);
    QCOMPARE(parsed.value().run.jobGaps.size(), 3);
    for (qsizetype i = 0; i < session.run.jobGaps.size(); ++i)
        QVERIFY2(parsed.value().run.jobGaps.at(i) == session.run.jobGaps.at(i),
                 qPrintable(session.run.jobGaps.at(i).skill));
    QVERIFY(parsed.value() == session);
    QCOMPARE(serialiseSession(parsed.value()), bytes);

    // The shape: "run.job" = {"text", "gaps": [{"skill", "adjacent", "advice", "questions", "error"}]}.
    const QJsonObject job
        = rootOf(session).value(QStringLiteral("run")).toObject().value(QStringLiteral("job")).toObject();
    QCOMPARE(job.keys(), (QStringList { QStringLiteral("gaps"), QStringLiteral("text") }));
    QCOMPARE(job.value(QStringLiteral("text")).toString(), session.run.jobText);
    const QJsonArray gaps = job.value(QStringLiteral("gaps")).toArray();
    QCOMPARE(gaps.size(), 3);
    const QJsonObject terraform = gaps.at(0).toObject();
    QCOMPARE(terraform.keys(),
             (QStringList { QStringLiteral("adjacent"), QStringLiteral("advice"), QStringLiteral("error"),
                            QStringLiteral("questions"), QStringLiteral("skill") }));
    QCOMPARE(terraform.value(QStringLiteral("skill")).toString(), QStringLiteral("Terraform"));
    QCOMPARE(terraform.value(QStringLiteral("questions")).toArray().size(), 2);
    QCOMPARE(gaps.at(1).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("Groq stopped the run: quota exceeded"));

    // Only "skill" is required in a gap: the rest may be absent (read as empty).
    QJsonObject root = rootOf(session);
    QJsonObject run = root.value(QStringLiteral("run")).toObject();
    run.insert(QStringLiteral("job"),
               QJsonObject { { QStringLiteral("text"), QStringLiteral("Go developer") },
                             { QStringLiteral("gaps"),
                               QJsonArray { QJsonObject { { QStringLiteral("skill"), QStringLiteral("Go") },
                                                          { QStringLiteral("error"), QJsonValue::Null } } } } });
    root.insert(QStringLiteral("run"), run);
    const auto sparse = parseSession(bytesOf(root), kFile);
    QVERIFY2(sparse.isOk(), qPrintable(sparse.isOk() ? QString() : sparse.error().message));
    QCOMPARE(sparse.value().run.jobGaps.size(), 1);
    JobGap go;
    go.skill = QStringLiteral("Go");
    QVERIFY(sparse.value().run.jobGaps.at(0) == go);
}

void TestSession::runWithoutJobHasNoJobMember()
{
    // Runs without a job are saved exactly as before: no "job" member at all.
    const QJsonObject run = rootOf(fullSession()).value(QStringLiteral("run")).toObject();
    QVERIFY(!run.contains(QStringLiteral("job")));
    QCOMPARE(run.keys(),
             (QStringList { QStringLiteral("error"), QStringLiteral("generated_at"), QStringLiteral("models"),
                            QStringLiteral("prompt_versions"), QStringLiteral("skills"), QStringLiteral("usage"),
                            QStringLiteral("usage_by_stage") }));

    // A file written before jobs existed (the member absent, or null) reads as a run without a job.
    QJsonObject root = rootOf(fullSession());
    const auto old = parseSession(bytesOf(root), kFile);
    QVERIFY(old.isOk());
    QVERIFY(old.value().run.jobText.isEmpty());
    QVERIFY(old.value().run.jobGaps.isEmpty());
    QVERIFY(old.value() == fullSession());
    QJsonObject withNull = root.value(QStringLiteral("run")).toObject();
    withNull.insert(QStringLiteral("job"), QJsonValue::Null);
    root.insert(QStringLiteral("run"), withNull);
    const auto nulled = parseSession(bytesOf(root), kFile);
    QVERIFY(nulled.isOk());
    QVERIFY(nulled.value() == fullSession());
}

void TestSession::jobGapsNeedAJobTextAndAName()
{
    // In memory: gaps without a job text, or a gap without a name, are not saved.
    Session noText = jobSession();
    noText.run.jobText = QStringLiteral(" \n\t");
    QVERIFY(!rootOf(noText).value(QStringLiteral("run")).toObject().contains(QStringLiteral("job")));
    const auto readNoText = parseSession(serialiseSession(noText), kFile);
    QVERIFY(readNoText.isOk());
    QVERIFY(readNoText.value() == fullSession());

    Session unnamed = jobSession();
    JobGap blank;
    blank.skill = QStringLiteral("  ");
    blank.questions = { QStringLiteral("Orphan question?") };
    unnamed.run.jobGaps.insert(1, blank);
    unnamed.run.jobGaps.append(JobGap {});
    QCOMPARE(serialiseSession(unnamed), serialiseSession(jobSession()));

    // In a file: the same rule when reading, so what is read is saved and read back unchanged.
    QJsonObject root = rootOf(jobSession());
    QJsonObject run = root.value(QStringLiteral("run")).toObject();
    QJsonObject job = run.value(QStringLiteral("job")).toObject();
    QJsonArray gaps = job.value(QStringLiteral("gaps")).toArray();
    gaps.insert(0, QJsonObject { { QStringLiteral("skill"), QString() } });
    gaps.append(QJsonObject { { QStringLiteral("skill"), QStringLiteral("\n") },
                              { QStringLiteral("questions"), QJsonArray { QStringLiteral("Orphan?") } } });
    job.insert(QStringLiteral("gaps"), gaps);
    run.insert(QStringLiteral("job"), job);
    root.insert(QStringLiteral("run"), run);
    const auto named = parseSession(bytesOf(root), kFile);
    QVERIFY(named.isOk());
    QVERIFY(named.value() == jobSession());

    for (const QJsonValue &text : { QJsonValue(QJsonValue::Undefined), QJsonValue(QString()),
                                    QJsonValue(QStringLiteral("   ")), QJsonValue(QJsonValue::Null) }) {
        if (text.isUndefined())
            job.remove(QStringLiteral("text"));
        else
            job.insert(QStringLiteral("text"), text);
        run.insert(QStringLiteral("job"), job);
        root.insert(QStringLiteral("run"), run);
        const auto read = parseSession(bytesOf(root), kFile);
        QVERIFY(read.isOk());
        QVERIFY(read.value().run.jobText.isEmpty());
        QVERIFY(read.value().run.jobGaps.isEmpty());
        QVERIFY(read.value() == fullSession());
        const auto again = parseSession(serialiseSession(read.value()), kFile);
        QVERIFY(again.isOk());
        QVERIFY(again.value() == read.value());
    }
}

void TestSession::sessionIds()
{
    const QString id = newSessionId(QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC), 0x1a2bu);
    QCOMPARE(id, QStringLiteral("20250304-050607-00001a2b"));
    QVERIFY(isValidSessionId(id));
    QVERIFY(isValidSessionId(newSessionId()));
    QVERIFY(newSessionId() != newSessionId());
    for (const char *bad : { "", "../x", "a/b", "a.b", "-lead", "with space", "ä" })
        QVERIFY2(!isValidSessionId(QString::fromUtf8(bad)), bad);
    QVERIFY(!isValidSessionId(QString(101, u'a')));

    const Session fresh = newSession(QStringLiteral("/tmp/cv.pdf"), Settings(), at(0));
    QVERIFY(fresh.meta.id.startsWith(QStringLiteral("20250304-050607-")));
    QCOMPARE(fresh.meta.createdAt, at(0));
    QCOMPARE(toString(fresh.meta.outcome), toString(SessionOutcome::InProgress));
    QCOMPARE(fresh.meta.resumePath, QStringLiteral("/tmp/cv.pdf"));
}

void TestSession::runSettingsApplyOnlyTheRunShape()
{
    Settings saved;
    saved.questionsPerSkill = 3;
    saved.questionModel = QStringLiteral("old-model");
    saved.groundingEnabled = false;
    saved.targetLevel = QStringLiteral("junior");
    Settings current;
    current.targetLevel = QStringLiteral("staff");
    current.requestTimeoutSec = 42;
    current.questionModel = QStringLiteral("new-model");
    current.groqBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    const Settings applied = RunSettings::from(saved).appliedTo(current);
    QCOMPARE(applied.questionsPerSkill, 3);
    QCOMPARE(applied.questionModel, QStringLiteral("old-model"));
    QCOMPARE(applied.groundingEnabled, false);
    QCOMPARE(applied.targetLevel, QStringLiteral("junior")); // continuing keeps the run's level
    QCOMPARE(applied.requestTimeoutSec, 42);
    QCOMPARE(applied.groqBaseUrl, current.groqBaseUrl);
}

void TestSession::practiceRoundTrips()
{
    Session session = fullSession();
    session.attempts = practice();
    const QByteArray bytes = serialiseSession(session);
    const auto parsed = parseSession(bytes, kFile);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().attempts.size(), 3);
    for (qsizetype i = 0; i < session.attempts.size(); ++i)
        QVERIFY2(parsed.value().attempts.at(i) == session.attempts.at(i), qPrintable(session.attempts.at(i).id));
    QVERIFY(parsed.value() == session);
    QCOMPARE(serialiseSession(parsed.value()), bytes);

    // The file's keys, as AttemptJson.h documents them; still version 1 (older readers ignore it).
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    const QJsonArray list = root.value(QStringLiteral("practice")).toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList { "answer", "at", "depth", "error", "grade", "graded", "id", "model", "parent_id", "question",
                            "recording", "rubric", "skill" }));
    // "recording" only where a recording was kept (issue 17): the other attempts have none.
    QVERIFY(!list.at(1).toObject().contains(QStringLiteral("recording")));
    QCOMPARE(first.value(QStringLiteral("at")).toString(), QStringLiteral("2025-03-04T05:10:07.123Z"));
    QCOMPARE(first.value(QStringLiteral("rubric")).toArray().at(1).toObject().value(QStringLiteral("source")),
             QJsonValue(QJsonValue::Null));
    const QJsonObject grade = first.value(QStringLiteral("grade")).toObject();
    QCOMPARE(grade.keys(),
             (QStringList { "clarity", "correct", "depth", "dont_know", "feedback", "follow_up", "key_points",
                            "overall", "stronger_answer", "stronger_quotes", "stronger_withheld", "trade_offs" }));
    QCOMPARE(grade.value(QStringLiteral("trade_offs")).toInt(), 4);
    QCOMPARE(grade.value(QStringLiteral("key_points")).toArray().at(0).toObject().keys(),
             (QStringList { "covered", "judgement", "point", "source" }));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("parent_id")).toString(), first.value(QStringLiteral("id")));

    // An attempt alone, and one without a grade member (ungraded, scores 0).
    QCOMPARE(attemptFromJson(toJson(session.attempts.at(1))), std::optional(session.attempts.at(1)));
    QJsonObject bare = toJson(session.attempts.at(2));
    bare.remove(QStringLiteral("grade"));
    bare.remove(QStringLiteral("rubric"));
    bare.remove(QStringLiteral("at"));
    PracticeAttempt expected = session.attempts.at(2);
    expected.at = QDateTime();
    QCOMPARE(attemptFromJson(bare), std::optional(expected));
}

void TestSession::fileWithoutPracticeHasNoAttempts()
{
    // A session without attempts is written exactly as before issue 16: no "practice" member.
    const QJsonObject root = rootOf(fullSession());
    QVERIFY(!root.contains(QStringLiteral("practice")));
    const auto parsed = parseSession(bytesOf(root), kFile);
    QVERIFY(parsed.isOk());
    QVERIFY(parsed.value().attempts.isEmpty());
    QVERIFY(parsed.value() == fullSession());

    // A "practice" that is not a list reads as none; the session still opens.
    for (const QJsonValue &value : { QJsonValue(QJsonValue::Null), QJsonValue(QStringLiteral("x")), QJsonValue(3),
                                     QJsonValue(QJsonObject { { QStringLiteral("id"), QStringLiteral("a") } }) }) {
        QJsonObject changed = root;
        changed.insert(QStringLiteral("practice"), value);
        const auto read = parseSession(bytesOf(changed), kFile);
        QVERIFY(read.isOk());
        QVERIFY(read.value().attempts.isEmpty());
    }
}

void TestSession::damagedAttemptIsSkipped_data()
{
    QTest::addColumn<QString>("member"); // "grade.x" changes the grade's member x
    QTest::addColumn<QJsonValue>("value"); // Undefined removes the member

    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("no id") << "id" << gone;
    QTest::newRow("empty id") << "id" << QJsonValue(QString());
    QTest::newRow("id not text") << "id" << QJsonValue(7);
    QTest::newRow("score above 10") << "grade.correct" << QJsonValue(11);
    QTest::newRow("negative score") << "grade.overall" << QJsonValue(-1);
    QTest::newRow("fractional score") << "grade.depth" << QJsonValue(2.5);
    QTest::newRow("score missing") << "grade.clarity" << gone;
    QTest::newRow("score as text") << "grade.trade_offs" << QJsonValue(QStringLiteral("4"));
    QTest::newRow("depth too deep") << "depth" << QJsonValue(kMaxPracticeDepth + 1);
    QTest::newRow("negative depth") << "depth" << QJsonValue(-1);
    QTest::newRow("answer not text") << "answer" << QJsonValue(QJsonArray { 1 });
    QTest::newRow("grade not an object") << "grade" << QJsonValue(QStringLiteral("7/10"));
    QTest::newRow("rubric point without text") << "rubric" << QJsonValue(QJsonArray { QJsonObject {} });
    QTest::newRow("key points not a list") << "grade.key_points" << QJsonValue(QStringLiteral("all"));
    QTest::newRow("graded not a boolean") << "graded" << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("bad date") << "at" << QJsonValue(QStringLiteral("yesterday"));
}

void TestSession::damagedAttemptIsSkipped()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    Session session = fullSession();
    session.attempts = practice();
    QJsonObject root = rootOf(session);
    QJsonArray list = root.value(QStringLiteral("practice")).toArray();
    QJsonObject damaged = list.at(1).toObject();
    QJsonObject grade = damaged.value(QStringLiteral("grade")).toObject();
    const bool inGrade = member.startsWith(QLatin1String("grade."));
    QJsonObject &target = inGrade ? grade : damaged;
    const QString key = inGrade ? member.mid(6) : member;
    if (value.isUndefined())
        target.remove(key);
    else
        target.insert(key, value);
    if (inGrade)
        damaged.insert(QStringLiteral("grade"), grade);
    list.replace(1, damaged);
    list.append(QStringLiteral("not an attempt")); // and an element that is no object at all
    root.insert(QStringLiteral("practice"), list);

    QVERIFY(!attemptFromJson(damaged).has_value());
    const auto parsed = parseSession(bytesOf(root), kFile);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().attempts, (QList<PracticeAttempt> { session.attempts.at(0), session.attempts.at(2) }));
    QVERIFY(parsed.value().run == session.run);
}

void TestSession::gradeRoundTrips()
{
    for (const PracticeAttempt &a : practice())
        QCOMPARE(gradeFromJson(toJson(a.grade)), std::optional(a.grade));
    PracticeGrade dontKnow;
    dontKnow.dontKnow = true;
    dontKnow.keyPoints = { KeyPointVerdict { 0, false, {}, -1 } };
    QCOMPARE(gradeFromJson(toJson(dontKnow)), std::optional(dontKnow));

    QJsonObject noScore = toJson(practice().first().grade);
    noScore.remove(QStringLiteral("overall"));
    QVERIFY(!gradeFromJson(noScore).has_value());
    QJsonObject outOfRange = toJson(practice().first().grade);
    outOfRange.insert(QStringLiteral("clarity"), kMaxScore + 1);
    QVERIFY(!gradeFromJson(outOfRange).has_value());
    QJsonObject badVerdict = toJson(practice().first().grade);
    badVerdict.insert(QStringLiteral("key_points"), QJsonArray { QJsonObject { { QStringLiteral("point"), -2 } } });
    QVERIFY(!gradeFromJson(badVerdict).has_value());
    QVERIFY(!gradeFromJson(QJsonObject {}).has_value());
}

void TestSession::attemptsOnListsEachAnswerThenItsThread()
{
    const QString py = QStringLiteral("Python");
    const QString gil = QStringLiteral("GIL?");
    // In the order graded: two answers to the same question interleaved with their follow-ups,
    // an answer to another question and one of another skill with the same text.
    const QList<PracticeAttempt> all {
        attempt(QStringLiteral("a1"), py, gil),
        attempt(QStringLiteral("b1"), py, QStringLiteral("Other?")),
        attempt(QStringLiteral("a2"), py, gil),
        attempt(QStringLiteral("a1f1"), py, QStringLiteral("follow 1"), QStringLiteral("a1")),
        attempt(QStringLiteral("a2f1"), py, QStringLiteral("follow 1"), QStringLiteral("a2")),
        attempt(QStringLiteral("a1f1f1"), py, QStringLiteral("follow 2"), QStringLiteral("a1f1")),
        attempt(QStringLiteral("a1f2"), py, QStringLiteral("again"), QStringLiteral("a1")),
        attempt(QStringLiteral("c1"), QStringLiteral("Go"), gil),
    };
    const auto ids = [](const QList<PracticeAttempt> &list) {
        QStringList out;
        for (const PracticeAttempt &a : list)
            out << a.id;
        return out;
    };
    QCOMPARE(ids(attemptsOn(all, py, gil)), (QStringList { "a1", "a1f1", "a1f1f1", "a1f2", "a2", "a2f1" }));
    QCOMPARE(ids(threadOf(all, QStringLiteral("a1"))), (QStringList { "a1f1", "a1f1f1", "a1f2" }));
    QCOMPARE(ids(threadOf(all, QStringLiteral("a1f1"))), QStringList { "a1f1f1" });
    QCOMPARE(ids(threadOf(all, QStringLiteral("a1f1f1"))), QStringList());
    QCOMPARE(ids(threadOf(all, QString())), QStringList());
    QCOMPARE(ids(attemptsOn(all, QStringLiteral("Go"), gil)), QStringList { "c1" });
    QCOMPARE(ids(attemptsOn(all, py, QStringLiteral("follow 1"))), QStringList()); // follow-ups are not answers
    QCOMPARE(ids(attemptsOn({}, py, gil)), QStringList());
}

void TestSession::parentCyclesDoNotHang()
{
    const QString py = QStringLiteral("Python");
    const auto ids = [](const QList<PracticeAttempt> &list) {
        QStringList out;
        for (const PracticeAttempt &a : list)
            out << a.id;
        return out;
    };
    // x ← y ← z ← x (a damaged file), plus one attempt that is its own parent.
    const QList<PracticeAttempt> cycle {
        attempt(QStringLiteral("x"), py, QStringLiteral("q"), QStringLiteral("z")),
        attempt(QStringLiteral("y"), py, QStringLiteral("q"), QStringLiteral("x")),
        attempt(QStringLiteral("z"), py, QStringLiteral("q"), QStringLiteral("y")),
        attempt(QStringLiteral("s"), py, QStringLiteral("q"), QStringLiteral("s")),
    };
    QCOMPARE(ids(threadOf(cycle, QStringLiteral("x"))), (QStringList { "y", "z" }));
    QCOMPARE(ids(threadOf(cycle, QStringLiteral("s"))), QStringList());
    QCOMPARE(ids(attemptsOn(cycle, py, QStringLiteral("q"))), QStringList()); // none is an answer

    // An id used twice, once as an answer and once as its own follow-up.
    const QList<PracticeAttempt> twice {
        attempt(QStringLiteral("d"), py, QStringLiteral("q")),
        attempt(QStringLiteral("d"), py, QStringLiteral("f"), QStringLiteral("d")),
        attempt(QStringLiteral("e"), py, QStringLiteral("g"), QStringLiteral("d")),
    };
    QCOMPARE(ids(attemptsOn(twice, py, QStringLiteral("q"))), (QStringList { "d", "e" }));

    // A very long chain (no recursion to overflow the stack), and a wide cycle, finish.
    QList<PracticeAttempt> chain { attempt(QStringLiteral("c0"), py, QStringLiteral("q")) };
    constexpr int kLength = 200'000;
    for (int i = 1; i < kLength; ++i)
        chain.append(attempt(QStringLiteral("c%1").arg(i), py, QStringLiteral("f"), QStringLiteral("c%1").arg(i - 1)));
    QCOMPARE(attemptsOn(chain, py, QStringLiteral("q")).size(), kLength);
    chain.first().parentId = chain.last().id; // now all one cycle
    QCOMPARE(threadOf(chain, QStringLiteral("c0")).size(), kLength - 1);
    QVERIFY(attemptsOn(chain, py, QStringLiteral("q")).isEmpty());
}

void TestSession::completeRunNeedsNothing()
{
    const ContinuePlan plan = planContinuation(fullSession().run, true);
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.discover.isEmpty());
}

void TestSession::runWithoutSkillsNeedsExtraction()
{
    RunState run = fullSession().run;
    run.skills.clear();
    run.error = QStringLiteral("Groq stopped the run: unauthorized");
    const ContinuePlan plan = planContinuation(run, true);
    QVERIFY(plan.extractSkills);
    QVERIFY(!plan.isEmpty());
    const RunState prepared = prepareContinuation(run, plan);
    QVERIFY(prepared.error.isEmpty());
    QCOMPARE(prepared.usage, run.usage);
}

void TestSession::planAsksOnlyForMissingWork()
{
    // 0 Python done grounded, 1 Kubernetes done (no section), 2 C++ done grounded,
    // 3 Rust searching, 4 Go generating (context-free, decided), 5 SQL failed (discovery to retry),
    // 6 Docker queued; plus 7: done but without questions, 8: generating with a grounded context.
    RunState run = partialSession().run;
    run.skills.append(skill(QStringLiteral("Java"), SkillState::Done, ContextKind::ContextFree));
    run.skills.last().contextReason = QStringLiteral("No section found");
    SkillResult grounded = skill(QStringLiteral("Linux"), SkillState::Generating, ContextKind::Grounded);
    grounded.contextText = QStringLiteral("## Linux\n…");
    run.skills.append(grounded);

    const ContinuePlan plan = planContinuation(run, true);
    QVERIFY(!plan.extractSkills);
    QCOMPARE(plan.generate, (QList<int> { 3, 4, 5, 6, 7, 8 }));
    QCOMPARE(plan.discover, (QList<int> { 3, 5, 6 }));
}

void TestSession::planWithoutGroundingSkipsDiscovery()
{
    const ContinuePlan plan = planContinuation(partialSession().run, false);
    QCOMPARE(plan.generate, (QList<int> { 3, 4, 5, 6 }));
    QVERIFY(plan.discover.isEmpty());
}

void TestSession::prepareContinuationResetsOnlyPlannedSkills()
{
    const RunState run = partialSession().run;
    const ContinuePlan plan = planContinuation(run, true);
    const RunState next = prepareContinuation(run, plan);
    QVERIFY(next.error.isEmpty());
    QCOMPARE(next.usage, run.usage);
    QCOMPARE(next.skills.size(), run.skills.size());
    for (int i : { 0, 1, 2 })
        QVERIFY2(next.skills.at(i) == run.skills.at(i), qPrintable(run.skills.at(i).name)); // done: untouched
    for (int i : plan.generate) {
        QCOMPARE(toString(next.skills.at(i).state), toString(SkillState::Queued));
        QVERIFY(next.skills.at(i).error.isEmpty());
        QVERIFY(next.skills.at(i).questions.isEmpty());
    }
    // Go keeps its decided context; SQL (to be rediscovered) loses its failure reason.
    QCOMPARE(next.skills.at(4).contextReason, run.skills.at(4).contextReason);
    QVERIFY(next.skills.at(5).contextReason.isEmpty());
    QVERIFY(!next.skills.at(5).retryDiscovery);
    // Preparing does not change what is planned.
    QCOMPARE(planContinuation(next, true), plan);
}

void TestSession::settlingAnInterruptedRunKeepsThePlan()
{
    RunState run = partialSession().run;
    const ContinuePlan before = planContinuation(run, true);
    settleInterruptedRun(run);
    for (const SkillResult &s : std::as_const(run.skills))
        QVERIFY2(s.state == SkillState::Done || s.state == SkillState::Failed, qPrintable(s.name));
    QCOMPARE(run.skills.at(3).error, QStringLiteral("Interrupted before it finished"));
    QCOMPARE(run.skills.at(5).error, partialSession().run.skills.at(5).error); // already failed: kept
    QCOMPARE(planContinuation(run, true), before);
}

void TestSession::canContinue()
{
    QVERIFY(!fullSession().canContinue());
    QVERIFY(partialSession().canContinue());

    Session done = partialSession();
    done.meta.outcome = SessionOutcome::Complete; // whatever its skills say, the user saw it finish
    QVERIFY(!done.canContinue());

    Session noSkills = partialSession();
    noSkills.run.skills.clear();
    QVERIFY(noSkills.canContinue());
    noSkills.meta.resumePath.clear(); // started from text: nothing to read again
    QVERIFY(!noSkills.canContinue());

    Session cancelledButFinished = fullSession();
    cancelledButFinished.meta.outcome = SessionOutcome::Cancelled;
    QVERIFY(!cancelledButFinished.canContinue()); // nothing left to do
}

void TestSession::resumeIdentityIsChecked()
{
    const Session session = fullSession();
    QVERIFY(checkResumeIdentity(session, QStringLiteral("Jane Doe\nPython, Kubernetes, Rust")).isOk());
    const auto changed = checkResumeIdentity(session, QStringLiteral("Jane Doe\nPython, Kubernetes, Rust, Go"));
    QVERIFY(changed.isError());
    QVERIFY2(changed.error().contains(session.run.sourceFile), qPrintable(changed.error()));
    QCOMPARE(resumeTextSha256(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
