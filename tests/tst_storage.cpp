// Settings ▸ Storage's core (issue 19, "Retention you control"): the places the app stores things
// measured from a temporary tree, "delete everything" removing runs, cache and logs and resetting the
// settings while the API keys stay unless asked, a file that cannot be removed named while the rest
// still goes, and the log file being written closed and opened afresh.

#include "keys/KeyStore.h"
#include "log/Logging.h"
#include "privacy/StoredData.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"
#include "support/DacOverrideDropped.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStorageTest, "ip.test.storage")

using namespace ip;

namespace {

constexpr int kTimeoutMs = 15'000;

void writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(QByteArray(bytes, 'x'));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A tree like the app's: 3 session files (one in a sub-folder), 2 cache entries, 2 log files and a
// file in the log folder that is not a log, and a settings file.
struct Tree
{
    QTemporaryDir dir;
    StoredPaths paths;

    Tree()
    {
        const QDir root(dir.path());
        paths.sessions = root.filePath(QStringLiteral("data/sessions"));
        paths.cache = root.filePath(QStringLiteral("cache/results"));
        paths.logs = root.filePath(QStringLiteral("data/logs"));
        paths.logFileName = QStringLiteral("interview-prep.log");
        paths.settingsFile = root.filePath(QStringLiteral("config/interview-prep.ini"));
        paths.deck = root.filePath(QStringLiteral("data/study"));
        writeFile(paths.sessions + QStringLiteral("/a.json"), 100);
        writeFile(paths.sessions + QStringLiteral("/b.json"), 200);
        writeFile(paths.sessions + QStringLiteral("/old/c.json"), 300);
        writeFile(paths.cache + QStringLiteral("/0001.json"), 1000);
        writeFile(paths.cache + QStringLiteral("/0002.json"), 24);
        writeFile(paths.logs + QStringLiteral("/interview-prep.log"), 5000);
        writeFile(paths.logs + QStringLiteral("/interview-prep.log.1"), 7000);
        writeFile(paths.logs + QStringLiteral("/notes.txt"), 11); // not the app's: never counted or deleted
        writeFile(paths.deck + QStringLiteral("/deck.sqlite"), 4096); // the study deck and its write-ahead log
        writeFile(paths.deck + QStringLiteral("/deck.sqlite-wal"), 96);
    }
};

const StoredPlace *placeOf(const QList<StoredPlace> &places, StoredKind kind)
{
    for (const StoredPlace &place : places)
        if (place.kind == kind)
            return &place;
    return nullptr;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<StoredDataDeletion>();
        qRegisterMetaType<ForgetResult>();
        qRegisterMetaType<KeyResult>();
    }

    void measuresEachPlace()
    {
        Tree tree;
        {
            QSettings settings(tree.paths.settingsFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("limits/skillCount"), 7);
        }
        const QList<StoredPlace> places = measureStoredData(tree.paths);
        QCOMPARE(places.size(), 5);
        QCOMPARE(places.at(0).kind, StoredKind::Sessions); // in StoredKind order
        const StoredPlace *sessions = placeOf(places, StoredKind::Sessions);
        QVERIFY(sessions && sessions->exists && !sessions->isFile);
        QCOMPARE(sessions->files, 3);
        QCOMPARE(sessions->bytes, 600);
        QCOMPARE(sessions->path, QDir::toNativeSeparators(tree.paths.sessions));
        QCOMPARE(sessions->title, storedKindTitle(StoredKind::Sessions));
        const StoredPlace *cache = placeOf(places, StoredKind::Cache);
        QCOMPARE(cache->files, 2);
        QCOMPARE(cache->bytes, 1024);
        const StoredPlace *logs = placeOf(places, StoredKind::Logs);
        QCOMPARE(logs->files, 2); // notes.txt is not a log file
        QCOMPARE(logs->bytes, 12000);
        const StoredPlace *settings = placeOf(places, StoredKind::Settings);
        QVERIFY(settings->isFile && settings->exists);
        QCOMPARE(settings->files, 1);
        QCOMPARE(settings->bytes, QFileInfo(tree.paths.settingsFile).size());
        QVERIFY(settings->bytes > 0);
        const StoredPlace *deck = placeOf(places, StoredKind::StudyDeck);
        QVERIFY(deck && deck->exists && !deck->isFile);
        QCOMPARE(deck->files, 2);
        QCOMPARE(deck->bytes, 4096 + 96);
        QCOMPARE(deck->title, storedKindTitle(StoredKind::StudyDeck));
        QCOMPARE(places.last().kind, StoredKind::StudyDeck);
    }

    void missingAndUnsetPlaces()
    {
        QTemporaryDir dir;
        StoredPaths paths;
        paths.sessions = dir.filePath(QStringLiteral("never-created"));
        paths.settingsFile = dir.filePath(QStringLiteral("none.ini"));
        const QList<StoredPlace> places = measureStoredData(paths);
        QCOMPARE(places.size(), 2); // cache and logs are not set: not listed
        for (const StoredPlace &place : places) {
            QVERIFY(!place.exists);
            QCOMPARE(place.files, 0);
            QCOMPARE(place.bytes, 0);
        }
    }

    void defaultPathsAreTheAppsOwn()
    {
        QSettings settings;
        const StoredPaths paths = defaultStoredPaths(settings);
        QCOMPARE(paths.sessions, SessionStore::defaultDirectory());
        QCOMPARE(paths.cache, ResultCache::defaultDirectory());
        QCOMPARE(paths.logs, logDirectory());
        QCOMPARE(paths.logs, defaultLogDirectory());
        QCOMPARE(paths.logFileName, QStringLiteral("interview-prep.log"));
        QCOMPARE(paths.settingsFile, settings.fileName());
        QVERIFY(!paths.sessions.isEmpty() && !paths.cache.isEmpty() && !paths.logs.isEmpty());
    }

    // Keys stay unless asked: the session-only key store keeps its key, and the settings keep the
    // index of keychain entries (so they can still be forgotten later); everything else goes.
    void deleteKeepsKeysUnlessAsked()
    {
        Tree tree;
        QSettings settings(tree.paths.settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("limits/skillCount"), 7);
        settings.setValue(QStringLiteral("window/recentFiles"), QStringList { QStringLiteral("/home/x/cv.pdf") });
        settings.setValue(KeyStore::indexSettingsKey(), QStringList { QStringLiteral("groq") });
        settings.sync();

        KeyStore::Options options;
        options.index = &settings;
        options.environment = QProcessEnvironment();
        KeyStore keys(options);
        keys.setSessionOnly(true);
        QSignalSpy saved(&keys, &KeyStore::saved);
        keys.save(QStringLiteral("groq"), QStringLiteral("gsk_storageTestKey_0123456789"));
        QVERIFY(saved.wait(kTimeoutMs));

        StoredDataEraser eraser;
        QSignalSpy finished(&eraser, &StoredDataEraser::finished);
        StoredDataEraser::Request request;
        request.paths = tree.paths;
        request.settings = &settings;
        request.keys = &keys;
        QVERIFY(eraser.erase(request));
        QVERIFY(eraser.isRunning());
        QVERIFY(!eraser.erase(request)); // one at a time
        QCOMPARE(finished.count(), 0); // never inside the call
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(!eraser.isRunning());
        const auto result = finished.takeFirst().at(0).value<StoredDataDeletion>();

        QVERIFY2(result.ok(), qPrintable(result.failed.join(u',')));
        QCOMPARE(result.filesRemoved, 9);
        QCOMPARE(result.bytesRemoved, 600 + 1024 + 12000 + 4096 + 96);
        QVERIFY(result.settingsReset);
        QCOMPARE(result.emptied,
                 (QList<StoredKind> { StoredKind::Sessions, StoredKind::Cache, StoredKind::Logs, StoredKind::StudyDeck,
                                      StoredKind::Settings }));
        QVERIFY(!result.keysRequested);

        const QList<StoredPlace> after = measureStoredData(tree.paths);
        QCOMPARE(placeOf(after, StoredKind::Sessions)->files, 0);
        QVERIFY(placeOf(after, StoredKind::Sessions)->exists); // the folders stay
        QVERIFY(!QFileInfo::exists(tree.paths.sessions + QStringLiteral("/old"))); // empty sub-folders go
        QCOMPARE(placeOf(after, StoredKind::Cache)->files, 0);
        QCOMPARE(placeOf(after, StoredKind::Logs)->files, 0);
        QCOMPARE(placeOf(after, StoredKind::StudyDeck)->files, 0);
        QVERIFY(placeOf(after, StoredKind::StudyDeck)->exists);
        QVERIFY(QFile::exists(tree.paths.logs + QStringLiteral("/notes.txt")));

        QCOMPARE(settings.allKeys(), QStringList { KeyStore::indexSettingsKey() });
        QCOMPARE(QSettings(tree.paths.settingsFile, QSettings::IniFormat).allKeys(),
                 QStringList { KeyStore::indexSettingsKey() });
        QSignalSpy loaded(&keys, &KeyStore::loaded);
        keys.load(QStringLiteral("groq"));
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.takeFirst().at(0).value<KeyResult>().key, QStringLiteral("gsk_storageTestKey_0123456789"));
    }

    void deleteRemovesKeysWhenAsked()
    {
        Tree tree;
        QSettings settings(tree.paths.settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("limits/skillCount"), 7);
        KeyStore::Options options;
        options.index = &settings;
        options.environment = QProcessEnvironment();
        KeyStore keys(options);
        keys.setSessionOnly(true);
        QSignalSpy saved(&keys, &KeyStore::saved);
        keys.save(QStringLiteral("gemini"), QStringLiteral("AIzaStorageTestKey0123456789"));
        QVERIFY(saved.wait(kTimeoutMs));

        StoredDataEraser eraser;
        QSignalSpy finished(&eraser, &StoredDataEraser::finished);
        QVERIFY(eraser.erase({ tree.paths, &settings, &keys, true }));
        QVERIFY(finished.wait(kTimeoutMs));
        const auto result = finished.takeFirst().at(0).value<StoredDataDeletion>();
        QVERIFY(result.ok());
        QVERIFY(result.keysRequested);
        QVERIFY2(result.keysRemoved.contains(QStringLiteral("gemini")), qPrintable(result.keysRemoved.join(u',')));
        QVERIFY(settings.allKeys().isEmpty());

        QSignalSpy loaded(&keys, &KeyStore::loaded);
        keys.load(QStringLiteral("gemini"));
        QVERIFY(loaded.wait(kTimeoutMs));
        const auto key = loaded.takeFirst().at(0).value<KeyResult>();
        QVERIFY(key.key.isEmpty());
        QCOMPARE(key.source, KeySource::None);
    }

    void noKeyStoreMeansKeysNotRemoved()
    {
        Tree tree;
        StoredDataEraser eraser;
        QSignalSpy finished(&eraser, &StoredDataEraser::finished);
        QVERIFY(eraser.erase({ tree.paths, nullptr, nullptr, true }));
        QVERIFY(finished.wait(kTimeoutMs));
        const auto result = finished.takeFirst().at(0).value<StoredDataDeletion>();
        QVERIFY(!result.ok());
        QVERIFY(!result.keysFailed.isEmpty());
        QVERIFY(!result.settingsReset); // no settings given: not touched
        QCOMPARE(result.filesRemoved, 9);
    }

    // A read-only sub-folder of the runs: its file is named, everything else still goes.
    void fileThatCannotBeRemovedIsNamed()
    {
        Tree tree;
        const QString locked = tree.paths.sessions + QStringLiteral("/locked");
        writeFile(locked + QStringLiteral("/kept.json"), 50);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        auto restore = qScopeGuard(
            [&] { QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });

        StoredDataDeletion result;
#ifdef Q_OS_LINUX
        test::DacOverrideDropped dropped; // root would remove it anyway
        if (geteuid() == 0 && !dropped.active())
            QSKIP("running as root without the ability to drop CAP_DAC_OVERRIDE");
        result = deleteStoredFiles(tree.paths);
#else
        result = deleteStoredFiles(tree.paths);
#endif
        QCOMPARE(result.failed, QStringList { QDir::toNativeSeparators(locked + QStringLiteral("/kept.json")) });
        QVERIFY(!result.ok());
        QCOMPARE(result.filesRemoved, 9);
        QCOMPARE(result.emptied, (QList<StoredKind> { StoredKind::Cache, StoredKind::Logs, StoredKind::StudyDeck }));
        QVERIFY(QFile::exists(locked + QStringLiteral("/kept.json")));
        QVERIFY(!QFile::exists(tree.paths.sessions + QStringLiteral("/a.json")));
        QVERIFY(!QFile::exists(tree.paths.sessions + QStringLiteral("/old/c.json")));
        QVERIFY(!QFile::exists(tree.paths.cache + QStringLiteral("/0001.json")));
        QVERIFY(!QFile::exists(tree.paths.logs + QStringLiteral("/interview-prep.log")));
    }

    // The log file being written: closed while the folder is emptied, then a fresh one holds what
    // comes after (and nothing from before).
    void liveLogFileStartsAfresh()
    {
        Tree tree;
        LogOptions options;
        options.toStderr = false;
        options.directory = tree.paths.logs;
        installLogging(options);
        auto uninstall = qScopeGuard([] { uninstallLogging(); });
        QCOMPARE(logDirectory(), tree.paths.logs);
        QCOMPARE(logFileName(), QStringLiteral("interview-prep.log"));
        const QString live = currentLogFilePath();
        QVERIFY(!live.isEmpty());
        qCInfo(lcStorageTest, "a line from before");
        QVERIFY(readAll(live).contains("a line from before"));

        const StoredDataDeletion result = deleteStoredFiles(tree.paths);
        QVERIFY2(result.ok(), qPrintable(result.failed.join(u',')));
        QVERIFY(result.emptied.contains(StoredKind::Logs));
        QCOMPARE(currentLogFilePath(), live);

        qCInfo(lcStorageTest, "a line from after");
        const QByteArray text = readAll(live);
        QVERIFY2(text.contains("a line from after"), text.constData());
        QVERIFY(!text.contains("a line from before"));
        QVERIFY(!QFile::exists(tree.paths.logs + QStringLiteral("/interview-prep.log.1")));
    }

    void suspendNests()
    {
        QTemporaryDir dir;
        LogOptions options;
        options.toStderr = false;
        options.directory = dir.path();
        installLogging(options);
        auto uninstall = qScopeGuard([] { uninstallLogging(); });
        const QString live = currentLogFilePath();
        suspendLogFile();
        suspendLogFile();
        qCInfo(lcStorageTest, "while suspended twice");
        resumeLogFile();
        qCInfo(lcStorageTest, "while suspended once");
        resumeLogFile();
        qCInfo(lcStorageTest, "resumed");
        resumeLogFile(); // one too many: no effect
        const QByteArray text = readAll(live);
        QVERIFY(!text.contains("suspended"));
        QVERIFY(text.contains("resumed"));
    }
};

QTEST_MAIN(TestStorage)
#include "tst_storage.moc"
