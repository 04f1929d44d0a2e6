// `interview-prep --headless` and its sessions: the built binary against a FakeLlmServer in this
// process (requests counted). Autosave, the result cache, `--resume` after SIGKILL, `--no-cache`,
// damaged and newer session files.

#include "AppProcess.h"
#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "SecretScan.h"
#include "TestResumes.h"
#include "common/AppInfo.h"
#include "session/SessionFile.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip::test;

namespace {

const QString kResumeFile = QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_sb2nov-theme.pdf");
const QByteArray kGroqKey = "gsk_headless_sessions_key_123";
const QByteArray kGeminiKey = "gemini-headless-sessions-key-456";

using Outcome = AppOutcome;

// One private home (settings, sessions, cache) and one fake server; several runs of the app.
class Home : public AppProcess
{
public:
    bool init() { return AppProcess::init(kGroqKey, kGeminiKey, nineSkills()); }

    // The session files the app wrote (…/sessions/<id>.json under the private data folder).
    QStringList sessionFiles() const
    {
        QStringList out;
        QDirIterator it(home.path(), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).dir().dirName() == QLatin1String("sessions"))
                out << path;
        }
        return out;
    }

    int skillsDoneOnDisk() const
    {
        const QStringList files = sessionFiles();
        if (files.size() != 1)
            return -1;
        const auto session = ip::readSessionFile(files.first());
        if (session.isError())
            return -1;
        int done = 0;
        for (const auto &s : session.value().run.skills)
            done += s.state == ip::SkillState::Done && s.hasQuestions() ? 1 : 0;
        return done;
    }

    int countFrom(int from, bool (*pred)(const LlmRequest &)) const
    {
        int n = 0;
        const auto all = fake.requests();
        for (qsizetype i = from; i < all.size(); ++i)
            n += pred(all.at(i)) ? 1 : 0;
        return n;
    }
};

// The JSON report without the moment it was written.
QJsonObject reportWithoutTime(const QByteArray &json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("generated_at"));
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool any(const LlmRequest &)
{
    return true;
}

} // namespace

class TestHeadlessSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ip::registerCoreTypes();
        QVERIFY(QFile::exists(kResumeFile));
    }

    void secondRunIsServedFromTheCache()
    {
        Home h;
        QVERIFY(h.init());
        const Outcome first = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(h.fake.requestCount(), 7);
        QCOMPARE(h.sessionFiles().size(), 1);

        const Outcome second = h.run({ kResumeFile, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(h.fake.requestCount(), 7); // zero new requests
        QCOMPARE(reportWithoutTime(second.out).value(QStringLiteral("skills")),
                 reportWithoutTime(first.out).value(QStringLiteral("skills")));
        QCOMPARE(h.sessionFiles().size(), 2); // every run is a session

        // --no-cache asks again.
        const Outcome third = h.run({ kResumeFile, QStringLiteral("--no-cache") });
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QCOMPARE(h.fake.requestCount(), 14);

        // Neither the sessions nor the cache hold a key.
        const auto hits
            = scanForSecrets(h.home.path(), { QString::fromLatin1(kGroqKey), QString::fromLatin1(kGeminiKey) });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().file));
    }

    void killedDuringGenerationThenResumed()
    {
        // The uninterrupted run, for comparison.
        Home whole;
        QVERIFY(whole.init());
        const QString wholeReport = whole.home.filePath(QStringLiteral("whole.json"));
        const Outcome uninterrupted = whole.run({ kResumeFile, QStringLiteral("-o"), wholeReport });
        QVERIFY2(uninterrupted.exitCode == 0, qPrintable(uninterrupted.err));

        Home h;
        QVERIFY(h.init());
        // The question call for Redis's batch never answers: the process is killed while it waits.
        const auto normal = pipelineHandler(nineSkills());
        h.fake.setHandler([normal](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("Redis")))
                return LlmReply::hang();
            return normal(r);
        });
        h.start({ kResumeFile });
        // Every other call answered, and its result on disk; then SIGKILL.
        QTRY_COMPARE_WITH_TIMEOUT(h.fake.requestCount(), 7, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.skillsDoneOnDisk(), 6, 30'000);
        QCOMPARE(h.process.state(), QProcess::Running);
        h.process.kill();
        QVERIFY(h.process.waitForFinished(10'000));
        QCOMPARE(h.process.exitStatus(), QProcess::CrashExit);

        const QStringList files = h.sessionFiles();
        QCOMPARE(files.size(), 1);
        const auto killed = ip::readSessionFile(files.first());
        QVERIFY(killed.isOk()); // never half-written
        QCOMPARE(ip::toString(killed.value().meta.outcome), QStringLiteral("in-progress"));
        QVERIFY(killed.value().canContinue());
        const QString id = killed.value().meta.id;

        // Continue it, without the cache: the session alone says what is missing.
        h.fake.setHandler(normal);
        const int before = h.fake.requestCount();
        const QString resumedReport = h.home.filePath(QStringLiteral("resumed.json"));
        const Outcome resumed = h.run(
            { QStringLiteral("--resume"), id, QStringLiteral("--no-cache"), QStringLiteral("-o"), resumedReport });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(id), qPrintable(resumed.err));
        // Exactly the missing call: the questions of Redis's batch.
        QCOMPARE(h.countFrom(before, any), 1);
        QCOMPARE(h.countFrom(before, isQuestionsCall), 1);
        QCOMPARE(pipelineAskedSkills(h.fake.requests().last().lastUserText),
                 (QStringList { QStringLiteral("AWS"), QStringLiteral("Redis"), QStringLiteral("GraphQL") }));
        // The report equals the uninterrupted run's (usage included).
        QCOMPARE(reportWithoutTime(readAll(resumedReport)), reportWithoutTime(readAll(wholeReport)));

        const auto after = ip::readSessionFile(files.first());
        QVERIFY(after.isOk());
        QCOMPARE(ip::toString(after.value().meta.outcome), QStringLiteral("complete"));

        // Resuming a complete session (here by its file) writes its report without any request.
        const int end = h.fake.requestCount();
        const Outcome again
            = h.run({ QStringLiteral("--resume"), files.first(), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(h.fake.requestCount(), end);
        QCOMPARE(reportWithoutTime(again.out), reportWithoutTime(readAll(wholeReport)));
    }

    void resumeWithTheCacheAlsoAsksOnlyForTheMissingWork()
    {
        Home h;
        QVERIFY(h.init());
        // Groq's daily quota is gone by the last batch's questions.
        const auto normal = pipelineHandler(nineSkills());
        h.fake.setHandler([normal](const LlmRequest &r) {
            if (isQuestionsCall(r) && pipelineAskedSkills(r.lastUserText).contains(QStringLiteral("Redis")))
                return LlmReply::dailyQuota();
            return normal(r);
        });
        const Outcome partial = h.run({ kResumeFile });
        QCOMPARE(partial.exitCode, 2);
        QCOMPARE(h.sessionFiles().size(), 1);
        const auto saved = ip::readSessionFile(h.sessionFiles().first());
        QVERIFY(saved.isOk());
        QVERIFY2(partial.err.contains(QStringLiteral("--resume ") + saved.value().meta.id), qPrintable(partial.err));
        int failed = 0;
        for (const auto &s : saved.value().run.skills)
            failed += s.state == ip::SkillState::Failed ? 1 : 0;
        QVERIFY(failed >= 3);

        h.fake.setHandler(normal);
        const int before = h.fake.requestCount();
        const Outcome resumed = h.run({ QStringLiteral("--resume"), saved.value().meta.id });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(h.countFrom(before, any), (failed + 2) / 3);
        QCOMPARE(h.countFrom(before, isQuestionsCall), (failed + 2) / 3);
    }

    void damagedOrNewerSessionFilesAreRefusedClearly()
    {
        Home h;
        QVERIFY(h.init());
        const QString damaged = h.home.filePath(QStringLiteral("damaged.json"));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"schema_version\": 1, \"id\": ");
        }
        Outcome o = h.run({ QStringLiteral("--resume"), damaged });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("damaged.json")) && o.err.contains(QStringLiteral("damaged")),
                 qPrintable(o.err));

        const QString newer = h.home.filePath(QStringLiteral("newer.json"));
        {
            QFile f(newer);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject { { QStringLiteral("schema_version"), ip::kSessionSchemaVersion + 1 },
                                                { QStringLiteral("id"), QStringLiteral("x") } })
                        .toJson());
        }
        o = h.run({ QStringLiteral("--resume"), newer });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("newer version")), qPrintable(o.err));

        o = h.run({ QStringLiteral("--resume"), QStringLiteral("no-such-session") });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("no-such-session")), qPrintable(o.err));

        o = h.run({ kResumeFile, QStringLiteral("--resume"), QStringLiteral("x") });
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(h.fake.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSessions)
#include "tst_headless_sessions.moc"
