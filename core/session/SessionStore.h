#pragma once

#include "common/Result.h"
#include "session/AtomicFile.h"
#include "session/Session.h"
#include "session/SessionFile.h"
#include "session/SessionHistory.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <utility>

namespace ip {

// The questions of `skill` (its name compared without case) in earlier runs of the same resume text (its
// SHA-256) saved in `directory`, newest run first, from at most `maxRuns` runs; the run `excludeId`
// (the one on screen) is left out. What "More questions" must not repeat. Reads files only (no
// SessionStore state): may run on a worker thread; unreadable files are skipped.
QStringList earlierQuestions(const QString &directory, const QString &resumeSha256, const QString &skill,
                             const QString &excludeId, int maxRuns = 3);

// Every run's session file, one per run: <directory>/<id>.json.
//
// Autosave: save() at every state change is cheap; writes are coalesced to at most one per
// writeInterval() (250 ms) for the whole store, always writing the latest state, atomically
// (QSaveFile): a crash loses at most the last interval, never leaves a half-written file.
// saveNow() / flush() write at once (finished, cancelled, quitting); flush also runs on
// QCoreApplication::aboutToQuit and in the destructor.
//
// History: list() reads every session file (a damaged one is reported by name and skipped,
// the others still listed), load() / remove() / removeAll() by id. historyChanged() is emitted
// when a line of the history would change: a new session file, its skills or outcome changed
// (not on every autosave), a removal.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    // QStandardPaths::AppDataLocation + "/sessions" (needs the application name set).
    static QString defaultDirectory();

    explicit SessionStore(QObject *parent = nullptr); // defaultDirectory()
    explicit SessionStore(const QString &directory, QObject *parent = nullptr);
    ~SessionStore() override; // flushes

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString filePath(const QString &id) const;

    // --- Autosave -------------------------------------------------------------------------
    void setWriteInterval(int ms);
    [[nodiscard]] int writeInterval() const { return m_timer.interval(); }

    // Queues the latest state of this session (by meta.id); written within writeInterval().
    // meta.updatedAt is set when written.
    void save(const Session &session);
    // Writes this session now (and drops its queued state).
    Result<bool, QString> saveNow(const Session &session);
    // Off the calling thread (the GUI: an fsync can take tens of milliseconds on a busy disk):
    // writes are serialised here and committed in order by one worker thread; saveNow() and
    // flush() then answer ok at once and a failure arrives as saveFailed(). list(), load(),
    // remove(), removeAll(), flush() and the destructor first wait for the writes in flight.
    void setWriteInBackground(bool background);
    [[nodiscard]] bool writesInBackground() const { return m_writer != nullptr; }
    // Writes every queued session now. Error: the first failure.
    Result<bool, QString> flush();
    [[nodiscard]] bool hasPendingWrites() const { return !m_pending.isEmpty(); }
    // Session files written by this store since it was made (tests, diagnostics).
    [[nodiscard]] int writeCount() const { return m_writeCount; }

    // --- History --------------------------------------------------------------------------
    [[nodiscard]] HistoryListing list() const;
    // The session of this id (its meta.id is the id even if the file says otherwise).
    [[nodiscard]] Result<Session, SessionError> load(const QString &id) const;
    // For `--resume SESSION`: a path to a session file, or an id in this store.
    [[nodiscard]] Result<Session, SessionError> resolve(const QString &idOrPath) const;
    Result<bool, QString> remove(const QString &id);
    Result<bool, QString> removeAll();

    // Tests: called between writing the temporary file and replacing the session file.
    void setBeforeCommitHookForTesting(BeforeCommitHook hook) { m_beforeCommit = std::move(hook); }

Q_SIGNALS:
    void sessionSaved(const QString &id);
    void saveFailed(const QString &id, const QString &message);
    void historyChanged();

private:
    Result<bool, QString> write(Session session);
    void written(const QString &id, const HistoryEntry &line, const Result<bool, QString> &result);
    void waitForWrites() const;
    void writePending();
    Result<bool, QString> writeQueued();

    QString m_directory;
    QTimer m_timer;
    QHash<QString, Session> m_pending;
    QHash<QString, HistoryEntry> m_lines; // the history line of each session written here
    BeforeCommitHook m_beforeCommit;
    std::unique_ptr<QThreadPool> m_writer; // one thread: writes commit in the order they were made
    int m_writeCount = 0;
};

} // namespace ip
