#include "report/Report.h"
#include "report/ReportText.h"
#include "session/AttemptJson.h"
#include "session/SourceLabel.h"
#include "support/DacOverrideDropped.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

#ifdef Q_OS_LINUX
using ip::test::DacOverrideDropped;
#endif

namespace {

QDateTime fixedTime(int offsetSeconds = 3600)
{
    return QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::OffsetFromUTC, offsetSeconds);
}

SkillResult skill(const QString &name, SkillState state, ContextKind context, const QStringList &questions)
{
    SkillResult s;
    s.name = name;
    s.state = state;
    s.context = context;
    s.questions = questionsFromTexts(questions);
    return s;
}

// A small run: one grounded skill (with a source without a title), one context-free, one failed.
RunState sampleState()
{
    RunState state;
    state.sourceFile = QStringLiteral("jane_doe.pdf");
    state.generatedAt = fixedTime();
    state.models = { { QStringLiteral("skills"), QStringLiteral("openai/gpt-oss-20b") },
                     { QStringLiteral("discovery"), QStringLiteral("gemini-2.5-flash") },
                     { QStringLiteral("questions"), QStringLiteral("openai/gpt-oss-120b") } };
    state.promptVersions = { { QStringLiteral("skills"), 1 } };

    SkillResult python
        = skill(QStringLiteral("Python"), SkillState::Done, ContextKind::Grounded,
                { QStringLiteral("How does the GIL affect threads?"), QStringLiteral("Why\n  use generators?") });
    python.contextText = QStringLiteral("## Python\nsecret-free context that reports do not print");
    python.sources = { { QStringLiteral("Python docs"), QUrl(QStringLiteral("https://docs.python.org/3/")) },
                       { QString(), QUrl(QStringLiteral("https://peps.python.org/pep-0008/")) } };

    SkillResult kubernetes = skill(QStringLiteral("Kubernetes"), SkillState::Done, ContextKind::ContextFree,
                                   { QStringLiteral("What does a Deployment add over a ReplicaSet?") });
    kubernetes.contextReason = QStringLiteral("grounding is off");

    SkillResult rust = skill(QStringLiteral("Rust"), SkillState::Failed, ContextKind::ContextFree, {});
    rust.contextReason = QStringLiteral("discovery failed: quota");
    rust.error = QStringLiteral("The model returned no questions.");

    state.skills = { python, kubernetes, rust };
    state.usage = { 7, 1200, 800 };
    return state;
}

JobGap gap(const QString &name, const QString &adjacent, const QString &advice, const QStringList &questions,
           const QString &error = {})
{
    return JobGap { name, adjacent, advice, questions, error };
}

// sampleState targeting a job: a gap with everything, one whose questions failed, one not written
// yet, and two without a name (never printed).
RunState jobState()
{
    RunState state = sampleState();
    state.jobText
        = QStringLiteral("\n  \n   Senior   Platform Engineer (m/w/d) — Berlin  \nWe run *Terraform* and Go.\n");
    state.jobGaps = {
        gap(QStringLiteral("Terraform"), QStringLiteral("Ansible,\n AWS CloudFormation"),
            QStringLiteral("Say you have not used it; explain drift through CloudFormation."),
            { QStringLiteral("How would you find\n drift between code and cloud?"), QStringLiteral("  "),
              QStringLiteral("What would you put in a module?") }),
        gap(QStringLiteral("  "), QStringLiteral("x"), QStringLiteral("y"), { QStringLiteral("Orphan?") }),
        gap(QStringLiteral("Go"), QStringLiteral("Rust"), QString(), {}, QStringLiteral("Groq stopped the run: quota")),
        gap(QStringLiteral("C# 12"), QString(), QString(), {}),
        gap(QString(), QString(), QString(), {}),
    };
    return state;
}

Question detailed(const QString &text, int difficulty, QuestionCategory category, const QString &evidence = {},
                  const QList<KeyPoint> &keyPoints = {})
{
    Question q(text);
    q.difficulty = difficulty;
    q.category = category;
    q.evidence = evidence;
    q.keyPoints = keyPoints;
    return q;
}

// Issue 15: a grounded skill whose questions carry details (the first none, the second blank and
// never printed, the third everything, a key point with no text and one with no source) and
// claims (one blank); a context-free skill with claims but no details.
RunState detailedState()
{
    RunState state;
    state.sourceFile = QStringLiteral("jane_doe.pdf");
    state.generatedAt = fixedTime();

    SkillResult python = skill(QStringLiteral("Python"), SkillState::Done, ContextKind::Grounded, {});
    python.sources = { { QStringLiteral("Python docs"), QUrl(QStringLiteral("https://docs.python.org/3/")) },
                       { QString(), QUrl(QStringLiteral("https://peps.python.org/pep-0008/")) } };
    python.questions = {
        Question(QStringLiteral("What is a list comprehension?")),
        detailed(QStringLiteral("  "), 1, QuestionCategory::Concept, QStringLiteral("never shown")),
        detailed(QStringLiteral("How does the GIL affect threads?"), 2, QuestionCategory::Internals,
                 QStringLiteral("Cut API latency by\n 40% with asyncio"),
                 { { QStringLiteral("Only one thread runs bytecode at a time"), 0 },
                   { QStringLiteral("Blocking I/O releases the GIL"), -1 },
                   { QStringLiteral("  "), 1 },
                   { QStringLiteral("C extensions can release it too"), 1 } }),
        detailed(QStringLiteral("Design a\n task queue"), 3, QuestionCategory::TradeOff),
    };
    python.claims = { QStringLiteral("Cut API latency by 40% with asyncio"), QStringLiteral(" "),
                      QStringLiteral("Led a team of 4") };
    python.resumeLines = { QStringLiteral("internal: never printed") };

    SkillResult go = skill(QStringLiteral("Go"), SkillState::Done, ContextKind::ContextFree,
                           { QStringLiteral("Why are goroutines cheap?") });
    go.claims = { QStringLiteral("Rewrote the billing service in Go") };

    state.skills = { python, go };
    return state;
}

// Issue 16: practice on sampleState's questions. A graded answer on Python with covered and missed
// points (sources from the rubric and from a judgement), a stronger answer and the resume lines it
// rests on; its follow-up answered in Arabic (stronger answer withheld), whose own follow-up is
// not answered yet; an ungraded answer whose grading failed; an "I don't know"; and an answer on a
// skill the run does not have.
QList<PracticeAttempt> practiceAttempts()
{
    PracticeAttempt gil;
    gil.id = QStringLiteral("a-20250304051000-00000001");
    gil.skill = QStringLiteral("Python");
    gil.question = QStringLiteral("How does the GIL affect threads?");
    gil.answer = QStringLiteral("Only one thread runs *bytecode* at a time.\n\n\n  # Not a heading\n- not a list");
    gil.rubric = { { QStringLiteral("Only one thread runs bytecode at a time"), 0 },
                   { QStringLiteral("Blocking I/O releases the GIL"), -1 },
                   { QStringLiteral("C extensions can release it"), -1 } };
    gil.at = QDateTime(QDate(2025, 3, 4), QTime(5, 10), Qt::UTC);
    gil.model = QStringLiteral("openai/gpt-oss-120b");
    gil.graded = true;
    gil.grade.correct = 7;
    gil.grade.depth = 5;
    gil.grade.tradeOffs = 4;
    gil.grade.clarity = 8;
    gil.grade.overall = 6;
    gil.grade.feedback = QStringLiteral("Right idea;\n no word on I/O.");
    gil.grade.keyPoints = { { 0, true, QStringLiteral("Said so"), 0 },
                            { 1, false, QStringLiteral("Not mentioned"), 1 },
                            { 2, false, QString(), -1 },
                            { 7, true, QStringLiteral("out of range: never printed"), -1 } };
    gil.grade.strongerAnswer = QStringLiteral("At Acme I moved the parser to a process pool.\nThreads kept the I/O.");
    gil.grade.strongerQuotes = { QStringLiteral("Cut API latency by 40% with asyncio") };
    gil.grade.followUp = QStringLiteral("What happens during a blocking read?");

    PracticeAttempt arabic;
    arabic.id = QStringLiteral("a-20250304051100-00000002");
    arabic.skill = gil.skill;
    arabic.question = gil.grade.followUp;
    arabic.parentId = gil.id;
    arabic.depth = 1;
    arabic.answer = QStringLiteral("يتم تحرير القفل أثناء عمليات الإدخال والإخراج");
    arabic.rubric = { gil.rubric.at(1) };
    arabic.model = gil.model;
    arabic.graded = true;
    arabic.grade.correct = 9;
    arabic.grade.depth = 6;
    arabic.grade.tradeOffs = 3;
    arabic.grade.clarity = 7;
    arabic.grade.overall = 7;
    arabic.grade.feedback = QStringLiteral("صحيح");
    arabic.grade.keyPoints = { { 0, true, QStringLiteral("ذكر ذلك"), -1 } };
    arabic.grade.strongerAnswer = QStringLiteral("never printed: withheld");
    arabic.grade.strongerWithheld = QStringLiteral("It cited a number the resume does not give.");
    arabic.grade.followUp = QStringLiteral("And in C extensions?");

    PracticeAttempt failed;
    failed.id = QStringLiteral("a-20250304051200-00000003");
    failed.skill = QStringLiteral("Kubernetes");
    failed.question = QStringLiteral("What does a Deployment add over a ReplicaSet?");
    failed.answer = QStringLiteral("Rolling updates.");
    failed.error = QStringLiteral("Groq stopped: quota exceeded");

    PracticeAttempt dontKnow;
    dontKnow.id = QStringLiteral("a-20250304051300-00000004");
    dontKnow.skill = QStringLiteral("Python");
    dontKnow.question = QStringLiteral("Why use generators?");
    dontKnow.answer = QStringLiteral("I don't know");
    dontKnow.rubric = { { QStringLiteral("Lazy evaluation"), 1 } };
    dontKnow.graded = true;
    dontKnow.grade.dontKnow = true;
    dontKnow.grade.keyPoints = { { 0, false, QString(), -1 } };

    PracticeAttempt elsewhere;
    elsewhere.id = QStringLiteral("a-20250304051400-00000005");
    elsewhere.skill = QStringLiteral("C#");
    elsewhere.question = QStringLiteral("What is a record?");
    elsewhere.answer = QStringLiteral("A value type.");
    return { gil, failed, arabic, dontKnow, elsewhere };
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QString rule()
{
    return QString(80, u'=');
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceLabels_data();
    void sourceLabels();
    void textLayoutExact();
    void markdownLayoutExact();
    void jsonKeysExact();
    void textWithJobExact();
    void markdownWithJobExact();
    void jsonWithJob();
    void gapsWithoutAJobTextAreNotReported();
    void textWithDetailsExact();
    void markdownWithDetailsExact();
    void jsonWithDetails();
    void blankDetailsPrintAsBefore();
    void markdownEscapesDetails();
    void keyPointSourceOutOfRange();
    void jobTitle_data();
    void jobTitle();
    void jsonGeneratedAtHasOffset_data();
    void jsonGeneratedAtHasOffset();
    void markdownEscaping_data();
    void markdownEscaping();
    void markdownEscapesRunContent();
    void markdownUnsafeLinksArePlainText();
    void unicodeSurvivesEveryFormat();
    void emptyState();
    void partialState();
    void runErrorIsShown();
    void formatNames();
    void defaultFileName_data();
    void defaultFileName();
    void writeReportWritesAndOverwrites();
    void practiceMarkdownExact();
    void practiceTextExact();
    void practiceJson();
    void withoutPracticeNothingChanges();
    void practiceThreadsSurviveDamage();
    void writeIntoReadOnlyDirectoryFails();
    void writeIntoMissingDirectoryFails();
};

void TestReport::sourceLabels_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");
    const auto row = [](const char *name, const char *title, const char *url, const QString &label) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromUtf8(url) << label;
    };
    row("title and site", "Euro 2024 final report", "https://www.uefa.com/euro2024/final",
        QStringLiteral("Euro 2024 final report — uefa.com"));
    row("title is the domain", "uefa.com", "https://www.uefa.com/euro2024/", QStringLiteral("uefa.com"));
    row("title is a parent domain", "wikipedia.org", "https://en.wikipedia.org/wiki/Qt",
        QStringLiteral("en.wikipedia.org"));
    row("title is the domain with www", "WWW.UEFA.com", "https://uefa.com/", QStringLiteral("uefa.com"));
    row("title is another domain", "bbc.co.uk", "https://www.bbc.com/sport", QStringLiteral("bbc.co.uk — bbc.com"));
    row("no title", "", "https://peps.python.org/pep-0008/", QStringLiteral("peps.python.org"));
    row("title spread over lines", "  Qt\n  docs ", "https://doc.qt.io/", QStringLiteral("Qt docs — doc.qt.io"));
    row("still a grounding redirect", "uefa.com", "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AbC",
        QStringLiteral("uefa.com"));
    row("redirect without title", "", "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AbC",
        QStringLiteral("vertexaisearch.cloud.google.com"));
    row("no host", "click", "javascript:alert(1)", QStringLiteral("click"));
    row("nothing", "", "", QString());
}

void TestReport::sourceLabels()
{
    QFETCH(QString, title);
    QFETCH(QString, url);
    QFETCH(QString, label);
    QCOMPARE(sourceLabel(Source { title, QUrl(url) }), label);
}

void TestReport::textLayoutExact()
{
    const QString expected = QStringLiteral(R"TXT(AI INTERVIEW PREPARATION RESULTS
%1
Generated on: 2025-03-04 05:06:07
Source File: jane_doe.pdf
%1

SKILL: Python
-------------
1. How does the GIL affect threads?
2. Why use generators?

Sources:
- Python docs — docs.python.org — https://docs.python.org/3/
- peps.python.org — https://peps.python.org/pep-0008/

%1

SKILL: Kubernetes
-----------------
(general knowledge — no web sources: grounding is off)
1. What does a Deployment add over a ReplicaSet?

%1

SKILL: Rust
-----------
(general knowledge — no web sources: discovery failed: quota)
(failed: The model returned no questions.)

%1
)TXT")
                                 .arg(rule());
    const QString actual = QString::fromUtf8(renderText(sampleState()));
    QCOMPARE(actual, expected);
    QCOMPARE(renderReport(sampleState(), ReportFormat::Text), expected.toUtf8());
}

void TestReport::markdownLayoutExact()
{
    const QString expected = QStringLiteral(R"MD(# Interview preparation: jane\_doe.pdf

Generated on 2025-03-04 05:06:07

## Python

`grounded` · web sources: 2

1. How does the GIL affect threads?
2. Why use generators?

**Sources**

- [Python docs — docs.python.org](https://docs.python.org/3/)
- [peps.python.org](https://peps.python.org/pep-0008/)

## Kubernetes

`general knowledge` · no web sources: grounding is off

1. What does a Deployment add over a ReplicaSet?

## Rust

`general knowledge` · no web sources: discovery failed: quota · `failed` · The model returned no questions.
)MD");
    QCOMPARE(QString::fromUtf8(renderMarkdown(sampleState())), expected);
}

void TestReport::jsonKeysExact()
{
    const QByteArray bytes = renderJson(sampleState());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();

    QCOMPARE(keysOf(root),
             (QSet<QString> { QStringLiteral("schema_version"), QStringLiteral("source_file"),
                              QStringLiteral("generated_at"), QStringLiteral("models"), QStringLiteral("skills"),
                              QStringLiteral("usage") }));
    // 3 since questions are objects and skills have claims (2: sources have "site", a run with a job
    // has "job", absent here: no job).
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(-1), 3);
    QCOMPARE(root.value(QStringLiteral("source_file")).toString(), QStringLiteral("jane_doe.pdf"));
    QCOMPARE(root.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2025-03-04T05:06:07+01:00"));

    const QJsonObject models = root.value(QStringLiteral("models")).toObject();
    QCOMPARE(models,
             (QJsonObject { { QStringLiteral("skills"), QStringLiteral("openai/gpt-oss-20b") },
                            { QStringLiteral("discovery"), QStringLiteral("gemini-2.5-flash") },
                            { QStringLiteral("questions"), QStringLiteral("openai/gpt-oss-120b") } }));

    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage,
             (QJsonObject { { QStringLiteral("requests"), 7 },
                            { QStringLiteral("prompt_tokens"), 1200 },
                            { QStringLiteral("completion_tokens"), 800 } }));

    const QJsonArray skills = root.value(QStringLiteral("skills")).toArray();
    QCOMPARE(skills.size(), 3);
    const QSet<QString> skillKeys { QStringLiteral("skill"),     QStringLiteral("context"), QStringLiteral("sources"),
                                    QStringLiteral("questions"), QStringLiteral("claims"),  QStringLiteral("error") };
    for (const QJsonValue v : skills)
        QCOMPARE(keysOf(v.toObject()), skillKeys);

    const QJsonObject python = skills.at(0).toObject();
    QCOMPARE(python.value(QStringLiteral("skill")).toString(), QStringLiteral("Python"));
    QCOMPARE(python.value(QStringLiteral("context")).toString(), QStringLiteral("grounded"));
    QVERIFY(python.value(QStringLiteral("error")).isNull());
    // Questions are kept verbatim in JSON (only the text formats fold line breaks); a question of a
    // run without details has every detail null and no key points.
    const QJsonArray questions = python.value(QStringLiteral("questions")).toArray();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("How does the GIL affect threads?"));
    QCOMPARE(questions.at(1).toObject(),
             (QJsonObject { { QStringLiteral("text"), QStringLiteral("Why\n  use generators?") },
                            { QStringLiteral("difficulty"), QJsonValue() },
                            { QStringLiteral("category"), QJsonValue() },
                            { QStringLiteral("evidence"), QJsonValue() },
                            { QStringLiteral("key_points"), QJsonArray() } }));
    QCOMPARE(python.value(QStringLiteral("claims")).toArray(), QJsonArray());
    const QJsonArray sources = python.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    for (const QJsonValue v : sources)
        QCOMPARE(keysOf(v.toObject()),
                 (QSet<QString> { QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("site") }));
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://docs.python.org/3/"));
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("title")).toString(), QString());
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("site")).toString(), QStringLiteral("peps.python.org"));

    const QJsonObject kubernetes = skills.at(1).toObject();
    QCOMPARE(kubernetes.value(QStringLiteral("context")).toString(), QStringLiteral("context-free"));
    QCOMPARE(kubernetes.value(QStringLiteral("sources")).toArray(), QJsonArray());
    QVERIFY(kubernetes.value(QStringLiteral("error")).isNull());

    const QJsonObject rust = skills.at(2).toObject();
    QCOMPARE(rust.value(QStringLiteral("error")).toString(), QStringLiteral("The model returned no questions."));
    QCOMPARE(rust.value(QStringLiteral("questions")).toArray(), QJsonArray());

    // Nothing outside the schema leaks in (context text, prompt versions, hashes).
    QVERIFY(!bytes.contains("secret-free context"));
    QVERIFY(!bytes.contains("9f86d081884c7d65"));
}

void TestReport::textWithJobExact()
{
    // The original layout leads, with one more header line; the gaps come after the skills.
    const QString skills = QString::fromUtf8(renderText(sampleState()));
    const QString header = QStringLiteral("Source File: jane_doe.pdf\n");
    QString expected = skills;
    expected.insert(expected.indexOf(header) + header.size(),
                    QStringLiteral("Target Job: Senior Platform Engineer (m/w/d) — Berlin\n"));
    expected += QStringLiteral(R"TXT(
ASKED FOR BY THE JOB, NOT SHOWN ON THE RESUME
%1
Skills the job description asks for that the resume does not show. The questions start from what the resume does show.

Terraform
---------
Closest on your resume: Ansible, AWS CloudFormation
How to answer: Say you have not used it; explain drift through CloudFormation.
1. How would you find drift between code and cloud?
2. What would you put in a module?

%1

Go
--
Closest on your resume: Rust
(Questions could not be written: Groq stopped the run: quota)

%1

C# 12
-----
(no questions generated)

%1
)TXT")
                    .arg(rule());
    const QString actual = QString::fromUtf8(renderText(jobState()));
    QCOMPARE(actual, expected);
    QVERIFY(!actual.contains(QStringLiteral("Orphan")));
}

void TestReport::markdownWithJobExact()
{
    const QString skills = QString::fromUtf8(renderMarkdown(sampleState()));
    const QString generated = QStringLiteral("Generated on 2025-03-04 05:06:07\n\n");
    QString expected = skills;
    expected.insert(expected.indexOf(generated) + generated.size(),
                    QStringLiteral("Target job: Senior Platform Engineer (m/w/d) — Berlin\n\n"));
    expected += QStringLiteral(R"MD(
## Asked for by the job, not shown on the resume

Skills the job description asks for that the resume does not show. The questions start from what the resume does show.

### Terraform

**Closest on your resume:** Ansible, AWS CloudFormation

**How to answer:** Say you have not used it; explain drift through CloudFormation.

1. How would you find drift between code and cloud?
2. What would you put in a module?

### Go

**Closest on your resume:** Rust

*Questions could not be written: Groq stopped the run: quota*

### C\# 12

*no questions generated*
)MD");
    const QString actual = QString::fromUtf8(renderMarkdown(jobState()));
    QCOMPARE(actual, expected);

    // Escaped like the rest: a gap's name, closest skill, advice, questions and error.
    RunState state;
    state.jobText = QStringLiteral("# *Lead* <dev>");
    state.jobGaps = { gap(QStringLiteral("C++_20"), QStringLiteral("- `Rust`"), QStringLiteral("1. Be *honest*"),
                          { QStringLiteral("[x](javascript:y)") }, QString()),
                      gap(QStringLiteral("Go"), QString(), QString(), {}, QStringLiteral("<b>quota</b>")) };
    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(md.contains(QStringLiteral("\nTarget job: \\# \\*Lead\\* \\<dev\\>\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n### C++\\_20\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n**Closest on your resume:** \\- \\`Rust\\`\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n**How to answer:** 1\\. Be \\*honest\\*\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n1. \\[x\\](javascript:y)\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n*Questions could not be written: \\<b\\>quota\\</b\\>*\n")), qPrintable(md));
}

void TestReport::jsonWithJob()
{
    const RunState state = jobState();
    const QByteArray bytes = renderJson(state);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(-1), 3);
    QCOMPARE(keysOf(root),
             (QSet<QString> { QStringLiteral("schema_version"), QStringLiteral("source_file"),
                              QStringLiteral("generated_at"), QStringLiteral("models"), QStringLiteral("skills"),
                              QStringLiteral("usage"), QStringLiteral("job") }));
    // Everything else as without a job.
    QJsonObject withoutJob = root;
    withoutJob.remove(QStringLiteral("job"));
    QCOMPARE(withoutJob, QJsonDocument::fromJson(renderJson(sampleState())).object());

    const QJsonObject job = root.value(QStringLiteral("job")).toObject();
    QCOMPARE(keysOf(job),
             (QSet<QString> { QStringLiteral("text_sha256"), QStringLiteral("first_line"), QStringLiteral("gaps") }));
    QCOMPARE(job.value(QStringLiteral("text_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(state.jobText.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(job.value(QStringLiteral("text_sha256")).toString().size(), 64);
    QCOMPARE(job.value(QStringLiteral("first_line")).toString(),
             QStringLiteral("Senior Platform Engineer (m/w/d) — Berlin"));
    // The job text itself is not in the report.
    QVERIFY(!bytes.contains("We run"));

    const QJsonArray gaps = job.value(QStringLiteral("gaps")).toArray();
    QCOMPARE(gaps.size(), 3); // the two without a name are left out
    const QSet<QString> gapKeys { QStringLiteral("skill"), QStringLiteral("adjacent"), QStringLiteral("advice"),
                                  QStringLiteral("questions"), QStringLiteral("error") };
    for (const QJsonValue v : gaps)
        QCOMPARE(keysOf(v.toObject()), gapKeys);
    const QJsonObject terraform = gaps.at(0).toObject();
    QCOMPARE(terraform.value(QStringLiteral("skill")).toString(), QStringLiteral("Terraform"));
    // Verbatim, like the skills' questions (only the text formats fold line breaks).
    QCOMPARE(terraform.value(QStringLiteral("adjacent")).toString(), QStringLiteral("Ansible,\n AWS CloudFormation"));
    QCOMPARE(terraform.value(QStringLiteral("advice")).toString(),
             QStringLiteral("Say you have not used it; explain drift through CloudFormation."));
    QCOMPARE(terraform.value(QStringLiteral("questions")).toArray(),
             (QJsonArray { QStringLiteral("How would you find\n drift between code and cloud?"), QStringLiteral("  "),
                           QStringLiteral("What would you put in a module?") }));
    QVERIFY(terraform.value(QStringLiteral("error")).isNull());
    const QJsonObject go = gaps.at(1).toObject();
    QCOMPARE(go.value(QStringLiteral("error")).toString(), QStringLiteral("Groq stopped the run: quota"));
    QCOMPARE(go.value(QStringLiteral("questions")).toArray(), QJsonArray());
    QCOMPARE(go.value(QStringLiteral("advice")).toString(), QString());
    QVERIFY(gaps.at(2).toObject().value(QStringLiteral("error")).isNull());

    // A job without gaps (none found, or not found yet) still says the run targeted one.
    RunState noGaps = sampleState();
    noGaps.jobText = QStringLiteral("Go developer");
    const QJsonObject empty
        = QJsonDocument::fromJson(renderJson(noGaps)).object().value(QStringLiteral("job")).toObject();
    QCOMPARE(empty.value(QStringLiteral("gaps")).toArray(), QJsonArray());
    QCOMPARE(empty.value(QStringLiteral("first_line")).toString(), QStringLiteral("Go developer"));
    const QString text = QString::fromUtf8(renderText(noGaps));
    QVERIFY2(text.contains(QStringLiteral("\nTarget Job: Go developer\n")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("ASKED FOR BY THE JOB")), qPrintable(text));
    QVERIFY(!QString::fromUtf8(renderMarkdown(noGaps)).contains(QStringLiteral("## Asked for by the job")));
}

void TestReport::gapsWithoutAJobTextAreNotReported()
{
    // Without a job (no text, or only white space) the reports are exactly those of a run without one.
    for (const QString &text : { QString(), QStringLiteral(" \n\t\n") }) {
        RunState state = jobState();
        state.jobText = text;
        QCOMPARE(renderText(state), renderText(sampleState()));
        QCOMPARE(renderMarkdown(state), renderMarkdown(sampleState()));
        QCOMPARE(renderJson(state), renderJson(sampleState()));
        QVERIFY(!QJsonDocument::fromJson(renderJson(state)).object().contains(QStringLiteral("job")));
    }
}

void TestReport::textWithDetailsExact()
{
    const QString expected = QStringLiteral(R"TXT(AI INTERVIEW PREPARATION RESULTS
%1
Generated on: 2025-03-04 05:06:07
Source File: jane_doe.pdf
%1

SKILL: Python
-------------
1. What is a list comprehension?
2. How does the GIL affect threads?
3. Design a task queue

Details:
2. Difficulty 2 of 3 (how it works) · Internals
   From the resume: “Cut API latency by 40% with asyncio”
   Key points:
   - Only one thread runs bytecode at a time [source: Python docs — docs.python.org https://docs.python.org/3/]
   - Blocking I/O releases the GIL
   - C extensions can release it too [source: peps.python.org https://peps.python.org/pep-0008/]
3. Difficulty 3 of 3 (edge cases and trade-offs) · Trade-off

Claims you must be ready to defend:
- “Cut API latency by 40% with asyncio”
- “Led a team of 4”

Sources:
- Python docs — docs.python.org — https://docs.python.org/3/
- peps.python.org — https://peps.python.org/pep-0008/

%1

SKILL: Go
---------
(general knowledge — no web sources)
1. Why are goroutines cheap?

Claims you must be ready to defend:
- “Rewrote the billing service in Go”

%1
)TXT")
                                 .arg(rule());
    const QString actual = QString::fromUtf8(renderText(detailedState()));
    QCOMPARE(actual, expected);
    QVERIFY(!actual.contains(QStringLiteral("never shown")));
    QVERIFY(!actual.contains(QStringLiteral("internal: never printed")));
}

void TestReport::markdownWithDetailsExact()
{
    const QString expected = QStringLiteral(R"MD(# Interview preparation: jane\_doe.pdf

Generated on 2025-03-04 05:06:07

## Python

`grounded` · web sources: 2

1. What is a list comprehension?
2. How does the GIL affect threads? `how it works` `Internals`
   > From the resume: “Cut API latency by 40% with asyncio”
   - Only one thread runs bytecode at a time ([Python docs — docs.python.org](https://docs.python.org/3/))
   - Blocking I/O releases the GIL
   - C extensions can release it too ([peps.python.org](https://peps.python.org/pep-0008/))
3. Design a task queue `edge cases and trade-offs` `Trade-off`

**Claims you must be ready to defend**

- “Cut API latency by 40% with asyncio”
- “Led a team of 4”

**Sources**

- [Python docs — docs.python.org](https://docs.python.org/3/)
- [peps.python.org](https://peps.python.org/pep-0008/)

## Go

`general knowledge` · no web sources

1. Why are goroutines cheap?

**Claims you must be ready to defend**

- “Rewrote the billing service in Go”
)MD");
    const QString actual = QString::fromUtf8(renderMarkdown(detailedState()));
    QCOMPARE(actual, expected);
    QVERIFY(!actual.contains(QStringLiteral("never shown")));
    QVERIFY(!actual.contains(QStringLiteral("internal: never printed")));
}

void TestReport::jsonWithDetails()
{
    const QByteArray bytes = renderJson(detailedState());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(-1), 3);
    // The lines generation was shown are internal.
    QVERIFY(!bytes.contains("internal: never printed"));

    const QJsonArray skills = root.value(QStringLiteral("skills")).toArray();
    QCOMPARE(skills.size(), 2);
    const QJsonObject python = skills.at(0).toObject();
    // Claims verbatim, like the questions (only the text formats leave blank ones out).
    QVERIFY(python.value(QStringLiteral("claims")).isArray());
    QCOMPARE(python.value(QStringLiteral("claims")).toArray(),
             (QJsonArray { QStringLiteral("Cut API latency by 40% with asyncio"), QStringLiteral(" "),
                           QStringLiteral("Led a team of 4") }));

    const QJsonArray questions = python.value(QStringLiteral("questions")).toArray();
    QCOMPARE(questions.size(), 4); // every question, the blank one too (verbatim)
    const QSet<QString> questionKeys { QStringLiteral("text"), QStringLiteral("difficulty"), QStringLiteral("category"),
                                       QStringLiteral("evidence"), QStringLiteral("key_points") };
    for (const QJsonValue v : questions) {
        QVERIFY(v.isObject());
        QCOMPARE(keysOf(v.toObject()), questionKeys);
        QVERIFY(v.toObject().value(QStringLiteral("text")).isString());
        QVERIFY(v.toObject().value(QStringLiteral("key_points")).isArray());
    }

    const QJsonObject plain = questions.at(0).toObject();
    QVERIFY(plain.value(QStringLiteral("difficulty")).isNull());
    QVERIFY(plain.value(QStringLiteral("category")).isNull());
    QVERIFY(plain.value(QStringLiteral("evidence")).isNull());
    QCOMPARE(plain.value(QStringLiteral("key_points")).toArray(), QJsonArray());

    const QJsonObject gil = questions.at(2).toObject();
    QCOMPARE(gil.value(QStringLiteral("text")).toString(), QStringLiteral("How does the GIL affect threads?"));
    QVERIFY(gil.value(QStringLiteral("difficulty")).isDouble());
    QCOMPARE(gil.value(QStringLiteral("difficulty")).toInt(-1), 2);
    QCOMPARE(gil.value(QStringLiteral("category")).toString(), QStringLiteral("internals"));
    QCOMPARE(gil.value(QStringLiteral("evidence")).toString(), QStringLiteral("Cut API latency by\n 40% with asyncio"));
    const QJsonArray points = gil.value(QStringLiteral("key_points")).toArray();
    QCOMPARE(points.size(), 4);
    for (const QJsonValue v : points)
        QCOMPARE(keysOf(v.toObject()), (QSet<QString> { QStringLiteral("text"), QStringLiteral("source") }));
    QCOMPARE(points.at(0).toObject(),
             (QJsonObject { { QStringLiteral("text"), QStringLiteral("Only one thread runs bytecode at a time") },
                            { QStringLiteral("source"),
                              QJsonObject { { QStringLiteral("title"), QStringLiteral("Python docs") },
                                            { QStringLiteral("url"), QStringLiteral("https://docs.python.org/3/") },
                                            { QStringLiteral("site"), QStringLiteral("docs.python.org") } } } }));
    QVERIFY(points.at(1).toObject().value(QStringLiteral("source")).isNull());
    QCOMPARE(
        points.at(3).toObject().value(QStringLiteral("source")).toObject().value(QStringLiteral("site")).toString(),
        QStringLiteral("peps.python.org"));

    const QJsonObject design = questions.at(3).toObject();
    QCOMPARE(design.value(QStringLiteral("difficulty")).toInt(-1), 3);
    QCOMPARE(design.value(QStringLiteral("category")).toString(), QStringLiteral("trade-off"));
    QVERIFY(design.value(QStringLiteral("evidence")).isNull());

    // Every category by its stable name.
    for (const QuestionCategory category : questionCategories()) {
        RunState state;
        SkillResult s = skill(QStringLiteral("X"), SkillState::Done, ContextKind::ContextFree, {});
        s.questions = { detailed(QStringLiteral("Q?"), 0, category) };
        state.skills = { s };
        const QJsonObject q = QJsonDocument::fromJson(renderJson(state))
                                  .object()
                                  .value(QStringLiteral("skills"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("questions"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(q.value(QStringLiteral("category")).toString(), toString(category));
        QVERIFY(q.value(QStringLiteral("difficulty")).isNull());
    }

    QCOMPARE(skills.at(1).toObject().value(QStringLiteral("claims")).toArray(),
             QJsonArray { QStringLiteral("Rewrote the billing service in Go") });
}

void TestReport::blankDetailsPrintAsBefore()
{
    // Details with nothing printable (blank evidence, key points without text, blank claims, a
    // difficulty out of range) leave TXT and Markdown exactly as for a run without details.
    RunState blank = sampleState();
    SkillResult &python = blank.skills[0];
    python.questions[0].evidence = QStringLiteral(" \n ");
    python.questions[0].keyPoints = { { QStringLiteral("  "), 0 }, { QString(), -1 } };
    python.questions[1].difficulty = 7;
    python.claims = { QStringLiteral(" "), QString() };
    python.resumeLines = { QStringLiteral("How does the GIL affect threads? (internal)") };
    blank.skills[2].claims = { QStringLiteral("\n") };
    QCOMPARE(renderText(blank), renderText(sampleState()));
    QCOMPARE(renderMarkdown(blank), renderMarkdown(sampleState()));

    // In JSON a difficulty out of range is not said (null).
    const QJsonObject q = QJsonDocument::fromJson(renderJson(blank))
                              .object()
                              .value(QStringLiteral("skills"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("questions"))
                              .toArray()
                              .at(1)
                              .toObject();
    QVERIFY(q.value(QStringLiteral("difficulty")).isNull());
}

void TestReport::markdownEscapesDetails()
{
    RunState state;
    SkillResult s = skill(QStringLiteral("Shell"), SkillState::Done, ContextKind::Grounded, {});
    s.sources = { { QStringLiteral("click [me]"), QUrl(QStringLiteral("javascript:alert(1)")) },
                  { QStringLiteral("Docs *x*"), QUrl(QStringLiteral("https://example.com/a_(b)")) } };
    s.questions = { detailed(QStringLiteral("Why?"), 1, QuestionCategory::Operations,
                             QStringLiteral("- Ran `rm -rf /` at *scale* <img src=x>\n# [x](javascript:y)"),
                             { { QStringLiteral("1. **bold** | ~~gone~~"), 0 },
                               { QStringLiteral("> not a quote & <b>"), 1 },
                               { QStringLiteral("- ![img](http://e/x.png)"), -1 } }) };
    s.claims = { QStringLiteral("## Heading _claim_"), QStringLiteral("+ 10x [faster](http://evil)") };
    state.skills = { s };

    const QString md = QString::fromUtf8(renderMarkdown(state));
    // Our own words in code spans, unescaped; the category's "&" is inside the span.
    QVERIFY2(md.contains(QStringLiteral("\n1. Why? `foundations` `Debugging & operations`\n")), qPrintable(md));
    QVERIFY2(
        md.contains(QStringLiteral("\n   > From the resume: “\\- Ran \\`rm -rf /\\` at \\*scale\\* \\<img src=x\\> "
                                   "\\# \\[x\\](javascript:y)”\n")),
        qPrintable(md));
    // An unsafe source is named in plain text, never linked.
    QVERIFY2(md.contains(QStringLiteral("\n   - 1\\. \\*\\*bold\\*\\* \\| \\~\\~gone\\~\\~ "
                                        "(click \\[me\\] — javascript:alert(1))\n")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n   - \\> not a quote \\& \\<b\\> "
                                        "([Docs \\*x\\* — example.com](https://example.com/a_%28b%29))\n")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n   - \\- \\!\\[img\\](http://e/x.png)\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n- “\\#\\# Heading \\_claim\\_”\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n- “\\+ 10x \\[faster\\](http://evil)”\n")), qPrintable(md));
    // No link to a javascript: address: every "](" before one is escaped.
    QVERIFY2(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)\\]\\(javascript"))), qPrintable(md));
    // The evidence's line break is folded: nothing of it starts a line of its own.
    QVERIFY2(!md.contains(QStringLiteral("\n# ")), qPrintable(md));
}

void TestReport::keyPointSourceOutOfRange()
{
    // A key point naming a source the skill does not have (past the end, negative, no sources at
    // all) prints without one in every format; ten questions so the entry is numbered "10.".
    RunState state;
    SkillResult s = skill(QStringLiteral("Go"), SkillState::Done, ContextKind::Grounded, {});
    s.sources = { { QStringLiteral("Go blog"), QUrl(QStringLiteral("https://go.dev/blog/")) } };
    for (int i = 1; i <= 9; ++i)
        s.questions.append(Question(QStringLiteral("Q%1?").arg(i)));
    s.questions.append(detailed(QStringLiteral("Q10?"), 0, QuestionCategory::None, {},
                                { { QStringLiteral("past the end"), 1 },
                                  { QStringLiteral("far past"), 1000 },
                                  { QStringLiteral("negative"), -7 } }));
    SkillResult none = skill(QStringLiteral("Rust"), SkillState::Done, ContextKind::ContextFree, {});
    none.questions = { detailed(QStringLiteral("R?"), 0, QuestionCategory::None, {}, { { QStringLiteral("x"), 0 } }) };
    state.skills = { s, none };

    const QString text = QString::fromUtf8(renderText(state));
    QVERIFY2(text.contains(QStringLiteral("\nDetails:\n10. Key points:\n    - past the end\n    - far past\n"
                                          "    - negative\n\nSources:\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nDetails:\n1. Key points:\n   - x\n\n")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("[source:")), qPrintable(text));

    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(md.contains(QStringLiteral("\n10. Q10?\n    - past the end\n    - far past\n    - negative\n\n")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n1. R?\n   - x\n")), qPrintable(md));

    const QJsonArray skills
        = QJsonDocument::fromJson(renderJson(state)).object().value(QStringLiteral("skills")).toArray();
    const QJsonArray points = skills.at(0)
                                  .toObject()
                                  .value(QStringLiteral("questions"))
                                  .toArray()
                                  .at(9)
                                  .toObject()
                                  .value(QStringLiteral("key_points"))
                                  .toArray();
    QCOMPARE(points.size(), 3);
    for (const QJsonValue v : points)
        QVERIFY(v.toObject().value(QStringLiteral("source")).isNull());
}

void TestReport::jobTitle_data()
{
    QTest::addColumn<QString>("jobText");
    QTest::addColumn<QString>("title");
    const QString eighty = QString(80, u'x');
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("white space") << QStringLiteral(" \n \r\n\t") << QString();
    QTest::newRow("first line") << QStringLiteral("Go developer\nBerlin") << QStringLiteral("Go developer");
    QTest::newRow("first non-empty line")
        << QStringLiteral("\r\n \u2028 Data\tEngineer  \nx") << QStringLiteral("Data Engineer");
    QTest::newRow("exactly 80") << eighty + QStringLiteral("\nmore") << eighty;
    QTest::newRow("81 cut") << eighty + u'y' << QString(79, u'x') + QStringLiteral("…");
    QTest::newRow("cut before trailing space")
        << QString(78, u'x') + QStringLiteral(" yyyy") << QString(78, u'x') + QStringLiteral("…");
    // 80 characters of which some are outside the BMP (two UTF-16 units each): not cut.
    const QString rockets = QString(70, u'x') + QStringLiteral("🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀");
    QTest::newRow("80 with emoji") << rockets << rockets;
    QTest::newRow("cut never halves an emoji")
        << QString(78, u'x') + QStringLiteral("🚀🚀🚀") << QString(78, u'x') + QStringLiteral("🚀…");
}

void TestReport::jobTitle()
{
    QFETCH(QString, jobText);
    QFETCH(QString, title);
    RunState state;
    state.jobText = jobText;
    QCOMPARE(report::jobTitle(state), title);
    QVERIFY(title.toUcs4().size() <= 80);
}

void TestReport::jsonGeneratedAtHasOffset_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plus one hour") << fixedTime(3600) << QStringLiteral("2025-03-04T05:06:07+01:00");
    QTest::newRow("utc") << QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC)
                         << QStringLiteral("2025-03-04T05:06:07+00:00");
    QTest::newRow("minus 5:30") << fixedTime(-(5 * 3600 + 30 * 60)) << QStringLiteral("2025-03-04T05:06:07-05:30");
}

void TestReport::jsonGeneratedAtHasOffset()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    RunState state;
    state.generatedAt = when;
    const QJsonObject root = QJsonDocument::fromJson(renderJson(state)).object();
    QCOMPARE(root.value(QStringLiteral("generated_at")).toString(), expected);
}

void TestReport::markdownEscaping_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Plain text, with: punctuation?")
                           << QStringLiteral("Plain text, with: punctuation?");
    QTest::newRow("emphasis") << QStringLiteral("*bold* and _it_") << QStringLiteral("\\*bold\\* and \\_it\\_");
    QTest::newRow("code") << QStringLiteral("use `auto`") << QStringLiteral("use \\`auto\\`");
    QTest::newRow("link") << QStringLiteral("[x](javascript:y)") << QStringLiteral("\\[x\\](javascript:y)");
    QTest::newRow("html") << QStringLiteral("<script>&amp;") << QStringLiteral("\\<script\\>\\&amp;");
    QTest::newRow("hash") << QStringLiteral("C#") << QStringLiteral("C\\#");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("table pipe and tilde") << QStringLiteral("a|b ~~c~~") << QStringLiteral("a\\|b \\~\\~c\\~\\~");
    QTest::newRow("image") << QStringLiteral("!x") << QStringLiteral("\\!x");
    QTest::newRow("leading dash") << QStringLiteral("- not a list") << QStringLiteral("\\- not a list");
    QTest::newRow("leading plus") << QStringLiteral("+ not a list") << QStringLiteral("\\+ not a list");
    QTest::newRow("leading equals") << QStringLiteral("===") << QStringLiteral("\\===");
    QTest::newRow("leading number dot") << QStringLiteral("1. not a list") << QStringLiteral("1\\. not a list");
    QTest::newRow("leading number paren") << QStringLiteral("42) no") << QStringLiteral("42\\) no");
    QTest::newRow("inner dash and number") << QStringLiteral("x - 1. y") << QStringLiteral("x - 1. y");
    QTest::newRow("version number") << QStringLiteral("3.11 release") << QStringLiteral("3.11 release");
    QTest::newRow("only a number") << QStringLiteral("2.") << QStringLiteral("2\\.");
}

void TestReport::markdownEscaping()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(report::escapeMarkdown(input), expected);
}

void TestReport::markdownEscapesRunContent()
{
    RunState state;
    state.sourceFile = QStringLiteral("my_*cv*.pdf");
    state.generatedAt = fixedTime();
    SkillResult cs = skill(QStringLiteral("C# / .NET"), SkillState::Done, ContextKind::Grounded,
                           { QStringLiteral("- Why is `async void` *dangerous*?"), QStringLiteral("1. Explain <T>") });
    cs.sources = { { QStringLiteral("Docs [official]"), QUrl(QStringLiteral("https://learn.microsoft.com/a_(b)")) } };
    state.skills = { cs };

    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(md.startsWith(QStringLiteral("# Interview preparation: my\\_\\*cv\\*.pdf\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n## C\\# / .NET\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n1. \\- Why is \\`async void\\` \\*dangerous\\*?\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n2. 1\\. Explain \\<T\\>\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral(
                 "\n- [Docs \\[official\\] — learn.microsoft.com](https://learn.microsoft.com/a_%28b%29)\n")),
             qPrintable(md));
}

void TestReport::markdownUnsafeLinksArePlainText()
{
    RunState state;
    SkillResult s = skill(QStringLiteral("Web"), SkillState::Done, ContextKind::Grounded, { QStringLiteral("Q?") });
    s.sources = { { QStringLiteral("click"), QUrl(QStringLiteral("javascript:alert(1)")) },
                  { QStringLiteral("local"), QUrl(QStringLiteral("file:///etc/passwd")) } };
    state.skills = { s };
    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(!md.contains(QStringLiteral("](javascript")), qPrintable(md));
    QVERIFY2(!md.contains(QStringLiteral("](file")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("- click — javascript:alert(1)\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("- local — file:///etc/passwd\n")), qPrintable(md));
}

void TestReport::unicodeSurvivesEveryFormat()
{
    RunState state;
    state.sourceFile = QStringLiteral("Zoë_Ångström_简历.pdf");
    state.generatedAt = fixedTime();
    const QString name = QStringLiteral("Ünïcødé 🚀 系统设计");
    const QString question = QStringLiteral("Warum ist „Idempotenz“ wichtig? 为什么？");
    SkillResult s = skill(name, SkillState::Done, ContextKind::Grounded, { question });
    s.sources = { { QStringLiteral("Über Caches — ☕"), QUrl(QStringLiteral("https://例え.jp/パス")) } };
    state.skills = { s };

    const QString text = QString::fromUtf8(renderText(state));
    QVERIFY(text.contains(QStringLiteral("Source File: Zoë_Ångström_简历.pdf\n")));
    const QString heading = QStringLiteral("SKILL: ") + name;
    // Underline as long as the heading in characters (the rocket is one character, two UTF-16 units).
    QCOMPARE(heading.toUcs4().size(), heading.size() - 1);
    QVERIFY2(text.contains(heading + u'\n' + QString(heading.toUcs4().size(), u'-') + u'\n'), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1. ") + question + u'\n'));
    QVERIFY(text.contains(QStringLiteral("- Über Caches — ☕ — 例え.jp — https://例え.jp/パス\n")));

    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY(md.contains(QStringLiteral("## ") + name + u'\n'));
    QVERIFY(md.contains(QStringLiteral("1. ") + question + u'\n'));
    // The link target is percent-encoded (IDN host in ACE form), the title stays readable.
    QVERIFY2(md.contains(QStringLiteral("- [Über Caches — ☕ — 例え.jp](https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9)\n")),
             qPrintable(md));

    const QJsonObject root = QJsonDocument::fromJson(renderJson(state)).object();
    QCOMPARE(root.value(QStringLiteral("source_file")).toString(), state.sourceFile);
    const QJsonObject js = root.value(QStringLiteral("skills")).toArray().at(0).toObject();
    QCOMPARE(js.value(QStringLiteral("skill")).toString(), name);
    QCOMPARE(js.value(QStringLiteral("questions")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
             question);
    const QJsonObject src = js.value(QStringLiteral("sources")).toArray().at(0).toObject();
    QCOMPARE(src.value(QStringLiteral("title")).toString(), QStringLiteral("Über Caches — ☕"));
    QCOMPARE(QUrl(src.value(QStringLiteral("url")).toString()), QUrl(QStringLiteral("https://例え.jp/パス")));
}

void TestReport::emptyState()
{
    const RunState empty;
    const QString expected = QStringLiteral("AI INTERVIEW PREPARATION RESULTS\n%1\nGenerated on: unknown\n"
                                            "Source File: \n%1\n\nNo skills were extracted.\n\n%1\n")
                                 .arg(rule());
    QCOMPARE(QString::fromUtf8(renderText(empty)), expected);

    QCOMPARE(QString::fromUtf8(renderMarkdown(empty)),
             QStringLiteral("# Interview preparation: \n\nGenerated on unknown\n\n*No skills were extracted.*\n"));

    const QJsonObject root = QJsonDocument::fromJson(renderJson(empty)).object();
    QCOMPARE(root.size(), 6);
    QVERIFY(root.value(QStringLiteral("generated_at")).isNull());
    QCOMPARE(root.value(QStringLiteral("skills")).toArray(), QJsonArray());
    QCOMPARE(root.value(QStringLiteral("models")).toObject(), QJsonObject());
    QCOMPARE(root.value(QStringLiteral("usage")).toObject().value(QStringLiteral("requests")).toInt(-1), 0);
}

void TestReport::partialState()
{
    RunState state = sampleState();
    SkillResult pending = skill(QStringLiteral("Go"), SkillState::Generating, ContextKind::Grounded, {});
    state.skills.append(pending);
    SkillResult blank = skill(QStringLiteral("SQL"), SkillState::Done, ContextKind::ContextFree,
                              { QStringLiteral("  "), QStringLiteral("Real question?") });
    state.skills.append(blank);

    const QString text = QString::fromUtf8(renderText(state));
    QVERIFY2(text.endsWith(QStringLiteral("SKILL: Go\n---------\n(no questions generated)\n\n%1\n\n"
                                          "SKILL: SQL\n----------\n(general knowledge — no web sources)\n"
                                          "1. Real question?\n\n%1\n")
                               .arg(rule())),
             qPrintable(text));

    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(md.contains(QStringLiteral("## Go\n\n`grounded` · web sources: 0\n\n*no questions generated*\n")),
             qPrintable(md));

    const QJsonArray skills
        = QJsonDocument::fromJson(renderJson(state)).object().value(QStringLiteral("skills")).toArray();
    QCOMPARE(skills.size(), 5);
    const QJsonObject go = skills.at(3).toObject();
    QCOMPARE(go.value(QStringLiteral("questions")).toArray(), QJsonArray());
    QVERIFY(go.value(QStringLiteral("error")).isNull());
    QCOMPARE(go.value(QStringLiteral("context")).toString(), QStringLiteral("grounded"));
}

void TestReport::runErrorIsShown()
{
    RunState state;
    state.sourceFile = QStringLiteral("scan.pdf");
    state.generatedAt = fixedTime();
    state.error = QStringLiteral("scan.pdf has no extractable text.\nOCR is not available.");
    const QString text = QString::fromUtf8(renderText(state));
    QVERIFY2(
        text.endsWith(
            QStringLiteral("%1\n\nError: scan.pdf has no extractable text. OCR is not available.\n\n%1\n").arg(rule())),
        qPrintable(text));
    const QString md = QString::fromUtf8(renderMarkdown(state));
    QVERIFY2(md.contains(QStringLiteral("> **Error:** scan.pdf has no extractable text. OCR is not available.\n")),
             qPrintable(md));
}

void TestReport::formatNames()
{
    QVERIFY(reportFormatFromName(QStringLiteral("txt")) == ReportFormat::Text);
    QVERIFY(reportFormatFromName(QStringLiteral("TEXT")) == ReportFormat::Text);
    QVERIFY(reportFormatFromName(QStringLiteral("md")) == ReportFormat::Markdown);
    QVERIFY(reportFormatFromName(QStringLiteral("Markdown")) == ReportFormat::Markdown);
    QVERIFY(reportFormatFromName(QStringLiteral("json")) == ReportFormat::Json);
    QVERIFY(reportFormatFromName(QStringLiteral("pdf")) == ReportFormat::Pdf);
    QVERIFY(reportFormatFromName(QStringLiteral(" PDF ")) == ReportFormat::Pdf);
    QVERIFY(reportFormatFromName(QStringLiteral("anki")) == ReportFormat::Anki);
    QVERIFY(reportFormatFromName(QStringLiteral("Anki")) == ReportFormat::Anki);
    QVERIFY(!reportFormatFromName(QStringLiteral("docx")).has_value());
    QVERIFY(!reportFormatFromName(QString()).has_value());
    QCOMPARE(fileExtension(ReportFormat::Text), QStringLiteral("txt"));
    QCOMPARE(fileExtension(ReportFormat::Markdown), QStringLiteral("md"));
    QCOMPARE(fileExtension(ReportFormat::Json), QStringLiteral("json"));
    QCOMPARE(fileExtension(ReportFormat::Pdf), QStringLiteral("pdf"));
    QCOMPARE(fileExtension(ReportFormat::Anki), QStringLiteral("txt"));
}

void TestReport::defaultFileName_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    const auto txt = int(ReportFormat::Text);
    QTest::newRow("simple") << QStringLiteral("resume.pdf") << txt
                            << QStringLiteral("resume_20250304_050607_results.txt");
    QTest::newRow("markdown") << QStringLiteral("resume.pdf") << int(ReportFormat::Markdown)
                              << QStringLiteral("resume_20250304_050607_results.md");
    QTest::newRow("json") << QStringLiteral("cv") << int(ReportFormat::Json)
                          << QStringLiteral("cv_20250304_050607_results.json");
    QTest::newRow("pdf") << QStringLiteral("cv.pdf") << int(ReportFormat::Pdf)
                         << QStringLiteral("cv_20250304_050607_results.pdf");
    // Anki cards are a .txt file too: named apart from the text report.
    QTest::newRow("anki") << QStringLiteral("cv.pdf") << int(ReportFormat::Anki)
                          << QStringLiteral("cv_20250304_050607_anki.txt");
    QTest::newRow("directory dropped") << QStringLiteral("/home/me/docs/jane.pdf") << txt
                                       << QStringLiteral("jane_20250304_050607_results.txt");
    QTest::newRow("windows path") << QStringLiteral("C:\\Users\\me\\jane.pdf") << txt
                                  << QStringLiteral("jane_20250304_050607_results.txt");
    QTest::newRow("inner dots kept") << QStringLiteral("cv.v2.final.pdf") << txt
                                     << QStringLiteral("cv.v2.final_20250304_050607_results.txt");
    QTest::newRow("forbidden characters") << QStringLiteral("a<b>c:d\"e|f?g*h.pdf") << txt
                                          << QStringLiteral("a_b_c_d_e_f_g_h_20250304_050607_results.txt");
    QTest::newRow("control characters") << QStringLiteral("a\tb\x01"
                                                          "c.pdf")
                                        << txt << QStringLiteral("a_b_c_20250304_050607_results.txt");
    QTest::newRow("leading dots and dashes")
        << QStringLiteral("..--x.pdf") << txt << QStringLiteral("x_20250304_050607_results.txt");
    QTest::newRow("unicode kept") << QStringLiteral("Zoë 简历.pdf") << txt
                                  << QStringLiteral("Zoë 简历_20250304_050607_results.txt");
    QTest::newRow("empty") << QString() << txt << QStringLiteral("resume_20250304_050607_results.txt");
    QTest::newRow("only dots") << QStringLiteral("....pdf") << txt
                               << QStringLiteral("resume_20250304_050607_results.txt");
    QTest::newRow("device name") << QStringLiteral("CON.pdf") << txt
                                 << QStringLiteral("_CON_20250304_050607_results.txt");
    QTest::newRow("com port") << QStringLiteral("com1.pdf") << txt
                              << QStringLiteral("_com1_20250304_050607_results.txt");
    QTest::newRow("long") << (QString(150, u'x') + QStringLiteral(".pdf")) << txt
                          << (QString(100, u'x') + QStringLiteral("_20250304_050607_results.txt"));
}

void TestReport::defaultFileName()
{
    QFETCH(QString, source);
    QFETCH(int, format);
    QFETCH(QString, expected);
    QCOMPARE(defaultReportFileName(source, fixedTime(), ReportFormat(format)), expected);
}

void TestReport::practiceMarkdownExact()
{
    const QString withPractice = QString::fromUtf8(renderMarkdown(sampleState(), practiceAttempts()));
    const QString skills = QString::fromUtf8(renderMarkdown(sampleState()));
    // The skills as before, then the practice section.
    QVERIFY(withPractice.startsWith(skills + u'\n'));
    const QString expected = QStringLiteral(R"MD(## Practice

### Python

#### How does the GIL affect threads?

> Only one thread runs \*bytecode\* at a time.
>
> \# Not a heading\
> \- not a list

Correct 7 · Depth 5 · Trade-offs 4 · Clarity 8 · Overall 6/10

**Covered**

- Only one thread runs bytecode at a time — Said so ([Python docs — docs.python.org](https://docs.python.org/3/))

**Missed**

- Blocking I/O releases the GIL — Not mentioned ([peps.python.org](https://peps.python.org/pep-0008/))
- C extensions can release it

**Feedback:** Right idea; no word on I/O.

**Stronger answer**

> At Acme I moved the parser to a process pool.\
> Threads kept the I/O.

- From the resume: “Cut API latency by 40% with asyncio”

##### Follow-up: What happens during a blocking read?

> يتم تحرير القفل أثناء عمليات الإدخال والإخراج

Correct 9 · Depth 6 · Trade-offs 3 · Clarity 7 · Overall 7/10

**Covered**

- Blocking I/O releases the GIL — ذكر ذلك

**Feedback:** صحيح

*Stronger answer withheld: It cited a number the resume does not give.*

**Follow-up question:** And in C extensions?

#### Why use generators?

> I don't know

Correct 0 · Depth 0 · Trade-offs 0 · Clarity 0 · Overall 0/10

*You said you did not know.*

**Missed**

- Lazy evaluation ([peps.python.org](https://peps.python.org/pep-0008/))

### Kubernetes

#### What does a Deployment add over a ReplicaSet?

> Rolling updates.

*Not graded: Groq stopped: quota exceeded*

### C\#

#### What is a record?

> A value type.

*Not graded*
)MD");
    QCOMPARE(withPractice.mid(skills.size() + 1), expected);
    QCOMPARE(renderReport(sampleState(), ReportFormat::Markdown, practiceAttempts()), withPractice.toUtf8());

    // With a job, the practice comes right after the skills, before the job's gaps.
    const QString job = QString::fromUtf8(renderMarkdown(jobState(), practiceAttempts()));
    const auto practiceAt = job.indexOf(QStringLiteral("\n## Practice\n"));
    QVERIFY(practiceAt > job.indexOf(QStringLiteral("\n## Rust\n")));
    QVERIFY(practiceAt < job.indexOf(QStringLiteral("\n## Asked for by the job")));
}

void TestReport::practiceTextExact()
{
    const QString withPractice = QString::fromUtf8(renderText(sampleState(), practiceAttempts()));
    const QString skills = QString::fromUtf8(renderText(sampleState()));
    QVERIFY(withPractice.startsWith(skills));
    const QString expected = QStringLiteral(R"TXT(
PRACTICE
%1

SKILL: Python
-------------
Question: How does the GIL affect threads?
Answer:
  Only one thread runs *bytecode* at a time.

  # Not a heading
  - not a list
Correct 7 · Depth 5 · Trade-offs 4 · Clarity 8 · Overall 6/10
Covered:
- Only one thread runs bytecode at a time — Said so [source: Python docs — docs.python.org https://docs.python.org/3/]
Missed:
- Blocking I/O releases the GIL — Not mentioned [source: peps.python.org https://peps.python.org/pep-0008/]
- C extensions can release it
Feedback: Right idea; no word on I/O.
Stronger answer:
  At Acme I moved the parser to a process pool.
  Threads kept the I/O.
  From the resume: “Cut API latency by 40% with asyncio”

    Follow-up: What happens during a blocking read?
    Answer:
      يتم تحرير القفل أثناء عمليات الإدخال والإخراج
    Correct 9 · Depth 6 · Trade-offs 3 · Clarity 7 · Overall 7/10
    Covered:
    - Blocking I/O releases the GIL — ذكر ذلك
    Feedback: صحيح
    (Stronger answer withheld: It cited a number the resume does not give.)
    Follow-up question: And in C extensions?

Question: Why use generators?
Answer:
  I don't know
Correct 0 · Depth 0 · Trade-offs 0 · Clarity 0 · Overall 0/10
(You said you did not know.)
Missed:
- Lazy evaluation [source: peps.python.org https://peps.python.org/pep-0008/]

%1

SKILL: Kubernetes
-----------------
Question: What does a Deployment add over a ReplicaSet?
Answer:
  Rolling updates.
(Not graded: Groq stopped: quota exceeded)

%1

SKILL: C#
---------
Question: What is a record?
Answer:
  A value type.
(Not graded)

%1
)TXT")
                                 .arg(rule());
    QCOMPARE(withPractice.mid(skills.size()), expected);
    QCOMPARE(renderReport(sampleState(), ReportFormat::Text, practiceAttempts()), withPractice.toUtf8());
}

void TestReport::practiceJson()
{
    const QList<PracticeAttempt> attempts = practiceAttempts();
    const QByteArray bytes = renderJson(sampleState(), attempts);
    QCOMPARE(renderReport(sampleState(), ReportFormat::Json, attempts), bytes);
    QJsonParseError error {};
    QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 4);

    const QJsonArray practice = root.value(QStringLiteral("practice")).toArray();
    QCOMPARE(practice.size(), attempts.size());
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const QJsonObject o = practice.at(i).toObject();
        QCOMPARE(keysOf(o),
                 (QSet<QString> { "id", "skill", "question", "parent_id", "depth", "answer", "rubric", "at", "model",
                                  "graded", "error", "grade" }));
        QCOMPARE(
            keysOf(o.value(QStringLiteral("grade")).toObject()),
            (QSet<QString> { "correct", "depth", "trade_offs", "clarity", "overall", "feedback", "key_points",
                             "stronger_answer", "stronger_quotes", "stronger_withheld", "follow_up", "dont_know" }));
        // The same objects the session file saves, so a reader of either reads both.
        QCOMPARE(attemptFromJson(o), std::optional(attempts.at(i)));
    }
    const QJsonObject gil = practice.at(0).toObject();
    QCOMPARE(gil.value(QStringLiteral("at")).toString(), QStringLiteral("2025-03-04T05:10:00.000Z"));
    QCOMPARE(gil.value(QStringLiteral("rubric")).toArray().at(0).toObject().value(QStringLiteral("source")).toInt(), 0);
    QVERIFY(gil.value(QStringLiteral("rubric")).toArray().at(1).toObject().value(QStringLiteral("source")).isNull());
    const QJsonObject gilGrade = gil.value(QStringLiteral("grade")).toObject();
    QCOMPARE(gilGrade.value(QStringLiteral("trade_offs")).toInt(), 4);
    QCOMPARE(gilGrade.value(QStringLiteral("stronger_quotes")).toArray(),
             QJsonArray { QStringLiteral("Cut API latency by 40% with asyncio") });
    const QJsonObject arabic = practice.at(2).toObject();
    QCOMPARE(arabic.value(QStringLiteral("answer")).toString(),
             QStringLiteral("يتم تحرير القفل أثناء عمليات الإدخال والإخراج"));
    QCOMPARE(arabic.value(QStringLiteral("parent_id")), gil.value(QStringLiteral("id")));
    QCOMPARE(arabic.value(QStringLiteral("grade")).toObject().value(QStringLiteral("stronger_withheld")).toString(),
             QStringLiteral("It cited a number the resume does not give."));
    QVERIFY(bytes.contains(QStringLiteral("يتم تحرير القفل").toUtf8())); // UTF-8, not \u escapes

    // Everything else is the report without practice.
    root.remove(QStringLiteral("practice"));
    root.insert(QStringLiteral("schema_version"), 3);
    QCOMPARE(root, QJsonDocument::fromJson(renderJson(sampleState())).object());
}

void TestReport::withoutPracticeNothingChanges()
{
    // Byte for byte: an empty list gives what the overloads without attempts give (whose exact
    // layouts the tests above pin), in every format and through writeReport.
    RunState empty;
    empty.sourceFile = QStringLiteral("empty.pdf");
    for (const RunState &state : { sampleState(), jobState(), detailedState(), empty }) {
        QCOMPARE(renderText(state, {}), renderText(state));
        QCOMPARE(renderMarkdown(state, {}), renderMarkdown(state));
        QCOMPARE(renderJson(state, {}), renderJson(state));
        for (const ReportFormat format : { ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Json })
            QCOMPARE(renderReport(state, format, {}), renderReport(state, format));
        const QJsonObject root = QJsonDocument::fromJson(renderJson(state, {})).object();
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 3);
        QVERIFY(!root.contains(QStringLiteral("practice")));
    }
    QVERIFY(!renderText(sampleState()).contains("PRACTICE"));
    QVERIFY(!renderMarkdown(sampleState()).contains("## Practice"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(writeReport(path, sampleState(), ReportFormat::Markdown, practiceAttempts()).isOk());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), renderMarkdown(sampleState(), practiceAttempts()));
    file.close();
    QVERIFY(writeReport(path, sampleState(), ReportFormat::Markdown, {}).isOk());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), renderMarkdown(sampleState()));
}

void TestReport::practiceThreadsSurviveDamage()
{
    // A follow-up whose parent is gone prints as an answer; a cycle of parent ids (a damaged
    // file) prints nothing and ends; an id used twice prints each attempt once.
    PracticeAttempt orphan;
    orphan.id = QStringLiteral("o");
    orphan.skill = QStringLiteral("Python");
    orphan.question = QStringLiteral("Orphaned follow-up?");
    orphan.parentId = QStringLiteral("gone");
    PracticeAttempt x = orphan;
    x.id = QStringLiteral("x");
    x.question = QStringLiteral("Cycle x");
    x.parentId = QStringLiteral("y");
    PracticeAttempt y = x;
    y.id = QStringLiteral("y");
    y.question = QStringLiteral("Cycle y");
    y.parentId = QStringLiteral("x");
    PracticeAttempt twice = orphan;
    twice.parentId = QStringLiteral("o");
    twice.question = QStringLiteral("Twice");
    const QList<PracticeAttempt> attempts { orphan, x, y, twice };
    const QString md = QString::fromUtf8(renderMarkdown(sampleState(), attempts));
    QVERIFY(md.contains(QStringLiteral("\n#### Orphaned follow-up?\n")));
    QVERIFY(!md.contains(QStringLiteral("Cycle")));
    QCOMPARE(md.count(QStringLiteral("Twice")), 1);
    const QString txt = QString::fromUtf8(renderText(sampleState(), attempts));
    QVERIFY(txt.contains(QStringLiteral("\nQuestion: Orphaned follow-up?\n")));
    QVERIFY(!txt.contains(QStringLiteral("Cycle")));

    // Only attempts that cannot be printed: no empty section.
    QVERIFY(!renderMarkdown(sampleState(), { x, y }).contains("## Practice"));
    QVERIFY(!renderText(sampleState(), { x, y }).contains("PRACTICE"));
}

void TestReport::writeReportWritesAndOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content that is longer than nothing");
    existing.close();

    const RunState state = sampleState();
    const auto result = writeReport(path, state, ReportFormat::Json);
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), renderJson(state));
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("out.json") });
}

void TestReport::writeIntoReadOnlyDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous report");
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    auto restore = qScopeGuard(
        [&] { QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });

    Result<bool, QString> result = Result<bool, QString>::ok(true);
#ifdef Q_OS_LINUX
    DacOverrideDropped dropped;
    if (geteuid() == 0 && !dropped.active())
        QSKIP("running as root without the ability to drop CAP_DAC_OVERRIDE");
    result = writeReport(path, sampleState(), ReportFormat::Text);
#else
    result = writeReport(path, sampleState(), ReportFormat::Text);
#endif
    QVERIFY(result.isError());
    QVERIFY2(result.error().contains(QDir::toNativeSeparators(path)), qPrintable(result.error()));
    QVERIFY2(result.error().startsWith(QStringLiteral("Could not write the report to ")), qPrintable(result.error()));

    restore.dismiss();
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("report.txt") });
}

void TestReport::writeIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/report.md"));
    const auto result = writeReport(path, sampleState(), ReportFormat::Markdown);
    QVERIFY(result.isError());
    QVERIFY2(result.error().contains(QDir::toNativeSeparators(path)), qPrintable(result.error()));
    QVERIFY(!QFile::exists(path));

    const auto empty = writeReport(QString(), sampleState(), ReportFormat::Markdown);
    QVERIFY(empty.isError());
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
