// `interview-prep --headless`: the built binary against a FakeLlmServer in this process — exit
// codes 0/1/2, the report on stdout or in -o FILE, formats, Ctrl+C.

#include "AppProcess.h"
#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "SecretScan.h"
#include "TestResumes.h"
#include "common/AppInfo.h"
#include "resume/Ocr.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ip::test;

namespace {

const QString kResumeFile = QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_sb2nov-theme.pdf");
const QByteArray kGroqKey = "gsk_headless_fake_key_123";
const QByteArray kGeminiKey = "gemini-headless-fake-key-456";

using Outcome = AppOutcome;

// The app with its private home and the fake server (tests/support/AppProcess.h).
class Headless : public AppProcess
{
public:
    bool init() { return AppProcess::init(kGroqKey, kGeminiKey, nineSkills()); }
};

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ip::registerCoreTypes();
        QVERIFY(QFile::exists(kResumeFile));
    }

    void completeRunPrintsTheReportAndExitsZero()
    {
        Headless h;
        QVERIFY(h.init());
        const Outcome o = h.run({ kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QString report = QString::fromUtf8(o.out);
        QVERIFY2(report.startsWith(QStringLiteral("=")) || report.startsWith(QStringLiteral("AI INTERVIEW")),
                 qPrintable(report.left(200)));
        QVERIFY(report.contains(QStringLiteral("AI INTERVIEW PREPARATION RESULTS")));
        QVERIFY(report.contains(QStringLiteral("rendercv_sb2nov-theme.pdf")));
        for (const QString &skill : nineSkills())
            QVERIFY2(report.contains(QStringLiteral("SKILL: ") + skill), qPrintable(skill));
        QVERIFY(report.contains(fakeSourceUrl(QStringLiteral("Redis"))));
        // Progress went to stderr, not into the report.
        QVERIFY2(o.err.contains(QStringLiteral("Batch 1/3")), qPrintable(o.err));
        QVERIFY(!report.contains(QStringLiteral("Batch 1/3")));
        // The server saw 1 + 3 + 3 requests with the keys from the environment, never in a URL.
        QCOMPARE(h.fake.requestCount(), 7);
        QCOMPARE(h.countIf(isDiscoveryCall), 3);
        QCOMPARE(h.countIf(isQuestionsCall), 3);
        for (const auto &r : h.fake.requests()) {
            QCOMPARE(r.apiKey, r.api == ip::test::LlmApi::OpenAi ? kGroqKey : kGeminiKey);
            QVERIFY(!r.keyInUrl);
        }
        QVERIFY(!o.err.contains(QString::fromLatin1(kGroqKey)));
        QVERIFY(!report.contains(QString::fromLatin1(kGeminiKey)));
    }

    // A photo or scan of a resume (issue 20) is read with OCR; stderr says so and how confident it was.
    void scannedResumeIsReadWithOcr()
    {
        Headless h;
        QVERIFY(h.init());
        const QString scan = h.home.filePath(QStringLiteral("scan.png"));
        {
            QPdfDocument pdf;
            QCOMPARE(pdf.load(kResumeFile), QPdfDocument::Error::None);
            const QSize pixels = (pdf.pagePointSize(0) * 300 / 72.0).toSize();
            QVERIFY(ip::toGreyOnWhite(pdf.render(0, pixels)).save(scan, "PNG"));
        }
        const Outcome o = h.run({ scan });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Reading page 1 of 1 (OCR)")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Text recognition (OCR) read 1 page")), qPrintable(o.err));
        QVERIFY2(!o.err.contains(QStringLiteral("not confident")), qPrintable(o.err));
        QVERIFY(QString::fromUtf8(o.out).contains(QStringLiteral("scan.png")));
    }

    void outputFileWithFormatFromItsExtension()
    {
        Headless h;
        QVERIFY(h.init());
        const QString file = h.home.filePath(QStringLiteral("out/report.json"));
        QDir().mkpath(QFileInfo(file).path());
        const Outcome o = h.run({ kResumeFile, QStringLiteral("-o"), file });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QCOMPARE(doc[QStringLiteral("schema_version")].toInt(), 3);
        QCOMPARE(doc[QStringLiteral("source_file")].toString(), QStringLiteral("rendercv_sb2nov-theme.pdf"));
        const QJsonArray skills = doc[QStringLiteral("skills")].toArray();
        QCOMPARE(skills.size(), 9);
        QCOMPARE(skills[0][QStringLiteral("questions")].toArray().size(), 8);
        QCOMPARE(skills[0][QStringLiteral("context")].toString(), QStringLiteral("grounded"));
        QCOMPARE(doc[QStringLiteral("usage")][QStringLiteral("requests")].toInt(), 7);
    }

    void jsonAndMarkdownToStdout()
    {
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("pipeline/skillCount"), 3);
        Outcome o = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonDocument doc = QJsonDocument::fromJson(o.out);
        QVERIFY(doc.isObject());
        QCOMPARE(doc[QStringLiteral("skills")].toArray().size(), 3);

        Headless md;
        QVERIFY(md.init());
        md.setSetting(QStringLiteral("pipeline/skillCount"), 3);
        o = md.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("md") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.startsWith("#"));
        QVERIFY(o.out.contains("Python"));
    }

    // Issue 18: --format pdf with no display at all (no QT_QPA_PLATFORM, no DISPLAY): the app makes
    // its own offscreen QGuiApplication for the fonts; the PDF goes to stdout like any report.
    void pdfToStdoutWithoutADisplay()
    {
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("pipeline/skillCount"), 3);
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            h.env.remove(QString::fromLatin1(name));
        const Outcome o = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("pdf") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.startsWith("%PDF-"), o.out.left(40).constData());
        const QString path = h.home.filePath(QStringLiteral("stdout.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(o.out);
        f.close();
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        // Text extraction may break a line's words apart (a space after a hyphen): compared without spaces.
        const QString first = pdf.getAllText(0).text().simplified().remove(u' ');
        QVERIFY2(first.contains(QStringLiteral("rendercv_sb2nov-theme.pdf")), qPrintable(first.left(300)));
        QVERIFY2(first.contains(QStringLiteral("1.WhyandwhenwouldyouusePython")), qPrintable(first.left(300)));
        QVERIFY2(first.contains(QStringLiteral("Page1of%1").arg(pdf.pageCount())), qPrintable(first.right(200)));
    }

    // --format anki to a file: Anki's headers, then one three-field note per question.
    void ankiCardsToAFile()
    {
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("pipeline/skillCount"), 3);
        const QString file = h.home.filePath(QStringLiteral("cards.txt"));
        const Outcome o
            = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("anki"), QStringLiteral("-o"), file });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("#separator:tab\n#html:true\n")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("#tags column:3\n")));
        int notes = 0;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            ++notes;
            QCOMPARE(line.count(u'\t'), 2);
            QVERIFY2(line.section(u'\t', 2).startsWith(QStringLiteral("interview-prep ")), qPrintable(line));
        }
        QCOMPARE(notes, 3 * 8); // three skills of eight questions (the fake server's)
        QVERIFY(text.contains(fakeSourceUrl(QStringLiteral("Python"))));
    }

    void partialRunExitsTwoAndStillWritesTheReport()
    {
        Headless h;
        QVERIFY(h.init());
        h.fake.setHandler([](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("React")))
                return LlmReply::overloaded(503);
            return pipelineHandler(nineSkills())(r);
        });
        const QString file = h.home.filePath(QStringLiteral("partial.txt"));
        const Outcome o = h.run({ kResumeFile, QStringLiteral("--output"), file });
        QVERIFY2(o.exitCode == 2, qPrintable(o.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(f.readAll());
        QVERIFY(report.contains(QStringLiteral("SKILL: Python")));
        QVERIFY(report.contains(QStringLiteral("SKILL: React")));
        QVERIFY2(o.err.contains(QStringLiteral("failed: React")), qPrintable(o.err));
    }

    void groundingOffOrNoGeminiKeyStillCompletes()
    {
        Headless h;
        QVERIFY(h.init());
        h.env.remove(QStringLiteral("GEMINI_API_KEY"));
        h.env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain to fall back on
        h.setSetting(QStringLiteral("pipeline/skillCount"), 3);
        const Outcome o = h.run({ kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(h.fake.requestCount(ip::test::LlmRoute::GeminiGenerate), 0);
        QVERIFY2(o.err.contains(QStringLiteral("No Gemini key")), qPrintable(o.err));
    }

    void nothingProducedExitsOne_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("wrong key") << QStringLiteral("wrong key");
        QTest::newRow("no skills") << QStringLiteral("no skills");
        QTest::newRow("missing file") << QStringLiteral("missing file");
        QTest::newRow("not a resume") << QStringLiteral("not a resume");
        QTest::newRow("no groq key") << QStringLiteral("no groq key");
    }
    void nothingProducedExitsOne()
    {
        QFETCH(QString, scenario);
        Headless h;
        QVERIFY(h.init());
        QString resume = kResumeFile;
        QString expected;
        if (scenario == QLatin1String("wrong key")) {
            h.env.insert(QStringLiteral("GROQ_API_KEY"), QStringLiteral("gsk_wrong"));
            expected = QStringLiteral("key");
        } else if (scenario == QLatin1String("no skills")) {
            h.fake.setHandler(pipelineHandler({}));
            expected = QStringLiteral("No technical skills");
        } else if (scenario == QLatin1String("missing file")) {
            resume = h.home.filePath(QStringLiteral("nope.pdf"));
            expected = QStringLiteral("nope.pdf");
        } else if (scenario == QLatin1String("not a resume")) {
            resume = h.home.filePath(QStringLiteral("image.png"));
            QFile f(resume);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x89PNG\r\n\x1a\n....");
            expected = QStringLiteral("image.png");
        } else {
            h.env.remove(QStringLiteral("GROQ_API_KEY"));
            h.env.remove(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL")); // the real, non-local default
            h.env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            expected = QStringLiteral("GROQ_API_KEY");
        }
        const Outcome o = h.run({ resume });
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.isEmpty());
        QVERIFY2(o.err.contains(QStringLiteral("error:")), qPrintable(o.err));
        QVERIFY2(o.err.contains(expected), qPrintable(o.err));
        QVERIFY(!o.err.contains(QStringLiteral("gsk_wrong")));
        if (scenario != QLatin1String("wrong key") && scenario != QLatin1String("no skills"))
            QCOMPARE(h.fake.requestCount(), 0);
    }

    void badCommandLinesExitOne()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QStringLiteral("needs a resume file")));
        o = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("docx") });
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QStringLiteral("docx")));
        QCOMPARE(h.fake.requestCount(), 0);
    }

    // Issue 14: --estimate reads the resumes and says what their runs would take, sending nothing;
    // a run says it on stderr before its first call.
    void estimateBeforeSpending()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({ QStringLiteral("--estimate"), kResumeFile, classicResumePath() });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(h.fake.requestCount(), 0);
        const QString out = QString::fromUtf8(o.out);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2 * 4 + 1, qPrintable(out)); // per resume: the total and three stages
        QVERIFY2(lines.first().contains(QStringLiteral("rendercv_sb2nov-theme.pdf: 13 request")), qPrintable(out));
        QVERIFY2(lines.first().contains(QStringLiteral("tokens (Groq ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Questions: Groq openai/gpt-oss-120b, 9 request")), qPrintable(out));
        // The harness lifts the limits; the line says so.
        QVERIFY2(lines.last().startsWith(QStringLiteral("Limits: Groq unlimited tokens and 10,000 requests a minute "
                                                        "per model; Gemini ")),
                 qPrintable(out));

        // No prices entered: money is unknown, never guessed.
        QVERIFY2(out.contains(QStringLiteral("declared at admission), cost —")), qPrintable(out));
        QVERIFY2(lines.first().contains(QStringLiteral(", cost —, ")), qPrintable(out));
        // With the prices of every model in use and of grounding, each stage and the total have one.
        h.setSetting(QStringLiteral("prices/models"),
                     QStringLiteral(R"({"openai/gpt-oss-20b":{"input":0.1,"output":0.5},)"
                                    R"("openai/gpt-oss-120b":{"input":0.15,"output":0.75},)"
                                    R"("gemini-2.5-flash":{"input":0.3,"output":2.5}})"));
        h.setSetting(QStringLiteral("prices/groundingPerThousand"), 35);
        o = h.run({ QStringLiteral("--estimate"), kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QString priced = QString::fromUtf8(o.out);
        QVERIFY2(priced.count(QStringLiteral("declared at admission), cost about $0.")) == 3, qPrintable(priced));
        QVERIFY2(priced.split(QLatin1Char('\n')).first().contains(QStringLiteral(", cost about $0.")),
                 qPrintable(priced));
        QCOMPARE(h.fake.requestCount(), 0);

        o = h.run({ QStringLiteral("--estimate"), h.home.filePath(QStringLiteral("missing.pdf")) });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("missing.pdf")), qPrintable(o.err));

        o = h.run({ kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const qsizetype estimate = o.err.indexOf(QStringLiteral("Estimate: 13 request"));
        QVERIFY2(estimate >= 0, qPrintable(o.err));
        QVERIFY2(estimate < o.err.indexOf(QStringLiteral("Extracting skills")), qPrintable(o.err));
        // What each stage spent, priced, once the run ended.
        static const QRegularExpression spent(QStringLiteral(
            "Spent: Skills: 1 request, [0-9,]+ tokens, cost \\$0\\.[0-9]{4} · Sources: [0-9]+ requests, [0-9,]+ "
            "tokens, "
            "cost \\$0\\.[0-9]{4} · Questions: [0-9]+ requests, [0-9,]+ tokens, cost \\$0\\.[0-9]{4}\n"));
        QVERIFY2(spent.match(o.err).hasMatch(), qPrintable(o.err));
    }

    // Issue 19: the resume's personal data goes to the providers as placeholders unless --no-redact;
    // stderr says what was kept back.
    void personalDataRedactedUnlessNoRedact()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({ kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Personal data kept out of what is sent: your name, 1 e-mail address")),
                 qPrintable(o.err));
        QVERIFY(!h.fake.requests().isEmpty());
        for (const LlmRequest &r : h.fake.requests()) {
            // The whole body as sent (QJsonObject::contains would look at its keys only).
            const QByteArray body = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
            QVERIFY(!body.isEmpty());
            QVERIFY(!body.contains("John Doe"));
            QVERIFY(!body.contains("john.doe@email.com"));
        }
        QVERIFY(h.fake.requests().first().userText.contains(QStringLiteral("[NAME]")));

        const int before = h.fake.requestCount();
        o = h.run({ kResumeFile, QStringLiteral("--no-redact"), QStringLiteral("--no-cache") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(!o.err.contains(QStringLiteral("Personal data kept out")));
        QVERIFY(h.fake.requestCount() > before);
        QVERIFY(h.fake.requests().at(before).userText.contains(QStringLiteral("John Doe")));
    }

    // Issue 19: --show-sent prints every request to stderr exactly as it is sent (placeholders in
    // place of the personal data); without it, no request text reaches stderr.
    void showSentPrintsEveryRequest()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({ kResumeFile, QStringLiteral("--show-sent") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const int requests = h.fake.requestCount();
        QVERIFY(requests >= 3);
        QCOMPARE(int(o.err.count(QStringLiteral("=== To "))), requests);
        QVERIFY2(o.err.contains(QStringLiteral("=== To Groq (Skills · ")), qPrintable(o.err.left(2000)));
        QVERIFY(o.err.contains(QStringLiteral("Kept back, replaced by placeholders: ")));
        // The skills request's resume text, exactly as the server got it.
        const QString resumePart = h.fake.requests().first().lastUserText;
        QVERIFY(resumePart.contains(QStringLiteral("[NAME]")));
        QVERIFY(o.err.contains(resumePart));
        QVERIFY(!o.err.contains(QStringLiteral("John Doe")));

        o = h.run({ kResumeFile, QStringLiteral("--no-cache") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(!o.err.contains(QStringLiteral("=== To ")));
        QVERIFY(!o.err.contains(resumePart));
    }

    // Issue 15: --skills writes questions for the given skills (cleaned and de-duplicated like
    // extracted ones) and asks no model to extract any.
    void givenSkillsSkipExtraction()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({ kResumeFile, QStringLiteral("--skills"), QStringLiteral("Rust, rust ; \"Go\",, "),
                            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Skills as given, none extracted")), qPrintable(o.err));
        QVERIFY(!h.fake.requests().isEmpty());
        for (const LlmRequest &r : h.fake.requests())
            QVERIFY2(!isSkillsCall(r), qPrintable(r.lastUserText.left(200)));
        const QJsonArray skills = QJsonDocument::fromJson(o.out).object().value(QStringLiteral("skills")).toArray();
        QStringList names;
        for (const auto &skill : skills)
            names.append(skill.toObject().value(QStringLiteral("skill")).toString());
        QCOMPARE(names, (QStringList { QStringLiteral("Rust"), QStringLiteral("Go") }));

        o = h.run({ kResumeFile, QStringLiteral("--skills"), QStringLiteral(" , ") });
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QStringLiteral("--skills needs at least one skill")));
    }

    // Issue 13: several resumes in one call, one report each in the -o folder, named as the window
    // names a saved report; the exit code is the worst of the runs.
    void severalResumesWriteOneReportEach()
    {
        Headless h;
        QVERIFY(h.init());
        const QString folder = h.home.filePath(QStringLiteral("reports/new")); // made when missing
        const Outcome o = h.run({ kResumeFile, classicResumePath(), QStringLiteral("-o"), folder,
                                  QStringLiteral("--format"), QStringLiteral("md") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        QVERIFY2(o.err.contains(QStringLiteral("Resume 1 of 2")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Resume 2 of 2")), qPrintable(o.err));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        const QRegularExpression name(QStringLiteral("^rendercv_(classic|sb2nov-theme)_\\d{8}_\\d{6}_results\\.md$"));
        for (const QString &file : files) {
            QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
            QFile report(QDir(folder).filePath(file));
            QVERIFY(report.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(report.readAll());
            // Markdown escapes the underscore of the file name.
            QVERIFY(text.contains(file.contains(QStringLiteral("classic")) ? QStringLiteral("classic.pdf")
                                                                           : QStringLiteral("sb2nov-theme.pdf")));
            for (const QString &skill : nineSkills())
                QVERIFY2(text.contains(skill), qPrintable(skill));
        }
        QCOMPARE(h.countIf(isSkillsCall), 2);
        QCOMPARE(h.countIf(isDiscoveryCall), 6);
    }

    void severalResumesExitWithTheWorstOutcome()
    {
        Headless h;
        QVERIFY(h.init());
        const QString folder = h.home.filePath(QStringLiteral("reports"));
        const QString locked = QStringLiteral(IP_TEST_DATA_DIR "/resumes/encrypted-password.pdf");
        const Outcome o = h.run({ locked, kResumeFile, QStringLiteral("-o"), folder });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("error:")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Resume 2 of 2")), qPrintable(o.err)); // the failure did not stop it
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(QStringLiteral("rendercv_sb2nov-theme_")), qPrintable(files.first()));
        QVERIFY(files.first().endsWith(QStringLiteral("_results.txt")));
    }

    void severalResumesNeedAFolder()
    {
        Headless h;
        QVERIFY(h.init());
        Outcome o = h.run({ kResumeFile, classicResumePath() });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("-o FOLDER")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        const QString file = h.home.filePath(QStringLiteral("report.txt"));
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        o = h.run({ kResumeFile, classicResumePath(), QStringLiteral("-o"), file });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("-o FOLDER")), qPrintable(o.err));
        QCOMPARE(h.fake.requestCount(), 0);
    }

    // Issue 13: the resumes of one call share each provider's rate window. With Gemini at 5 requests
    // a minute (and a server that answers the sixth with a 429), the second resume waits.
    void severalResumesShareTheRateWindow()
    {
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("limits/geminiRequestsPerMinute"), 5);
        int gemini = 0;
        int refused = 0;
        const auto answer = pipelineHandler(nineSkills());
        h.fake.setHandler([&](const LlmRequest &r) {
            if (r.route == LlmRoute::GeminiGenerate && ++gemini > 5) {
                ++refused;
                return LlmReply::rateLimited(RetryHint::GeminiRetryInfo, 60'000);
            }
            return answer(r);
        });
        const QString folder = h.home.filePath(QStringLiteral("reports"));
        QString err;
        QObject::connect(&h.process, &QProcess::readyReadStandardError,
                         [&] { err += QString::fromUtf8(h.process.readAllStandardError()); });
        h.start({ kResumeFile, classicResumePath(), QStringLiteral("-o"), folder });
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(QStringLiteral("for the Gemini rate limit")), qPrintable(err), 30'000);
        QVERIFY2(err.contains(QStringLiteral("Resume 2 of 2")), qPrintable(err));
        QTRY_COMPARE(gemini, 5); // the two calls that fit may still be on their way
        QCOMPARE(refused, 0);
        ::kill(pid_t(h.process.processId()), SIGINT);
        const Outcome o = h.finish();
        QVERIFY2(o.exitCode == 2, qPrintable(err + o.err));
        QCOMPARE(refused, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2); // the first, and what the second had
    }

    // Issue 8: --question-language reaches the questions prompt (the prompt itself stays English).
    void questionLanguageOptionReachesThePrompt()
    {
        Headless h;
        QVERIFY(h.init());
        const Outcome o = h.run({ kResumeFile, QStringLiteral("--question-language"), QStringLiteral("Arabic") });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(h.countIf(isQuestionsCall), 3);
        for (const auto &r : h.fake.requests()) {
            if (isQuestionsCall(r)) {
                QVERIFY2(r.userText.contains(QStringLiteral("Write the questions in Arabic.")), qPrintable(r.userText));
            }
        }
        QVERIFY(QString::fromUtf8(o.out).contains(QStringLiteral("AI INTERVIEW PREPARATION RESULTS")));

        const Outcome bad = h.run({ kResumeFile, QStringLiteral("--question-language"), QStringLiteral("Elvish!") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Elvish!")), qPrintable(bad.err));
    }

    // Issue 15: --level (or the setting) tells the questions prompt the role's level; a run at another
    // level is not answered from the cache of the first.
    void levelShapesTheQuestionsPrompt()
    {
        Headless h;
        QVERIFY(h.init());
        const auto questionPrompts = [&h] {
            QStringList out;
            for (const auto &r : h.fake.requests())
                if (isQuestionsCall(r))
                    out << r.userText;
            return out;
        };
        const Outcome plain = h.run({ kResumeFile });
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(questionPrompts().size(), 3);
        for (const QString &prompt : questionPrompts())
            QVERIFY2(!prompt.contains(QStringLiteral(" role:")), qPrintable(prompt));

        h.fake.reset();
        const Outcome senior = h.run({ kResumeFile, QStringLiteral("--level"), QStringLiteral("Senior") });
        QVERIFY2(senior.exitCode == 0, qPrintable(senior.err));
        QCOMPARE(questionPrompts().size(), 3); // not the cached answers of the run without a level
        for (const QString &prompt : questionPrompts())
            QVERIFY2(prompt.contains(QStringLiteral("Write the questions in English. The candidate is preparing for "
                                                    "a senior role: push on internals, design, trade-offs")),
                     qPrintable(prompt));

        h.fake.reset();
        h.setSetting(QStringLiteral("pipeline/targetLevel"), QStringLiteral("staff"));
        const Outcome staff = h.run({ kResumeFile });
        QVERIFY2(staff.exitCode == 0, qPrintable(staff.err));
        QCOMPARE(questionPrompts().size(), 3);
        for (const QString &prompt : questionPrompts())
            QVERIFY2(prompt.contains(QStringLiteral("a staff-level role")), qPrintable(prompt));

        const Outcome bad = h.run({ kResumeFile, QStringLiteral("--level"), QStringLiteral("wizard") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("unknown level \"wizard\" (use junior, mid, senior or staff)")),
                 qPrintable(bad.err));
    }

    // Issue 15: --job FILE targets a job: the skills request carries it, the skills the resume does not
    // show become gaps, and the gaps get their questions; bad uses are refused with a message.
    void jobOptionTargetsAJob()
    {
        Headless h;
        QVERIFY(h.init());
        const QString jobFile = h.home.filePath(QStringLiteral("job.md"));
        {
            QFile f(jobFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# Platform engineer\n\nWe need Kafka and Python.\n");
        }
        h.fake.setHandler([](const LlmRequest &r) {
            if (isSkillsCall(r))
                return LlmReply::json(
                    { { QStringLiteral("skills"), QJsonArray { QStringLiteral("Python"), QStringLiteral("Kafka") } },
                      { QStringLiteral("job_gaps"), QJsonArray {} } });
            if (isJobGapsCall(r))
                return LlmReply::json(gapAnswersFor(pipelineAskedGaps(r.lastUserText), 2));
            return pipelineHandler({ QStringLiteral("Python") })(r);
        });
        const Outcome o = h.run({ kResumeFile, QStringLiteral("--job"), jobFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Targeting the job in job.md")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("not on the resume: Kafka (2 questions)")), qPrintable(o.err));
        bool sawJob = false;
        for (const auto &r : h.fake.requests())
            if (isSkillsCall(r))
                sawJob = r.userText.contains(
                    QStringLiteral("<job>\n# Platform engineer\n\nWe need Kafka and Python.\n</job>"));
        QVERIFY(sawJob);
        QCOMPARE(h.countIf(isJobGapsCall), 1);

        const Outcome missing
            = h.run({ kResumeFile, QStringLiteral("--job"), h.home.filePath(QStringLiteral("no.txt")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("Could not read the job description no.txt")),
                 qPrintable(missing.err));
        const Outcome both = h.run(
            { kResumeFile, QStringLiteral("--job"), jobFile, QStringLiteral("--skills"), QStringLiteral("Go") });
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.err.contains(QStringLiteral("--job ranks the skills found in the resume")), qPrintable(both.err));
    }

    // Issue 8: the system's language (LANGUAGE=de) translates the messages and, with no question language
    // set, is the language of the questions.
    void systemLanguageTranslatesAndSetsTheQuestionLanguage()
    {
        Headless h;
        QVERIFY(h.init());
        h.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de_DE:de"));
        const Outcome o = h.run({ kResumeFile });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Stapel 1/3")), qPrintable(o.err));
        QVERIFY2(!o.err.contains(QStringLiteral("Batch 1/3")), qPrintable(o.err));
        for (const auto &r : h.fake.requests()) {
            if (isQuestionsCall(r)) {
                QVERIFY2(r.userText.contains(QStringLiteral("Write the questions in German.")), qPrintable(r.userText));
            }
        }
        // A question language in the settings wins over the interface language.
        h.fake.reset();
        h.setSetting(QStringLiteral("pipeline/questionLanguage"), QStringLiteral("fr"));
        const Outcome french = h.run({ kResumeFile });
        QVERIFY2(french.exitCode == 0, qPrintable(french.err));
        bool sawQuestions = false;
        for (const auto &r : h.fake.requests()) {
            if (isQuestionsCall(r)) {
                sawQuestions = true;
                QVERIFY2(r.userText.contains(QStringLiteral("Write the questions in French.")), qPrintable(r.userText));
            }
        }
        QVERIFY(sawQuestions);
    }

    void interruptWritesThePartialReportAndExitsTwo()
    {
#ifdef Q_OS_UNIX
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("pipeline/maxConcurrentBatches"), 1);
        int questionCalls = 0;
        h.fake.setHandler([&questionCalls](const LlmRequest &r) {
            if (isQuestionsCall(r) && ++questionCalls >= 2)
                return LlmReply::hang();
            return pipelineHandler(nineSkills())(r);
        });
        h.start({ kResumeFile, QStringLiteral("--format"), QStringLiteral("json") });
        QTRY_COMPARE_WITH_TIMEOUT(questionCalls, 2, 30'000);
        ::kill(pid_t(h.process.processId()), SIGINT);
        const Outcome o = h.finish();
        QVERIFY2(o.exitCode == 2, qPrintable(o.err));
        const QJsonDocument doc = QJsonDocument::fromJson(o.out);
        const QJsonArray skills = doc[QStringLiteral("skills")].toArray();
        QCOMPARE(skills.size(), 9);
        // The batch that reached question writing first (discovery finishes in any order) is done;
        // the other six skills have no questions and say why.
        int withQuestions = 0;
        int withError = 0;
        for (const auto &skill : skills) {
            const int n = int(skill[QStringLiteral("questions")].toArray().size());
            QVERIFY(n == 0 || n == 8);
            withQuestions += n == 8 ? 1 : 0;
            withError += (n == 0 && !skill[QStringLiteral("error")].isNull()) ? 1 : 0;
        }
        QCOMPARE(withQuestions, 3);
        QCOMPARE(withError, 6);
        QVERIFY2(o.err.contains(QStringLiteral("Interrupted")), qPrintable(o.err));
#else
        QSKIP("POSIX signals only");
#endif
    }

    // Issue #6's promise, end to end: a full run with known keys (verbose log, reports in every format,
    // provider errors that echo the key back), then every file the app wrote under its private HOME
    // (settings, log, reports, sessions, cache) and everything it printed is searched for the keys.
    void keysAppearInNoFileTheAppWrote()
    {
        Headless h;
        QVERIFY(h.init());
        const QString echoGemini = QStringLiteral("API key not valid. Please pass a valid API key: %1 (echo-marker-g)")
                                       .arg(QString::fromLatin1(kGeminiKey));
        const QString echoGroq = QStringLiteral("(echo-marker-q) Server error for Authorization: Bearer %1")
                                     .arg(QString::fromLatin1(kGroqKey));
        int discoveryCalls = 0;
        int questionCalls = 0;
        h.fake.setHandler([&](const LlmRequest &r) {
            if (isDiscoveryCall(r) && ++discoveryCalls == 2)
                return LlmReply::http(
                    503,
                    QStringLiteral("{\"error\":{\"code\":503,\"message\":\"%1\",\"status\":\"UNAVAILABLE\"}}")
                        .arg(echoGemini)
                        .toUtf8());
            if (isQuestionsCall(r) && ++questionCalls == 1)
                return LlmReply::http(
                    500,
                    QStringLiteral("{\"error\":{\"message\":\"%1\",\"type\":\"internal_server_error\"}}")
                        .arg(echoGroq)
                        .toUtf8());
            return pipelineHandler(nineSkills())(r);
        });
        QString printed;
        for (const QString &format : { QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("json") }) {
            discoveryCalls = 0;
            questionCalls = 0;
            const QString out = QDir(h.home.path()).filePath(QStringLiteral("reports/report.") + format);
            QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
            const Outcome o = h.run({ kResumeFile, QStringLiteral("--verbose"), QStringLiteral("-o"), out });
            QVERIFY2(o.exitCode == 0 || o.exitCode == 2, qPrintable(o.err));
            QVERIFY2(QFileInfo(out).size() > 1000, qPrintable(out));
            printed += QString::fromUtf8(o.out) + o.err;
        }
        // The errors did reach the log and the reports (so the redaction had something to do)...
        QString logText;
        for (QDirIterator it(h.home.path(), { QStringLiteral("*.log*") }, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            logText += QString::fromUtf8(f.readAll());
        }
        QVERIFY2(logText.contains(QStringLiteral("echo-marker-q")), "the log file holds the Groq error");
        QVERIFY2(printed.contains(QStringLiteral("echo-marker-g")) || logText.contains(QStringLiteral("echo-marker-g")),
                 "the Gemini error was logged");
        // ...and the keys are nowhere, in any encoding.
        const QStringList secrets = { QString::fromLatin1(kGroqKey), QString::fromLatin1(kGeminiKey) };
        const auto hits = scanForSecrets(h.home.path(), secrets);
        for (const auto &hit : hits)
            qWarning("key %d found in %s (%s)", hit.secretIndex, qPrintable(hit.file), qPrintable(hit.encoding));
        QVERIFY(hits.isEmpty());
        for (const QString &secret : secrets)
            QVERIFY2(!printed.contains(secret), "a key was printed");
        // The scan is not vacuous: it read the settings file, the log and the three reports.
        int files = 0;
        for (QDirIterator it(h.home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();
             it.next())
            ++files;
        QVERIFY2(files >= 5, qPrintable(QString::number(files)));
        // The same scanner does find a key that is written down (guards the test itself).
        QFile planted(QDir(h.home.path()).filePath(QStringLiteral("planted.txt")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("x" + kGroqKey.toBase64() + "y");
        planted.close();
        QCOMPARE(scanForSecrets(h.home.path(), secrets).size(), 1);
    }

    // "Open with Interview Prep": the window opens the resume named on its command line and starts
    // the run (the fake server sees the skill-extraction request), with keys from the environment.
    void windowOpensTheResumeGivenOnItsCommandLine()
    {
        Headless h;
        QVERIFY(h.init());
        h.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        h.process.setProcessEnvironment(h.env);
        h.process.start(QStringLiteral(IP_APP_BINARY), { kResumeFile });
        QTRY_VERIFY_WITH_TIMEOUT(h.countIf(isSkillsCall) == 1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(h.countIf(isQuestionsCall) == 3, 30'000);
        QCOMPARE(h.process.state(), QProcess::Running);
        h.process.terminate();
        if (!h.process.waitForFinished(10'000))
            h.process.kill();
    }

    // Issue #10's fault injection through the real binary: whatever the server does, the process ends
    // with the right exit code, says specifically what went wrong, and the report it writes keeps
    // every finished skill. (tst_faults runs the same faults at the pipeline level, with more detail.)
    void faultsEndCleanlyWithAReport_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("skillsWithQuestions");
        QTest::addColumn<QString>("message"); // on stderr (case-insensitive), empty = none required
        QTest::newRow("503 on a third of the calls") << "503" << 0 << 9 << QString();
        QTest::newRow("every call dropped mid-body once") << "drop" << 0 << 9 << QString();
        QTest::newRow("daily quota after 3 Groq calls") << "quota" << 2 << 6 << "quota";
        QTest::newRow("HTML page from a proxy") << "html" << 1 << 0 << "403";
        QTest::newRow("an answer that never ends") << "hang" << 2 << 6 << "did not answer in time";
    }
    void faultsEndCleanlyWithAReport()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(int, skillsWithQuestions);
        QFETCH(QString, message);
        Headless h;
        QVERIFY(h.init());
        h.setSetting(QStringLiteral("limits/maxRetries"), 3);
        h.setSetting(QStringLiteral("pipeline/maxConcurrentBatches"), 1);
        h.setSetting(QStringLiteral("pipeline/groundingEnabled"), false); // batches in order: skills 1-3, 4-6, 7-9
        h.setSetting(QStringLiteral("limits/requestTimeoutSec"), 5);
        h.setSetting(QStringLiteral("limits/firstByteTimeoutSec"), 5);
        int calls = 0;
        int groqCalls = 0;
        QSet<QByteArray> dropped;
        h.fake.setHandler([&](const LlmRequest &r) -> LlmReply {
            const int i = calls++;
            const bool groq = r.api == ip::test::LlmApi::OpenAi;
            groqCalls += groq ? 1 : 0;
            if (fault == QLatin1String("503") && i % 3 == 1)
                return LlmReply::overloaded(503, 0);
            if (fault == QLatin1String("drop")) {
                const QByteArray key = r.lastUserText.toUtf8();
                if (!dropped.contains(key)) {
                    dropped.insert(key);
                    return r.stream ? LlmReply::dropMidStream() : LlmReply::dropMidBody();
                }
            }
            if (fault == QLatin1String("quota") && groq && groqCalls > 3)
                return LlmReply::dailyQuota();
            if (fault == QLatin1String("html") && isQuestionsCall(r))
                return LlmReply::htmlErrorPage(403);
            if (fault == QLatin1String("hang") && isQuestionsCall(r)
                && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("AWS")))
                return LlmReply::hang();
            return pipelineHandler(nineSkills())(r);
        });
        const QString out = h.home.filePath(QStringLiteral("report.json"));
        const Outcome o = h.run({ kResumeFile, QStringLiteral("-o"), out });
        QVERIFY2(o.exitCode == exitCode, qPrintable(QString::number(o.exitCode) + QLatin1Char('\n') + o.err));
        if (!message.isEmpty())
            QVERIFY2(o.err.contains(message, Qt::CaseInsensitive), qPrintable(o.err));
        QVERIFY2(!o.err.contains(QLatin1String("<html"), Qt::CaseInsensitive), qPrintable(o.err));
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the report is written whatever happened");
        const QJsonArray skills = QJsonDocument::fromJson(file.readAll())[QStringLiteral("skills")].toArray();
        QCOMPARE(skills.size(), 9);
        int done = 0;
        for (const auto &skill : skills) {
            const int n = int(skill[QStringLiteral("questions")].toArray().size());
            QVERIFY(n == 0 || n == 8);
            done += n == 8 ? 1 : 0;
            if (n == 0)
                QVERIFY2(!skill[QStringLiteral("error")].toString().isEmpty(), "a skill without questions says why");
        }
        QCOMPARE(done, skillsWithQuestions);
        if (fault == QLatin1String("quota"))
            QCOMPARE(groqCalls, 4); // the quota answer is final: nothing sent after it
        if (fault == QLatin1String("drop"))
            QCOMPARE(dropped.size(), 4); // skills + 3 question calls, each retried once
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
