// QuestionStreamExtractor and QuestionStreamRouter (pure): questions come out of a streamed
// all_questions answer as soon as their strings close, whatever the chunk boundaries.
#include "pipeline/QuestionStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ip;

namespace {

const QString kAnswer = QStringLiteral(
    "```json\n"
    "{\"all_questions\": [\n"
    "  {\"skill\": \"C++\", \"questions\": [\"How does \\\"RAII\\\" work?\", \"Explain\\nmove semantics "
    "\\u00e9\\ud83d\\ude00.\"]},\n"
    "  {\"questions\": [\"Held until the skill: 1\", \"Held 2\"], \"skill\": \"Qt\"},\n"
    "  {\"skill\": \"Go\", \"notes\": [\"not a question\"], \"meta\": {\"questions\": [\"nested, ignored\"]},\n"
    "   \"count\": 2, \"ok\": true, \"none\": null, \"questions\": [\"Goroutines {and} [brackets], commas?\"]},\n"
    "  {\"questions\": [\"No skill at all\"]}\n"
    "], \"questions\": [\"top-level, ignored\"]}\n"
    "```\n{\"all_questions\": [{\"skill\": \"after\", \"questions\": [\"ignored\"]}]}");

QStringList render(const QList<StreamedQuestion> &qs)
{
    QStringList out;
    for (const auto &q : qs)
        out.append(
            QStringLiteral("%1|%2|%3")
                .arg(q.entry)
                .arg(q.skill,
                     q.question.isString()
                         ? q.question.toString()
                         : QString::fromUtf8(QJsonDocument(q.question.toObject()).toJson(QJsonDocument::Compact))));
    return out;
}

QStringList expected()
{
    return { QStringLiteral("0|C++|How does \"RAII\" work?"),
             QStringLiteral("0|C++|Explain\nmove semantics \u00e9\U0001F600."),
             QStringLiteral("1|Qt|Held until the skill: 1"),
             QStringLiteral("1|Qt|Held 2"),
             QStringLiteral("2|Go|Goroutines {and} [brackets], commas?"),
             QStringLiteral("3||No skill at all") };
}

// Question objects (issue 15), strings inside them with braces, brackets, quotes, escapes and a
// surrogate pair, a nested array and object, a question object before the entry's skill, and a plain
// string question among them.
const QString kObjectAnswer = QStringLiteral(
    "{\"all_questions\": [{\"questions\": [{\"question\": \"Why {RAII} [scope]?\", \"difficulty\": 2, "
    "\"category\": \"internals\", \"key_points\": [\"Destructor \\\"runs\\\" [1]\", \"Stack \\ud83d\\ude00 "
    "unwinding\"], \"evidence\": \"\", \"extra\": {\"nested\": [1, {\"a\": \"}\"}]}}, \"Plain one?\"], "
    "\"skill\": \"C++\", \"claims\": [\"Cut p50 by 73%\"]}, {\"skill\": \"Qt\", \"questions\": [{\"difficulty\": 3, "
    "\"question\": \"Signals \\\"across\\\" threads?\", \"key_points\": []}]}]}");

QStringList renderObjects(const QList<StreamedQuestion> &qs)
{
    QStringList out;
    for (const auto &q : qs) {
        if (q.question.isString()) {
            out.append(QStringLiteral("%1|%2|%3").arg(q.entry).arg(q.skill, q.question.toString()));
            continue;
        }
        const QJsonObject o = q.question.toObject();
        QStringList points;
        for (const auto &p : o.value(QStringLiteral("key_points")).toArray())
            points.append(p.toString());
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(q.entry)
                       .arg(q.skill, o.value(QStringLiteral("question")).toString())
                       .arg(o.value(QStringLiteral("difficulty")).toInt())
                       .arg(o.value(QStringLiteral("category")).toString(), points.join(QLatin1Char(';'))));
    }
    return out;
}

QStringList expectedObjects()
{
    return { QStringLiteral("0|C++|Why {RAII} [scope]?|2|internals|Destructor \"runs\" [1];Stack \U0001F600 unwinding"),
             QStringLiteral("0|C++|Plain one?"), QStringLiteral("1|Qt|Signals \"across\" threads?|3||") };
}

QStringList feedInPieces(const QString &text, const QList<qsizetype> &cuts,
                         QStringList (*rendered)(const QList<StreamedQuestion> &) = render)
{
    QuestionStreamExtractor x;
    QList<StreamedQuestion> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += x.feed(QStringView(text).mid(from, cut - from));
        from = cut;
    }
    out += x.feed(QStringView(text).mid(from));
    out += x.finish();
    return rendered(out);
}

QStringList feedObjectsInPieces(const QList<qsizetype> &cuts)
{
    return feedInPieces(kObjectAnswer, cuts, renderObjects);
}

} // namespace

class QuestionStreamTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeAnswer()
    {
        QuestionStreamExtractor x;
        QList<StreamedQuestion> out = x.feed(kAnswer);
        QVERIFY(x.isComplete());
        out += x.finish();
        QCOMPARE(render(out), expected());
    }

    // Every single cut point (inside keys, strings, escapes, \u sequences, between tokens).
    void everyTwoPieceSplit()
    {
        for (qsizetype cut = 0; cut <= kAnswer.size(); ++cut)
            QCOMPARE(feedInPieces(kAnswer, { cut }), expected());
    }

    // Question objects: each is reported whole when it closes, whatever the cuts.
    void questionObjectsAtEveryCut()
    {
        QCOMPARE(feedObjectsInPieces({}), expectedObjects());
        for (qsizetype cut = 0; cut <= kObjectAnswer.size(); ++cut)
            QCOMPARE(feedObjectsInPieces({ cut }), expectedObjects());
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < kObjectAnswer.size(); ++i)
            cuts.append(i);
        QCOMPARE(feedObjectsInPieces(cuts), expectedObjects());
    }

    // A question object is reported by the chunk that closes it, and a cut one never.
    void questionObjectReportedWhenItCloses()
    {
        QuestionStreamExtractor x;
        QVERIFY(x.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[{\"question\":\"One?\""))
                    .isEmpty());
        QVERIFY(x.feed(QStringLiteral(",\"key_points\":[\"a\"]")).isEmpty());
        QCOMPARE(renderObjects(x.feed(QStringLiteral("},{\"question\":\"Half"))),
                 QStringList { QStringLiteral("0|Qt|One?|0||a") });
        QVERIFY(x.finish().isEmpty());
    }

    // The router reads objects into Questions with the reader's checks.
    void routerReadsQuestionObjects()
    {
        QuestionStreamRouter r({ QStringLiteral("C++"), QStringLiteral("Qt") }, 0,
                               AnswerReader({ 1, 0 },
                                            std::make_shared<const ResumeQuotes>(
                                                QStringLiteral("Built a C++ trading engine.\nCut p50 by 73%"))));
        const auto out = r.feed(kObjectAnswer);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).question.text, QStringLiteral("Why {RAII} [scope]?"));
        QCOMPARE(out.at(0).question.difficulty, 2);
        QCOMPARE(toString(out.at(0).question.category), QStringLiteral("internals"));
        QCOMPARE(out.at(0).question.keyPoints.size(), 2);
        QCOMPARE(out.at(0).question.keyPoints.at(0).text, QStringLiteral("Destructor \"runs\""));
        QCOMPARE(out.at(0).question.keyPoints.at(0).source, 0);
        QVERIFY(!out.at(1).question.hasDetails());
        QCOMPARE(out.at(2).askedIndex, 1);
        QCOMPARE(out.at(2).question.difficulty, 3);
    }

    void oneCharacterAtATime()
    {
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < kAnswer.size(); ++i)
            cuts.append(i);
        QCOMPARE(feedInPieces(kAnswer, cuts), expected());
    }

    void randomChunkings()
    {
        QRandomGenerator rng(20261125);
        for (int round = 0; round < 200; ++round) {
            QList<qsizetype> cuts;
            qsizetype at = 0;
            while (true) {
                at += 1 + rng.bounded(12);
                if (at >= kAnswer.size())
                    break;
                cuts.append(at);
            }
            QCOMPARE(feedInPieces(kAnswer, cuts), expected());
        }
    }

    // Each question is reported by the chunk that closes its string, not later.
    void reportedWhenTheStringCloses()
    {
        QuestionStreamExtractor x;
        QVERIFY(x.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[\"One")).isEmpty());
        QVERIFY(x.feed(QStringLiteral("?")).isEmpty());
        QCOMPARE(render(x.feed(QStringLiteral("\",\"Tw"))), QStringList { QStringLiteral("0|Qt|One?") });
        QCOMPARE(render(x.feed(QStringLiteral("o\"]"))), QStringList { QStringLiteral("0|Qt|Two") });
        QVERIFY(!x.isComplete());
    }

    // The stream breaks off inside a question: the complete ones were reported, the cut one never is.
    void cutMidQuestion()
    {
        QuestionStreamExtractor x;
        const QList<StreamedQuestion> out
            = x.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[\"One?\",\"Half a que"));
        QCOMPARE(render(out), QStringList { QStringLiteral("0|Qt|One?") });
        QVERIFY(x.finish().isEmpty());
        QVERIFY(!x.isComplete());

        // Held questions of an entry whose skill never came are handed over at the end.
        QuestionStreamExtractor held;
        QVERIFY(held.feed(QStringLiteral("{\"all_questions\":[{\"questions\":[\"A?\",\"B?\"],\"ski")).isEmpty());
        QCOMPARE(render(held.finish()), (QStringList { QStringLiteral("0||A?"), QStringLiteral("0||B?") }));
    }

    void resetStartsOver()
    {
        QuestionStreamExtractor x;
        QCOMPARE(x.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[\"One?\",\"Tw")).size(),
                 1);
        x.reset();
        QCOMPARE(render(x.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Go\",\"questions\":[\"New?\"]}]}"))),
                 QStringList { QStringLiteral("0|Go|New?") });
        QVERIFY(x.isComplete());
    }

    void notTheExpectedShape()
    {
        QuestionStreamExtractor x;
        QVERIFY(x.feed(QStringLiteral("Sorry, I cannot help with that.")).isEmpty());
        QVERIFY(x.feed(QStringLiteral("{\"questions\":[\"a\"],\"all_questions\":\"text\"}")).isEmpty());
        QVERIFY(x.isComplete());
        QVERIFY(x.finish().isEmpty());
    }

    // --- router ---

    void routesToTheAskedSkills()
    {
        QuestionStreamRouter r({ QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("Kubernetes") }, 2);
        const auto out = r.feed(QStringLiteral(
            "{\"all_questions\":[{\"skill\":\"qt \",\"questions\":[\"1. First Qt?\",\"first qt?\",\"Second Qt?\","
            "\"Third Qt (over the limit)?\"]},{\"skill\":\"Rust\",\"questions\":[\"Not asked?\"]},"
            "{\"skill\":\"Kubernetes (k8s)\",\"questions\":[\"  \",\"Pods?\"]}]}"));
        QStringList rendered;
        for (const auto &p : out)
            rendered.append(QString::number(p.askedIndex) + QLatin1Char('|') + p.question.text);
        QCOMPARE(
            rendered,
            (QStringList { QStringLiteral("1|First Qt?"), QStringLiteral("1|Second Qt?"), QStringLiteral("2|Pods?") }));
        QCOMPARE(r.publishedCount(), 3);
        QVERIFY(r.published().at(0).isEmpty());

        // The whole answer's lists follow what was published, without duplicates, up to the limit;
        // the whole answer's claims come along.
        const QList<SkillQuestions> merged
            = r.merged({ SkillQuestions { { QStringLiteral("C++ only in the whole answer?") }, {} },
                         SkillQuestions { { QStringLiteral("second qt?"), QStringLiteral("Other?") },
                                          { QStringLiteral("claim") } },
                         SkillQuestions { { QStringLiteral("Pods?"), QStringLiteral("Services?") }, {} } });
        QCOMPARE(questionTexts(merged.at(0).questions),
                 QStringList { QStringLiteral("C++ only in the whole answer?") });
        QCOMPARE(questionTexts(merged.at(1).questions),
                 (QStringList { QStringLiteral("First Qt?"), QStringLiteral("Second Qt?") }));
        QCOMPARE(merged.at(1).claims, QStringList { QStringLiteral("claim") });
        QCOMPARE(questionTexts(merged.at(2).questions),
                 (QStringList { QStringLiteral("Pods?"), QStringLiteral("Services?") }));
    }

    void loneSkillTakesAnEntryWithoutASkill()
    {
        QuestionStreamRouter r({ QStringLiteral("Go") }, 0);
        QVERIFY(r.feed(QStringLiteral("{\"all_questions\":[{\"questions\":[\"Channels?\"")).isEmpty());
        const auto out = r.finish();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).askedIndex, 0);
        QCOMPARE(out.at(0).question.text, QStringLiteral("Channels?"));

        QuestionStreamRouter two({ QStringLiteral("Go"), QStringLiteral("Qt") }, 0);
        QVERIFY(two.feed(QStringLiteral("{\"all_questions\":[{\"questions\":[\"Whose?\"]}]}")).isEmpty());
    }

    // A retry streams the answer again: what was published is not published twice.
    void restartPublishesOnlyWhatIsNew()
    {
        QuestionStreamRouter r({ QStringLiteral("Qt"), QStringLiteral("Go") }, 0);
        QCOMPARE(r.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[\"A?\",\"B")).size(), 1);
        r.restart();
        const auto out = r.feed(QStringLiteral("{\"all_questions\":[{\"skill\":\"Qt\",\"questions\":[\"A?\",\"B?\"]},{"
                                               "\"skill\":\"Go\",\"questions\":[\"C?\"]}]}"));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).question.text, QStringLiteral("B?"));
        QCOMPARE(out.at(1).askedIndex, 1);
        QCOMPARE(questionTexts(r.published().at(0)), (QStringList { QStringLiteral("A?"), QStringLiteral("B?") }));
    }
};

QTEST_APPLESS_MAIN(QuestionStreamTest)
#include "tst_question_stream.moc"
