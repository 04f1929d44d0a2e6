#include "privacy/StoredData.h"

#include "keys/KeyStore.h"
#include "log/Logging.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

#include <algorithm>

namespace ip {

namespace {

constexpr QDir::Filters kEveryFile = QDir::Files | QDir::Hidden | QDir::System;

// The files of one place: every file under a folder, or the log files (name, name.1 …) in it.
QStringList filesOf(StoredKind kind, const StoredPaths &paths, const QString &folder)
{
    QStringList files;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return files;
    if (kind == StoredKind::Logs) {
        const QDir dir(folder);
        const QStringList names
            = dir.entryList({ paths.logFileName, paths.logFileName + QStringLiteral(".*") }, kEveryFile, QDir::Name);
        for (const QString &name : names)
            files.append(dir.filePath(name));
        return files;
    }
    QDirIterator it(folder, kEveryFile, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString folderOf(StoredKind kind, const StoredPaths &paths)
{
    switch (kind) {
    case StoredKind::Sessions: return paths.sessions;
    case StoredKind::Cache: return paths.cache;
    case StoredKind::Logs: return paths.logs;
    case StoredKind::Settings: return paths.settingsFile;
    case StoredKind::StudyDeck: return paths.deck;
    }
    return {};
}

constexpr StoredKind kKinds[]
    = { StoredKind::Sessions, StoredKind::Cache, StoredKind::Logs, StoredKind::Settings, StoredKind::StudyDeck };

// Empty sub-folders left after the files went (deepest first); the place's own folder stays.
void removeEmptySubfolders(const QString &folder)
{
    QStringList folders;
    QDirIterator it(folder, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(it.next());
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(folders))
        QDir().rmdir(path); // fails (and stays) when something in it could not be removed
}

} // namespace

QString storedKindTitle(StoredKind kind)
{
    switch (kind) {
    case StoredKind::Sessions: return QCoreApplication::translate("ip::StoredData", "Runs (history)");
    case StoredKind::Cache: return QCoreApplication::translate("ip::StoredData", "Result cache");
    case StoredKind::Logs: return QCoreApplication::translate("ip::StoredData", "Logs");
    case StoredKind::Settings: return QCoreApplication::translate("ip::StoredData", "Settings file");
    case StoredKind::StudyDeck: return QCoreApplication::translate("ip::StoredData", "Study deck");
    }
    return {};
}

QString studyDeckDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/study");
}

StoredPaths defaultStoredPaths(const QSettings &settings)
{
    StoredPaths paths;
    paths.sessions = SessionStore::defaultDirectory();
    paths.cache = ResultCache::defaultDirectory();
    paths.logs = logDirectory();
    paths.logFileName = logFileName();
    paths.settingsFile = settings.fileName();
    paths.deck = studyDeckDirectory();
    return paths;
}

QList<StoredPlace> measureStoredData(const StoredPaths &paths)
{
    QList<StoredPlace> places;
    for (StoredKind kind : kKinds) {
        const QString path = folderOf(kind, paths);
        if (path.isEmpty())
            continue;
        StoredPlace place;
        place.kind = kind;
        place.title = storedKindTitle(kind);
        place.path = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        place.isFile = kind == StoredKind::Settings;
        const QFileInfo info(path);
        place.exists = place.isFile ? info.isFile() : info.isDir();
        if (place.isFile) {
            if (place.exists) {
                place.bytes = info.size();
                place.files = 1;
            }
        } else {
            const QStringList files = filesOf(kind, paths, path);
            for (const QString &file : files)
                place.bytes += QFileInfo(file).size();
            place.files = files.size();
        }
        places.append(place);
    }
    return places;
}

StoredDataDeletion deleteStoredFiles(const StoredPaths &paths)
{
    StoredDataDeletion result;
    // The live log file: closed while the log folder is emptied, opened afresh after (always when a log
    // folder is given: comparing paths would miss a symbolic link, and closing costs nothing).
    const bool liveLogs = !paths.logs.isEmpty();
    if (liveLogs)
        suspendLogFile();
    for (StoredKind kind : { StoredKind::Sessions, StoredKind::Cache, StoredKind::Logs, StoredKind::StudyDeck }) {
        const QString folder = folderOf(kind, paths);
        if (folder.isEmpty())
            continue;
        bool all = true;
        const QStringList files = filesOf(kind, paths, folder);
        for (const QString &file : files) {
            const qint64 bytes = QFileInfo(file).size();
            if (QFile::remove(file)) {
                ++result.filesRemoved;
                result.bytesRemoved += bytes;
            } else {
                all = false;
                result.failed.append(QDir::toNativeSeparators(file));
            }
        }
        if (kind != StoredKind::Logs)
            removeEmptySubfolders(folder);
        if (all)
            result.emptied.append(kind);
    }
    if (liveLogs)
        resumeLogFile();
    return result;
}

bool resetStoredSettings(QSettings &settings, bool keepKeyIndex)
{
    const QString indexKey = KeyStore::indexSettingsKey();
    const QVariant index = settings.value(indexKey);
    settings.clear();
    if (keepKeyIndex && index.isValid())
        settings.setValue(indexKey, index);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

StoredDataEraser::StoredDataEraser(QObject *parent)
    : QObject(parent)
{ }

bool StoredDataEraser::erase(const Request &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_request = request;
    m_result = {};
    m_result.keysRequested = request.alsoKeys;
    m_keys = request.keys;
    if (!request.alsoKeys) {
        QMetaObject::invokeMethod(this, &StoredDataEraser::eraseFiles, Qt::QueuedConnection);
        return true;
    }
    if (!m_keys) {
        m_result.keysFailed.append(KeyStore::knownProviders());
        m_result.keysMessage = QCoreApplication::translate("ip::StoredData", "No key store is available.");
        QMetaObject::invokeMethod(this, &StoredDataEraser::eraseFiles, Qt::QueuedConnection);
        return true;
    }
    // The keys first: forgetAll() finds the keychain entries through the index in the settings.
    connect(
        m_keys, &KeyStore::forgotAll, this,
        [this](const ForgetResult &forgot) {
            m_result.keysRemoved = forgot.forgotten;
            m_result.keysFailed = forgot.failed;
            m_result.keysMessage = forgot.message;
            eraseFiles();
        },
        Qt::SingleShotConnection);
    m_keys->forgetAll();
    return true;
}

void StoredDataEraser::eraseFiles()
{
    auto *watcher = new QFutureWatcher<StoredDataDeletion>(this);
    connect(watcher, &QFutureWatcher<StoredDataDeletion>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(deleteStoredFiles, m_request.paths));
}

void StoredDataEraser::finish(const StoredDataDeletion &files)
{
    StoredDataDeletion result = m_result;
    result.emptied = files.emptied;
    result.filesRemoved = files.filesRemoved;
    result.bytesRemoved = files.bytesRemoved;
    result.failed = files.failed;
    if (m_request.settings) {
        // Keys kept (not asked, or some could not be removed): their index stays with them.
        const bool keepIndex = !m_request.alsoKeys || !result.keysFailed.isEmpty();
        result.settingsReset = resetStoredSettings(*m_request.settings, keepIndex);
        if (result.settingsReset)
            result.emptied.append(StoredKind::Settings);
        else
            result.failed.append(QDir::toNativeSeparators(m_request.settings->fileName()));
    }
    m_running = false;
    m_request = {};
    Q_EMIT finished(result);
}

} // namespace ip
