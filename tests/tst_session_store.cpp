// SessionStore: coalesced atomic autosave, history listing (with damaged files), load, delete,
// and no secret in anything it writes.

#include "session/ResultCache.h"
#include "session/SessionStore.h"
#include "settings/EnvironmentOverrides.h"
#include "support/DacOverrideDropped.h"
#include "support/SecretScan.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

#ifdef Q_OS_LINUX
using ip::test::DacOverrideDropped;
#endif

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC).addSecs(minutes * 60);
}

Session sampleSession(const QString &idSuffix, int createdMinutes, int doneSkills = 1)
{
    Session session;
    session.meta.id = QStringLiteral("20250304-050607-") + idSuffix;
    session.meta.createdAt = at(createdMinutes);
    session.meta.resumePath = QStringLiteral("/home/jane/cv-%1.pdf").arg(idSuffix);
    session.settings = RunSettings::from(Settings());
    session.run.sourceFile = QStringLiteral("cv-%1.pdf").arg(idSuffix);
    session.run.resumeSha256 = resumeTextSha256(idSuffix);
    for (int i = 0; i < 3; ++i) {
        SkillResult skill;
        skill.name = QStringLiteral("Skill %1").arg(i);
        if (i < doneSkills) {
            skill.state = SkillState::Done;
            skill.questions = { QStringLiteral("Question %1?").arg(i) };
        }
        session.run.skills.append(skill);
    }
    return session;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void earlierQuestionsOfTheSameResume();
    void savesAreCoalesced();
    void severalSessionsShareOneWrite();
    void saveNowWritesAtOnceAndDropsTheQueuedState();
    void destructorFlushes();
    void invalidIdIsNotSaved();
    void failedWriteKeepsTheOldFile();
    void readOnlyFolderKeepsTheOldFile();

    void historyIsSortedNewestFirst();
    void damagedFilesAreReportedAndOthersListed();
    void historyChangedOnlyWhenALineChanges();
    void loadAndResolve();
    void deleteOne();
    void deleteAll();

    void sessionFilesHoldNoSecret();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sessions;
};

void TestSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sessions = m_dir->filePath(QStringLiteral("sessions")); // created by the first write
}

void TestSessionStore::cleanup()
{
    m_dir.reset();
}

void TestSessionStore::savesAreCoalesced()
{
    SessionStore store(m_sessions);
    QCOMPARE(store.writeInterval(), 250);
    store.setWriteInterval(30);
    QSignalSpy saved(&store, &SessionStore::sessionSaved);

    Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0);
    for (int i = 1; i <= 100; ++i) {
        session.run.usage.requests = i;
        store.save(session);
    }
    QCOMPARE(store.writeCount(), 0); // nothing written synchronously
    QVERIFY(store.hasPendingWrites());
    QVERIFY(saved.wait(5000));
    QCOMPARE(store.writeCount(), 1); // one write for the whole burst...
    QCOMPARE(saved.size(), 1);
    QVERIFY(!store.hasPendingWrites()); // ...and nothing more scheduled
    auto loaded = store.load(session.meta.id);
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded.value().run.usage.requests, 100); // the latest state

    // The next change is written again, once.
    for (int i = 101; i <= 150; ++i) {
        session.run.usage.requests = i;
        store.save(session);
    }
    QCOMPARE(store.writeCount(), 1);
    QVERIFY(saved.wait(5000));
    QCOMPARE(store.writeCount(), 2);
    QVERIFY(!store.hasPendingWrites());
    QCOMPARE(store.load(session.meta.id).value().run.usage.requests, 150);
    QVERIFY(store.load(session.meta.id).value().meta.updatedAt.isValid());
}

void TestSessionStore::severalSessionsShareOneWrite()
{
    SessionStore store(m_sessions);
    store.setWriteInterval(10);
    QSignalSpy saved(&store, &SessionStore::sessionSaved);
    for (int i = 0; i < 20; ++i) {
        store.save(sampleSession(QStringLiteral("aaaaaaaa"), 0));
        store.save(sampleSession(QStringLiteral("bbbbbbbb"), 1));
    }
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(store.writeCount(), 2);
    QVERIFY(!store.hasPendingWrites());
    QCOMPARE(store.list().entries.size(), 2);
}

void TestSessionStore::saveNowWritesAtOnceAndDropsTheQueuedState()
{
    SessionStore store(m_sessions);
    Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0);
    store.save(session);
    session.meta.outcome = SessionOutcome::Cancelled;
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(store.writeCount(), 1);
    QVERIFY(!store.hasPendingWrites()); // the older queued state will not overwrite it
    QCOMPARE(toString(store.load(session.meta.id).value().meta.outcome), toString(SessionOutcome::Cancelled));

    // flush() writes what is queued, at once.
    session.meta.outcome = SessionOutcome::Partial;
    store.save(session);
    QVERIFY(store.flush().isOk());
    QCOMPARE(store.writeCount(), 2);
    QVERIFY(!store.hasPendingWrites());
    QCOMPARE(toString(store.load(session.meta.id).value().meta.outcome), toString(SessionOutcome::Partial));
}

void TestSessionStore::destructorFlushes()
{
    const Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0);
    {
        SessionStore store(m_sessions);
        store.setWriteInterval(60'000);
        store.save(session);
        QCOMPARE(store.writeCount(), 0);
    }
    SessionStore again(m_sessions);
    const auto loaded = again.load(session.meta.id);
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded.value().run, session.run);
}

void TestSessionStore::invalidIdIsNotSaved()
{
    SessionStore store(m_sessions);
    QSignalSpy failed(&store, &SessionStore::saveFailed);
    Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0);
    session.meta.id = QStringLiteral("../escape");
    store.save(session);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!store.hasPendingWrites());
    QVERIFY(store.saveNow(session).isError());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.json"))));
    QVERIFY(!QFileInfo::exists(m_sessions));
}

void TestSessionStore::failedWriteKeepsTheOldFile()
{
    SessionStore store(m_sessions);
    QSignalSpy failed(&store, &SessionStore::saveFailed);
    Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0, 1);
    QVERIFY(store.saveNow(session).isOk());
    const QString path = store.filePath(session.meta.id);
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    // A crash (or full disk) after the new bytes are written, before they replace the file:
    // at that moment, and after it, the session file is still the complete old one.
    QByteArray seenDuringWrite;
    store.setBeforeCommitHookForTesting([&](const QString &target) {
        seenDuringWrite = readAll(target);
        return false;
    });
    session.run.skills[1].state = SkillState::Done;
    session.run.skills[1].questions = { QStringLiteral("new?") };
    const auto result = store.saveNow(session);
    QVERIFY(result.isError());
    QVERIFY2(result.error().contains(QDir::toNativeSeparators(path)), qPrintable(result.error()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(seenDuringWrite, before);
    QCOMPARE(readAll(path), before);
    QVERIFY(store.load(session.meta.id).isOk());
    QCOMPARE(QDir(m_sessions).entryList(QDir::Files | QDir::Hidden), QStringList { QFileInfo(path).fileName() });

    store.setBeforeCommitHookForTesting({});
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(questionTexts(store.load(session.meta.id).value().run.skills.at(1).questions),
             QStringList { QStringLiteral("new?") });
}

void TestSessionStore::readOnlyFolderKeepsTheOldFile()
{
    SessionStore store(m_sessions);
    const Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0, 1);
    QVERIFY(store.saveNow(session).isOk());
    const QString path = store.filePath(session.meta.id);
    const QByteArray before = readAll(path);

    QVERIFY(QFile::setPermissions(m_sessions, QFile::ReadOwner | QFile::ExeOwner));
    auto restore = qScopeGuard(
        [&] { QFile::setPermissions(m_sessions, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    Result<bool, QString> result = Result<bool, QString>::ok(true);
    {
#ifdef Q_OS_LINUX
        DacOverrideDropped dropped;
        if (geteuid() == 0 && !dropped.active())
            QSKIP("running as root without the ability to drop CAP_DAC_OVERRIDE");
#endif
        result = store.saveNow(sampleSession(QStringLiteral("aaaaaaaa"), 0, 3));
    }
    QVERIFY(result.isError());
    QVERIFY2(result.error().startsWith(QStringLiteral("Could not save ")), qPrintable(result.error()));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(m_sessions).entryList(QDir::Files | QDir::Hidden), QStringList { QFileInfo(path).fileName() });
}

void TestSessionStore::historyIsSortedNewestFirst()
{
    SessionStore store(m_sessions);
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("bbbbbbbb"), 10, 3)).isOk());
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("aaaaaaaa"), 0, 1)).isOk());
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("cccccccc"), 20, 0)).isOk());

    const HistoryListing listing = store.list();
    QVERIFY(listing.problems.isEmpty());
    QCOMPARE(listing.entries.size(), 3);
    QCOMPARE(listing.entries.at(0).id, QStringLiteral("20250304-050607-cccccccc"));
    QCOMPARE(listing.entries.at(1).id, QStringLiteral("20250304-050607-bbbbbbbb"));
    QCOMPARE(listing.entries.at(2).id, QStringLiteral("20250304-050607-aaaaaaaa"));

    const HistoryEntry &complete = listing.entries.at(1);
    QCOMPARE(complete.sourceFile, QStringLiteral("cv-bbbbbbbb.pdf"));
    QCOMPARE(complete.createdAt, at(10));
    QCOMPARE(complete.skills,
             (QStringList { QStringLiteral("Skill 0"), QStringLiteral("Skill 1"), QStringLiteral("Skill 2") }));
    QCOMPARE(complete.skillsDone, 3);
    QVERIFY(complete.complete);
    QCOMPARE(complete.filePath, store.filePath(complete.id));

    const HistoryEntry &partial = listing.entries.at(2);
    QCOMPARE(partial.skillsDone, 1);
    QVERIFY(!partial.complete);
    QVERIFY(partial.canContinue);
    QCOMPARE(toString(partial.outcome), toString(SessionOutcome::InProgress));
}

void TestSessionStore::damagedFilesAreReportedAndOthersListed()
{
    SessionStore store(m_sessions);
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("aaaaaaaa"), 0)).isOk());
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("bbbbbbbb"), 5)).isOk());
    const QByteArray good = readAll(store.filePath(QStringLiteral("20250304-050607-aaaaaaaa")));

    QJsonObject wrongTypes = QJsonDocument::fromJson(good).object();
    wrongTypes.insert(QStringLiteral("run"), QStringLiteral("not an object"));
    QJsonObject newer = QJsonDocument::fromJson(good).object();
    newer.insert(QStringLiteral("schema_version"), 9);
    QByteArray garbage;
    for (int i = 0; i < 1000; ++i)
        garbage.append(char((i * 37 + 11) % 256));

    const QHash<QString, QByteArray> damaged {
        { QStringLiteral("20250101-000000-00000001.json"), good.left(good.size() / 3) },
        { QStringLiteral("20250101-000000-00000002.json"), garbage },
        { QStringLiteral("20250101-000000-00000003.json"), QJsonDocument(wrongTypes).toJson() },
        { QStringLiteral("20250101-000000-00000004.json"), QJsonDocument(newer).toJson() },
        { QStringLiteral("20250101-000000-00000005.json"), QByteArray() },
    };
    for (auto it = damaged.cbegin(); it != damaged.cend(); ++it)
        QVERIFY(writeBytes(QDir(m_sessions).filePath(it.key()), it.value()));
    QVERIFY(writeBytes(QDir(m_sessions).filePath(QStringLiteral("notes.txt")), "not a session"));
    QVERIFY(writeBytes(QDir(m_sessions).filePath(QStringLiteral("odd name.json")), "{}"));

    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.at(0).id, QStringLiteral("20250304-050607-bbbbbbbb"));
    QCOMPARE(listing.problems.size(), damaged.size());
    for (auto it = damaged.cbegin(); it != damaged.cend(); ++it) {
        const auto matching = std::count_if(listing.problems.cbegin(), listing.problems.cend(),
                                            [&](const QString &p) { return p.contains(it.key()); });
        QVERIFY2(matching == 1, qPrintable(it.key() + u'\n' + listing.problems.join(u'\n')));
    }
    QVERIFY(listing.problems.join(u'\n').contains(QLatin1String("newer version")));

    const auto load = store.load(QStringLiteral("20250101-000000-00000002"));
    QVERIFY(load.isError());
    QCOMPARE(int(load.error().kind), int(SessionError::Kind::Damaged));
    QVERIFY(load.error().message.contains(QLatin1String("20250101-000000-00000002.json")));
}

void TestSessionStore::historyChangedOnlyWhenALineChanges()
{
    SessionStore store(m_sessions);
    QSignalSpy changed(&store, &SessionStore::historyChanged);
    QSignalSpy saved(&store, &SessionStore::sessionSaved);
    Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0, 1);
    session.run.skills[1].state = SkillState::Generating;
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(changed.size(), 1); // a new line

    session.run.usage.requests = 5; // not shown in the history
    session.run.skills[1].contextText = QStringLiteral("## Skill 1\n…");
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(changed.size(), 1);

    session.run.skills[1].state = SkillState::Done; // one more skill done
    session.run.skills[1].questions = { QStringLiteral("q?") };
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(changed.size(), 2);

    session.meta.outcome = SessionOutcome::Partial;
    QVERIFY(store.saveNow(session).isOk());
    QCOMPARE(changed.size(), 3);
}

void TestSessionStore::loadAndResolve()
{
    SessionStore store(m_sessions);
    const Session session = sampleSession(QStringLiteral("aaaaaaaa"), 0);
    QVERIFY(store.saveNow(session).isOk());

    const auto byId = store.resolve(session.meta.id);
    QVERIFY(byId.isOk());
    QCOMPARE(byId.value().run, session.run);
    QCOMPARE(byId.value().meta.resumePath, session.meta.resumePath);
    QVERIFY(store.resolve(session.meta.id + QStringLiteral(".json")).isOk());

    const QString elsewhere = m_dir->filePath(QStringLiteral("copied.json"));
    QVERIFY(QFile::copy(store.filePath(session.meta.id), elsewhere));
    const auto byPath = store.resolve(elsewhere);
    QVERIFY(byPath.isOk());
    QCOMPARE(byPath.value().meta.id, session.meta.id);

    // A renamed file is loaded under its file's name, so continuing it writes back to it.
    QVERIFY(QFile::copy(store.filePath(session.meta.id), store.filePath(QStringLiteral("renamed"))));
    QCOMPARE(store.load(QStringLiteral("renamed")).value().meta.id, QStringLiteral("renamed"));

    for (const QString &missing : { QStringLiteral("20990101-000000-ffffffff"), QStringLiteral("../sessions/x") }) {
        const auto result = store.resolve(missing);
        QVERIFY(result.isError());
        QVERIFY2(result.error().message.contains(missing), qPrintable(result.error().message));
    }
}

void TestSessionStore::deleteOne()
{
    SessionStore store(m_sessions);
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("aaaaaaaa"), 0)).isOk());
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("bbbbbbbb"), 1)).isOk());
    QSignalSpy changed(&store, &SessionStore::historyChanged);

    QVERIFY(store.remove(QStringLiteral("20250304-050607-aaaaaaaa")).isOk());
    QCOMPARE(changed.size(), 1);
    const HistoryListing listing = store.list();
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.at(0).id, QStringLiteral("20250304-050607-bbbbbbbb"));
    QVERIFY(!QFileInfo::exists(store.filePath(QStringLiteral("20250304-050607-aaaaaaaa"))));

    QVERIFY(store.remove(QStringLiteral("20250304-050607-aaaaaaaa")).isError());
    QVERIFY(store.remove(QStringLiteral("../sessions")).isError());
    QCOMPARE(changed.size(), 1);

    // A queued autosave of a removed session is dropped with it.
    store.save(sampleSession(QStringLiteral("cccccccc"), 2));
    QVERIFY(store.saveNow(sampleSession(QStringLiteral("cccccccc"), 2)).isOk());
    store.save(sampleSession(QStringLiteral("cccccccc"), 2));
    QVERIFY(store.remove(QStringLiteral("20250304-050607-cccccccc")).isOk());
    QVERIFY(!store.hasPendingWrites());
}

void TestSessionStore::deleteAll()
{
    SessionStore store(m_sessions);
    for (const QString &suffix : { QStringLiteral("aaaaaaaa"), QStringLiteral("bbbbbbbb") })
        QVERIFY(store.saveNow(sampleSession(suffix, 0)).isOk());
    QVERIFY(writeBytes(QDir(m_sessions).filePath(QStringLiteral("20250101-000000-00000001.json")), "{broken"));
    QVERIFY(writeBytes(QDir(m_sessions).filePath(QStringLiteral("keep-me.txt")), "someone else's"));
    store.save(sampleSession(QStringLiteral("cccccccc"), 0));
    QSignalSpy changed(&store, &SessionStore::historyChanged);

    QVERIFY(store.removeAll().isOk());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.hasPendingWrites());
    const HistoryListing listing = store.list();
    QVERIFY(listing.entries.isEmpty());
    QVERIFY(listing.problems.isEmpty()); // the damaged one went too
    QCOMPARE(QDir(m_sessions).entryList(QDir::Files), QStringList { QStringLiteral("keep-me.txt") });
}

void TestSessionStore::sessionFilesHoldNoSecret()
{
    const QStringList secrets { QStringLiteral("gsk_SessionTestKey0123456789abcdef"),
                                QStringLiteral("AIzaSessionTestKey-0123456789_abcdefg"),
                                QStringLiteral("urlPassw0rdInBase") };
    qputenv("GROQ_API_KEY", secrets.at(0).toUtf8());
    qputenv("GEMINI_API_KEY", secrets.at(1).toUtf8());
    auto unset = qScopeGuard([] {
        qunsetenv("GROQ_API_KEY");
        qunsetenv("GEMINI_API_KEY");
    });

    // Settings as a headless run builds them, with a base URL override that carries a password.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"),
               QStringLiteral("http://user:%1@127.0.0.1:9/v1").arg(secrets.at(2)));
    Settings settings;
    applyEnvironmentOverrides(settings, env);
    QVERIFY(settings.groqBaseUrl.toString().contains(secrets.at(2))); // the check below could fail

    Session session = newSession(QStringLiteral("/home/jane/cv.pdf"), settings);
    session.run = sampleSession(QStringLiteral("aaaaaaaa"), 0, 2).run;
    {
        SessionStore store(m_sessions);
        store.setWriteInterval(0);
        QSignalSpy saved(&store, &SessionStore::sessionSaved);
        store.save(session);
        QVERIFY(saved.wait(5000));
        session.meta.outcome = SessionOutcome::Partial;
        QVERIFY(store.saveNow(session).isOk());
    }
    ResultCache cache(m_dir->filePath(QStringLiteral("cache")));
    QVERIFY(cache.storeSkills(CacheKey::forSkills(session.run.resumeSha256, QStringLiteral("Groq"), settings, {}),
                              { QStringLiteral("Python") }));

    const auto hits = test::scanForSecrets(m_dir->path(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(test::describeHits(hits)));

    // The scan itself finds a key where there is one.
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("control.txt")), secrets.at(1).toUtf8()));
    QCOMPARE(test::scanForSecrets(m_dir->path(), secrets).size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionStore)
void TestSessionStore::earlierQuestionsOfTheSameResume()
{
    SessionStore store(m_sessions);
    // Three runs of resume "a" (the newest created last), one of resume "b".
    Session first = sampleSession(QStringLiteral("0000000a"), 0, 2);
    first.run.resumeSha256 = resumeTextSha256(QStringLiteral("a"));
    first.run.skills[1].questions = { QStringLiteral("Oldest on skill 1?") };
    Session second = sampleSession(QStringLiteral("0000000b"), 1, 2);
    second.meta.id = QStringLiteral("20250304-050707-0000000b");
    second.run.resumeSha256 = first.run.resumeSha256;
    second.run.skills[1].name = QStringLiteral("skill  1"); // the same skill, spelled apart
    second.run.skills[1].questions = { QStringLiteral("Newer on skill 1?") };
    Session other = sampleSession(QStringLiteral("0000000c"), 2, 2);
    other.meta.id = QStringLiteral("20250304-050807-0000000c");
    other.run.skills[1].questions = { QStringLiteral("Another resume's?") };
    Session current = sampleSession(QStringLiteral("0000000d"), 3, 2);
    current.meta.id = QStringLiteral("20250304-050907-0000000d");
    current.run.resumeSha256 = first.run.resumeSha256;
    current.run.skills[1].questions = { QStringLiteral("On screen now?") };
    for (const Session *s : { &first, &second, &other, &current })
        QVERIFY(store.saveNow(*s).isOk());

    QCOMPARE(earlierQuestions(m_sessions, first.run.resumeSha256, QStringLiteral("Skill 1"), current.meta.id),
             (QStringList { QStringLiteral("Newer on skill 1?"), QStringLiteral("Oldest on skill 1?") }));
    QCOMPARE(earlierQuestions(m_sessions, first.run.resumeSha256, QStringLiteral("Skill 1"), current.meta.id, 1),
             QStringList { QStringLiteral("Newer on skill 1?") });
    QVERIFY(earlierQuestions(m_sessions, first.run.resumeSha256, QStringLiteral("Skill 2"), current.meta.id).isEmpty());
    QVERIFY(earlierQuestions(m_sessions, QString(), QStringLiteral("Skill 1"), {}).isEmpty());
    QVERIFY(
        earlierQuestions(m_dir->filePath(QStringLiteral("none")), first.run.resumeSha256, QStringLiteral("Skill 1"), {})
            .isEmpty());
}

#include "tst_session_store.moc"
