#include "session/SessionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace ip {

namespace {

// Messages in the context "ip::SessionStore"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SessionStore)
};

const QString kSuffix = QStringLiteral(".json");

SessionError noSuchSession(const QString &id)
{
    return { SessionError::Kind::Unreadable, Tr::tr("There is no saved session “%1”.").arg(id) };
}

// The history line without the autosave timestamp: what the panel shows changes or not.
HistoryEntry lineKey(HistoryEntry entry)
{
    entry.updatedAt = {};
    return entry;
}

} // namespace

QString SessionStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions");
}

SessionStore::SessionStore(QObject *parent)
    : SessionStore(defaultDirectory(), parent)
{ }

SessionStore::SessionStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SessionStore::writePending);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, [this] { (void)flush(); });
}

SessionStore::~SessionStore()
{
    (void)flush();
}

QString SessionStore::filePath(const QString &id) const
{
    return m_directory + u'/' + id + kSuffix;
}

void SessionStore::setWriteInterval(int ms)
{
    m_timer.setInterval(std::max(0, ms));
}

void SessionStore::save(const Session &session)
{
    if (!isValidSessionId(session.meta.id)) {
        Q_EMIT saveFailed(session.meta.id, Tr::tr("The session has no valid name; it was not saved."));
        return;
    }
    m_pending.insert(session.meta.id, session);
    // Not restarted by later saves: a steady stream of changes is still written every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

Result<bool, QString> SessionStore::saveNow(const Session &session)
{
    m_pending.remove(session.meta.id);
    if (m_pending.isEmpty())
        m_timer.stop();
    return write(session);
}

Result<bool, QString> SessionStore::flush()
{
    auto result = writeQueued();
    waitForWrites();
    return result;
}

Result<bool, QString> SessionStore::writeQueued()
{
    m_timer.stop();
    auto result = Result<bool, QString>::ok(true);
    const QHash<QString, Session> pending = std::exchange(m_pending, {});
    for (const Session &session : pending) {
        auto written = write(session);
        if (written.isError() && result.isOk())
            result = written;
    }
    return result;
}

void SessionStore::writePending()
{
    (void)writeQueued(); // in the background too, if writes are
}

Result<bool, QString> SessionStore::write(Session session)
{
    const QString id = session.meta.id;
    if (!isValidSessionId(id)) {
        const QString message = Tr::tr("The session has no valid name; it was not saved.");
        Q_EMIT saveFailed(id, message);
        return Result<bool, QString>::fail(message);
    }
    session.meta.updatedAt = QDateTime::currentDateTimeUtc();
    if (!session.meta.createdAt.isValid())
        session.meta.createdAt = session.meta.updatedAt;
    const QString path = filePath(id);
    const HistoryEntry line = lineKey(historyEntryFor(session, id, path));
    const QByteArray bytes = serialiseSession(session);
    if (m_writer) {
        // The destructor waits for this task, so `this` outlives it; the answer comes back queued.
        m_writer->start([this, path, bytes, id, line, hook = m_beforeCommit] {
            const auto result = writeFileAtomically(path, bytes, hook);
            QMetaObject::invokeMethod(
                this, [this, id, line, result] { written(id, line, result); }, Qt::QueuedConnection);
        });
        return Result<bool, QString>::ok(true);
    }
    auto result = writeFileAtomically(path, bytes, m_beforeCommit);
    written(id, line, result);
    return result;
}

void SessionStore::written(const QString &id, const HistoryEntry &line, const Result<bool, QString> &result)
{
    if (result.isError()) {
        Q_EMIT saveFailed(id, result.error());
        return;
    }
    ++m_writeCount;
    Q_EMIT sessionSaved(id);
    const auto known = m_lines.constFind(id);
    if (known == m_lines.cend() || *known != line) {
        m_lines.insert(id, line);
        Q_EMIT historyChanged();
    }
}

void SessionStore::setWriteInBackground(bool background)
{
    if (background == (m_writer != nullptr))
        return;
    if (!background) {
        waitForWrites();
        m_writer.reset();
        return;
    }
    m_writer = std::make_unique<QThreadPool>();
    m_writer->setMaxThreadCount(1);
    m_writer->setExpiryTimeout(-1);
}

void SessionStore::waitForWrites() const
{
    if (m_writer)
        m_writer->waitForDone();
}

QStringList earlierQuestions(const QString &directory, const QString &resumeSha256, const QString &skill,
                             const QString &excludeId, int maxRuns)
{
    QStringList out;
    if (resumeSha256.isEmpty() || maxRuns <= 0)
        return out;
    const auto keyOf = [](const QString &name) {
        return name.simplified().toCaseFolded();
    };
    const QString key = keyOf(skill);
    // Session ids start with their creation time: newest first by name.
    const QFileInfoList files
        = QDir(directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name | QDir::Reversed);
    int runs = 0;
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        if (!isValidSessionId(id) || id == excludeId)
            continue;
        const auto session = readSessionFile(file.absoluteFilePath());
        if (session.isError() || session.value().run.resumeSha256 != resumeSha256)
            continue;
        bool found = false;
        for (const SkillResult &s : session.value().run.skills) {
            if (keyOf(s.name) != key || s.questions.isEmpty())
                continue;
            out += questionTexts(s.questions);
            found = true;
        }
        if (found && ++runs >= maxRuns)
            break;
    }
    return out;
}

HistoryListing SessionStore::list() const
{
    waitForWrites();
    HistoryListing listing;
    const QFileInfoList files = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        if (!isValidSessionId(id))
            continue; // not one of ours
        const auto session = readSessionFile(file.absoluteFilePath());
        if (session.isError()) {
            listing.problems.append(session.error().message);
            continue;
        }
        listing.entries.append(historyEntryFor(session.value(), id, file.absoluteFilePath()));
    }
    sortNewestFirst(listing.entries);
    return listing;
}

Result<Session, SessionError> SessionStore::load(const QString &id) const
{
    waitForWrites();
    if (!isValidSessionId(id))
        return noSuchSession(id);
    const QString path = filePath(id);
    if (!QFileInfo::exists(path))
        return noSuchSession(id);
    auto session = readSessionFile(path);
    if (session.isOk())
        session.value().meta.id = id;
    return session;
}

Result<Session, SessionError> SessionStore::resolve(const QString &idOrPath) const
{
    const QFileInfo asFile(idOrPath);
    if (asFile.isFile())
        return readSessionFile(asFile.absoluteFilePath());
    QString id = idOrPath;
    if (id.endsWith(kSuffix))
        id.chop(kSuffix.size());
    return load(id);
}

Result<bool, QString> SessionStore::remove(const QString &id)
{
    waitForWrites();
    if (!isValidSessionId(id))
        return Result<bool, QString>::fail(noSuchSession(id).message);
    m_pending.remove(id);
    m_lines.remove(id);
    QFile file(filePath(id));
    if (!file.exists())
        return Result<bool, QString>::fail(noSuchSession(id).message);
    if (!file.remove())
        return Result<bool, QString>::fail(Tr::tr("Could not delete the session “%1”: %2").arg(id, file.errorString()));
    Q_EMIT historyChanged();
    return Result<bool, QString>::ok(true);
}

Result<bool, QString> SessionStore::removeAll()
{
    waitForWrites();
    m_timer.stop();
    m_pending.clear();
    m_lines.clear();
    auto result = Result<bool, QString>::ok(true);
    const QFileInfoList files = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QFileInfo &info : files) {
        if (!isValidSessionId(info.completeBaseName()))
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.remove() && result.isOk())
            result = Result<bool, QString>::fail(
                Tr::tr("Could not delete the session “%1”: %2").arg(info.completeBaseName(), file.errorString()));
    }
    Q_EMIT historyChanged();
    return result;
}

} // namespace ip
