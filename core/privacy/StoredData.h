#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSettings;

namespace ip {

class KeyStore;

// What the app keeps on this computer (Settings ▸ Storage, issue 19 "Retention you control").
// A new place: add its StoredKind, its folder to StoredPaths (from the function the place itself
// uses), its title in storedKindTitle() and its row in measureStoredData() / deleteStoredFiles();
// every caller then shows and deletes it.
enum class StoredKind {
    Sessions, // every run's session file (history, continuing): SessionStore
    Cache, // results already paid for: ResultCache
    Logs, // the log files (core/log)
    Settings, // the settings file (QSettings); API keys are never in it
    StudyDeck, // the study deck's folder (core/study: Deck::defaultPath()'s folder)
};

// "Runs (history)", "Result cache", "Logs", "Settings file", "Study deck" (translated).
QString storedKindTitle(StoredKind kind);

// Where each place is. Empty: that place is not shown and not touched.
struct StoredPaths
{
    QString sessions; // a folder: SessionStore::defaultDirectory() or the store's own
    QString cache; // a folder: ResultCache::defaultDirectory() or the cache's own
    QString logs; // a folder: logDirectory(); only files named logFileName… in it count
    QString logFileName = QStringLiteral("interview-prep.log");
    QString settingsFile; // a file: QSettings::fileName()
    QString deck; // a folder: studyDeckDirectory() (the folder of Deck::defaultPath())
};

// The study deck's folder: AppDataLocation + "/study", computed as core/study's Deck::defaultPath() does
// (privacy does not link the deck's Qt SQL just for a path; tst_study_deck checks that both agree).
QString studyDeckDirectory();

// The places of the running app, from the same functions the app uses: SessionStore's and
// ResultCache's default folders, core/log's folder and file name, `settings`' file and the study deck's
// folder.
StoredPaths defaultStoredPaths(const QSettings &settings);

// One place with what is in it now.
struct StoredPlace
{
    StoredKind kind = StoredKind::Sessions;
    QString title;
    QString path; // absolute, native separators
    bool isFile = false; // the settings file; the others are folders
    bool exists = false;
    qint64 bytes = 0;
    qint64 files = 0;
};

// Walks the folders and measures the files (disk I/O: call it off the GUI thread, e.g. with
// QtConcurrent::run). One entry per non-empty path of `paths`, in StoredKind order.
QList<StoredPlace> measureStoredData(const StoredPaths &paths);

// What deleting removed and what it could not.
struct StoredDataDeletion
{
    QList<StoredKind> emptied; // places whose every file was removed (the settings: reset)
    qint64 filesRemoved = 0;
    qint64 bytesRemoved = 0;
    QStringList failed; // native paths of files that could not be removed (the rest still went)
    bool settingsReset = false;
    bool keysRequested = false; // the caller asked to remove the API keys too
    QStringList keysRemoved; // provider ids whose keys were removed
    QStringList keysFailed; // provider ids whose keys could not be removed
    QString keysMessage; // why, when keysFailed is not empty
    [[nodiscard]] bool ok() const { return failed.isEmpty() && keysFailed.isEmpty(); }
};

// Removes the files of sessions, cache, logs and the study deck (the folders stay; only the log files named
// paths.logFileName… in the log folder). A file that cannot be removed is named in `failed` and
// the others still go. The log file being written is closed meanwhile (suspendLogFile) and opened
// afresh after. The study deck should be closed first (a Deck open on a removed file writes to nothing
// that lasts). Synchronous disk I/O: off the GUI thread. Does not touch the settings or keys.
StoredDataDeletion deleteStoredFiles(const StoredPaths &paths);

// Clears `settings` (every key) and writes it out; with keepKeyIndex, the key store's list of
// keychain entries stays so the keys can still be found. False when the file could not be written.
bool resetStoredSettings(QSettings &settings, bool keepKeyIndex);

// "Delete everything this app stored": with alsoKeys the key store first forgets every key
// (asynchronous: its forgotAll signal), then deleteStoredFiles() runs on a worker thread, then
// the settings are reset on this object's thread. finished() comes once, always asynchronously.
// No nested event loop anywhere.
class StoredDataEraser : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        StoredPaths paths;
        QSettings *settings = nullptr; // reset when set (then paths.settingsFile is not deleted)
        KeyStore *keys = nullptr; // used only with alsoKeys
        bool alsoKeys = false;
    };

    explicit StoredDataEraser(QObject *parent = nullptr);

    // Starts erasing; false (and nothing done) while an erase is running.
    bool erase(const Request &request);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const ip::StoredDataDeletion &result);

private:
    void eraseFiles();
    void finish(const StoredDataDeletion &files);

    Request m_request;
    QPointer<KeyStore> m_keys;
    StoredDataDeletion m_result;
    bool m_running = false;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::StoredDataDeletion)
Q_DECLARE_METATYPE(ip::StoredPlace)
