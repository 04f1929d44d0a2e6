// Issue 18's exports of a study sheet: the Anki import file (read back with a small reader that
// follows Anki's rules for a tab-separated file) and the PDF (read back with QtPdf).

#include "report/Report.h"
#include "report/StudySheet.h"

#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

struct AnkiFile
{
    QMap<QString, QString> headers; // "#key:value" lines at the top
    QList<QStringList> notes;
    QString problem; // empty when the file read cleanly
};

// Anki's text import as the manual describes it: "#key:value" header lines first, then records of
// tab-separated fields; a field in double quotes may hold tabs, line breaks and doubled quotes.
AnkiFile readAnki(const QByteArray &bytes)
{
    AnkiFile file;
    const QString text = QString::fromUtf8(bytes);
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'#') {
        const qsizetype end = text.indexOf(u'\n', i);
        const QString line = text.mid(i + 1, (end < 0 ? text.size() : end) - i - 1);
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            file.problem = QStringLiteral("header without a colon: ") + line;
            return file;
        }
        file.headers.insert(line.left(colon), line.mid(colon + 1));
        i = end < 0 ? text.size() : end + 1;
    }
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u'"') {
            file.problem = QStringLiteral("a quote inside an unquoted field: ") + field;
            return file;
        } else if (c == u'\t') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            record << field;
            file.notes << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            file.problem = QStringLiteral("a carriage return outside quotes");
            return file;
        } else {
            field += c;
            fieldStarted = true;
        }
        ++i;
    }
    if (quoted)
        file.problem = QStringLiteral("an unterminated quote");
    else if (fieldStarted || !record.isEmpty())
        file.problem = QStringLiteral("no line break after the last note");
    return file;
}

const QString kArabicQuestion = QStringLiteral("كيف تعمل الفهرسة في قاعدة البيانات؟");
const QString kArabicPoint = QStringLiteral("شجرة متوازنة تقلل عدد القراءات من القرص");

StudySheet englishSheet(int questionsPerSkill = 3)
{
    StudySheet sheet;
    sheet.title = QStringLiteral("Interview questions — jane_doe.pdf");
    sheet.subtitle = QStringLiteral("2026-12-07 12:00:00 · models: test-model");
    SheetSkill redis;
    redis.name = QStringLiteral("Distributed caching");
    redis.grounded = true;
    redis.sources = { Source { QStringLiteral("Redis persistence"),
                               QUrl(QStringLiteral("https://redis.io/docs/persistence?a=1&b=2")) },
                      Source { QStringLiteral("Evil \"quote\" <b>"), QUrl(QStringLiteral("javascript:alert(1)")) } };
    SheetQuestion first;
    first.text = QStringLiteral("How does Redis persist data to disk?");
    first.keyPoints = { KeyPoint { QStringLiteral("RDB snapshots fork the process"), 0 },
                        KeyPoint { QStringLiteral("AOF logs <every> write"), 1 },
                        KeyPoint { QStringLiteral("Trade-off: durability vs. latency"), -1 } };
    first.evidence = QStringLiteral("Cut p99 latency by 40% with a Redis cache");
    first.difficulty = 2;
    redis.questions << first;
    SheetQuestion tricky;
    tricky.text = QStringLiteral("Tab\there, a \"quoted\" word\nand a second line");
    tricky.keyPoints = { KeyPoint { QStringLiteral("point"), 0 } };
    redis.questions << tricky;
    for (int n = 2; n < questionsPerSkill; ++n)
        redis.questions << SheetQuestion { QStringLiteral("Caching question number %1: explain eviction policies, "
                                                          "cache stampedes and how you would size the cache.")
                                               .arg(n + 1),
                                           { KeyPoint { QStringLiteral("LRU vs LFU, TTL jitter, request coalescing"),
                                                        0 } },
                                           QStringLiteral("Ran a 40-node Redis cluster"),
                                           1 };
    sheet.skills << redis;
    SheetSkill hashed;
    hashed.name = QStringLiteral("#Hash tables");
    hashed.grounded = false;
    hashed.questions << SheetQuestion { QStringLiteral("#What is open addressing?"), {}, {}, 0 };
    sheet.skills << hashed;
    return sheet;
}

StudySheet arabicSheet()
{
    StudySheet sheet;
    sheet.title = QStringLiteral("أسئلة المقابلة — سيرة.pdf");
    sheet.language = QStringLiteral("ar");
    SheetSkill skill;
    skill.name = QStringLiteral("قواعد البيانات");
    skill.grounded = true;
    skill.sources = { Source { QStringLiteral("PostgreSQL indexes"),
                               QUrl(QStringLiteral("https://www.postgresql.org/docs/current/indexes.html")) } };
    skill.questions << SheetQuestion { kArabicQuestion, { KeyPoint { kArabicPoint, 0 } }, {}, 1 };
    sheet.skills << skill;
    return sheet;
}

QString pdfPath(const QTemporaryDir &dir, const QByteArray &bytes, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// Text extraction gives the words of a line with white space between them, maybe as several
// lines: compare with all white space folded.
QString folded(const QString &text)
{
    return text.simplified().remove(u' ');
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ankiHeadersSetEverything()
    {
        const AnkiFile file = readAnki(renderAnki(englishSheet()));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.headers.value(QStringLiteral("separator")), QStringLiteral("tab"));
        QCOMPARE(file.headers.value(QStringLiteral("html")), QStringLiteral("true"));
        QCOMPARE(file.headers.value(QStringLiteral("columns")), QStringLiteral("Front\tBack\tTags"));
        QCOMPARE(file.headers.value(QStringLiteral("tags column")), QStringLiteral("3"));
        QVERIFY(!renderAnki(englishSheet()).startsWith("\xEF\xBB\xBF"));
    }

    void ankiHasOneNoteOfThreeFieldsPerQuestion()
    {
        const StudySheet sheet = englishSheet();
        const AnkiFile file = readAnki(renderAnki(sheet));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.notes.size(), 4);
        for (const QStringList &note : file.notes)
            QCOMPARE(note.size(), 3);

        const QStringList first = file.notes.at(0);
        QCOMPARE(first.at(0), QStringLiteral("How does Redis persist data to disk?"));
        const QString &back = first.at(1);
        QVERIFY2(back.contains(QStringLiteral("<li>RDB snapshots fork the process — <a "
                                              "href=\"https://redis.io/docs/persistence?a=1&amp;b=2\">Redis "
                                              "persistence</a></li>")),
                 qPrintable(back));
        // A source that is no web address is its title as text, escaped, never a link.
        QVERIFY2(
            back.contains(QStringLiteral("<li>AOF logs &lt;every&gt; write — Evil &quot;quote&quot; &lt;b&gt;</li>")),
            qPrintable(back));
        QVERIFY(!back.contains(QStringLiteral("javascript")));
        QVERIFY(back.contains(QStringLiteral("<li>Trade-off: durability vs. latency</li>")));
        QVERIFY(back.contains(QStringLiteral("Cut p99 latency by 40% with a Redis cache")));
        QVERIFY(back.contains(QStringLiteral("Distributed caching")));
        QVERIFY(back.contains(QStringLiteral("Difficulty 2 of 3")));
    }

    void ankiQuotesTabsLineBreaksAndQuotes()
    {
        const QByteArray bytes = renderAnki(englishSheet());
        const AnkiFile file = readAnki(bytes);
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        // Tab and line break survive inside the quoted field; the quote is HTML (&quot;).
        QCOMPARE(file.notes.at(1).at(0), QStringLiteral("Tab\there, a &quot;quoted&quot; word<br>\nand a second line"));
        QVERIFY(bytes.contains("\"Tab\there, a &quot;quoted&quot; word<br>\nand a second line\"\t"));
        // The back's links hold quotes: quoted, with the quotes doubled.
        QVERIFY(bytes.contains("<a href=\"\"https://redis.io/"));
        // A field starting with '#' would be a comment line: quoted.
        QVERIFY(bytes.contains("\n\"#What is open addressing?\"\t"));
        QCOMPARE(file.notes.at(3).at(0), QStringLiteral("#What is open addressing?"));
    }

    void ankiTagsHaveNoSpaces()
    {
        const AnkiFile file = readAnki(renderAnki(englishSheet()));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.notes.at(0).at(2), QStringLiteral("interview-prep Distributed_caching"));
        QCOMPARE(file.notes.at(3).at(2), QStringLiteral("interview-prep #Hash_tables"));
        for (const QStringList &note : file.notes)
            for (const QString &tag : note.at(2).split(u' '))
                QVERIFY2(!tag.isEmpty() && !tag.contains(u'\t'), qPrintable(note.at(2)));
        QVERIFY(file.notes.at(3).at(1).contains(QStringLiteral("General knowledge")));
    }

    void ankiKeepsArabic()
    {
        const QByteArray bytes = renderAnki(arabicSheet());
        const AnkiFile file = readAnki(bytes);
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.notes.size(), 1);
        QCOMPARE(file.notes.at(0).at(0), kArabicQuestion);
        QVERIFY(file.notes.at(0).at(1).contains(kArabicPoint));
        QCOMPARE(file.notes.at(0).at(2), QStringLiteral("interview-prep قواعد_البيانات"));
        QVERIFY(bytes.contains(kArabicQuestion.toUtf8()));
    }

    void directionFromLanguageElseFromText()
    {
        QVERIFY(isRightToLeft(arabicSheet()));
        StudySheet noLanguage = arabicSheet();
        noLanguage.language.clear();
        QVERIFY(isRightToLeft(noLanguage));
        QVERIFY(!isRightToLeft(englishSheet()));
        StudySheet hebrew = englishSheet();
        hebrew.language = QStringLiteral("he");
        QVERIFY(isRightToLeft(hebrew));
        StudySheet german = arabicSheet();
        german.language = QStringLiteral("de");
        QVERIFY(!isRightToLeft(german));
    }

    void sheetFromRunKeepsSkillsWithQuestions()
    {
        RunState run;
        run.sourceFile = QStringLiteral("jane_doe.pdf");
        run.generatedAt = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        run.models.insert(QStringLiteral("questions"), QStringLiteral("model-q"));
        SkillResult done;
        done.name = QStringLiteral("Go");
        done.state = SkillState::Done;
        done.context = ContextKind::Grounded;
        done.sources = { Source { QStringLiteral("Go memory model"), QUrl(QStringLiteral("https://go.dev/ref/mem")) } };
        Question q(QStringLiteral("What does the Go memory model guarantee?"));
        q.keyPoints = { KeyPoint { QStringLiteral("happens-before"), 0 } };
        q.evidence = QStringLiteral("Wrote a lock-free queue in Go");
        q.difficulty = 3;
        done.questions = { q };
        SkillResult failed;
        failed.name = QStringLiteral("Rust");
        failed.state = SkillState::Failed;
        failed.error = QStringLiteral("quota");
        run.skills = { done, failed };

        const StudySheet sheet = sheetFromRun(run, QStringLiteral("en"));
        QCOMPARE(sheet.title, QStringLiteral("Interview questions — jane_doe.pdf"));
        QVERIFY2(sheet.subtitle.contains(QStringLiteral("model-q")), qPrintable(sheet.subtitle));
        QVERIFY(sheet.subtitle.contains(QStringLiteral("2026-12-07")));
        QCOMPARE(sheet.language, QStringLiteral("en"));
        QCOMPARE(sheet.skills.size(), 1);
        QCOMPARE(sheet.skills.at(0).name, QStringLiteral("Go"));
        QVERIFY(sheet.skills.at(0).grounded);
        QCOMPARE(sheet.skills.at(0).sources, done.sources);
        QCOMPARE(sheet.skills.at(0).questions.size(), 1);
        const SheetQuestion &out = sheet.skills.at(0).questions.at(0);
        QCOMPARE(out.text, q.text);
        QCOMPARE(out.keyPoints, q.keyPoints);
        QCOMPARE(out.evidence, q.evidence);
        QCOMPARE(out.difficulty, 3);

        // The report formats: Anki through the sheet.
        QCOMPARE(renderReport(run, ReportFormat::Anki), renderAnki(sheetFromRun(run)));
    }

    void pdfHasTheTitleQuestionsAndPageNumbers()
    {
        const auto pdf = renderPdf(englishSheet(60));
        QVERIFY2(pdf.isOk(), qPrintable(pdf.isOk() ? QString() : pdf.error()));
        QVERIFY(pdf.value().startsWith("%PDF-"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = pdfPath(dir, pdf.value(), QStringLiteral("en.pdf"));
        QVERIFY(!path.isEmpty());
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        QVERIFY2(doc.pageCount() >= 2, qPrintable(QString::number(doc.pageCount())));
        // A4: 595 × 842 points.
        QCOMPARE(qRound(doc.pagePointSize(0).width()), 595);
        QCOMPARE(qRound(doc.pagePointSize(0).height()), 842);
        const QString first = doc.getAllText(0).text();
        QVERIFY2(folded(first).contains(folded(QStringLiteral("Interview questions — jane_doe.pdf"))),
                 qPrintable(first));
        QVERIFY(folded(first).contains(folded(QStringLiteral("1. How does Redis persist data to disk?"))));
        QVERIFY(folded(first).contains(folded(QStringLiteral("Distributed caching"))));
        QVERIFY(folded(first).contains(folded(QStringLiteral("RDB snapshots fork the process"))));
        QVERIFY(folded(first).contains(folded(QStringLiteral("Redis persistence"))));
        QVERIFY(folded(first).contains(folded(QStringLiteral("Cut p99 latency by 40% with a Redis cache"))));
        QVERIFY(folded(first).contains(folded(QStringLiteral("Page 1 of %1").arg(doc.pageCount()))));
        const int last = doc.pageCount() - 1;
        const QString lastText = doc.getAllText(last).text();
        QVERIFY2(folded(lastText).contains(folded(QStringLiteral("Page %1 of %1").arg(doc.pageCount()))),
                 qPrintable(lastText.right(200)));
        // The skill without sources is said to be general knowledge; its question is on the last page.
        QVERIFY(folded(lastText).contains(folded(QStringLiteral("General knowledge — no web sources"))));
        QVERIFY(folded(lastText).contains(folded(QStringLiteral("#What is open addressing?"))));
    }

    void pdfOfArabicIsRightToLeft()
    {
        const auto pdf = renderPdf(arabicSheet());
        QVERIFY2(pdf.isOk(), qPrintable(pdf.isOk() ? QString() : pdf.error()));
        QTemporaryDir dir;
        const QString path = pdfPath(dir, pdf.value(), QStringLiteral("ar.pdf"));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1);
        const QPdfSelection all = doc.getAllText(0);
        const QString text = all.text();
        QVERIFY2(folded(text).contains(folded(QStringLiteral("قواعد البيانات"))), qPrintable(text));
        QVERIFY2(folded(text).contains(folded(QStringLiteral("الفهرسة"))), qPrintable(text));
        // The heading (the skill's name) is set against the right margin: its text starts in the
        // right half of the page.
        const qsizetype at = text.indexOf(QStringLiteral("البيانات"));
        QVERIFY(at >= 0);
        const QPdfSelection heading = doc.getSelectionAtIndex(0, int(at), 4);
        QVERIFY2(heading.boundingRectangle().left() > doc.pagePointSize(0).width() / 2,
                 qPrintable(QStringLiteral("%1").arg(heading.boundingRectangle().left())));
    }

    void pdfThroughTheReportFormats()
    {
        QCOMPARE(reportFormatFromName(QStringLiteral("PDF")), std::optional(ReportFormat::Pdf));
        RunState run;
        run.sourceFile = QStringLiteral("cv.pdf");
        SkillResult skill;
        skill.name = QStringLiteral("SQL");
        skill.state = SkillState::Done;
        skill.questions = { Question(QStringLiteral("What is a covering index?")) };
        run.skills = { skill };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const auto written = writeReport(path, run, ReportFormat::Pdf);
        QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error()));
        QPdfDocument doc;
        QCOMPARE(doc.load(path), QPdfDocument::Error::None);
        QVERIFY(folded(doc.getAllText(0).text()).contains(folded(QStringLiteral("1. What is a covering index?"))));
        QVERIFY(renderReport(run, ReportFormat::Pdf).startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
