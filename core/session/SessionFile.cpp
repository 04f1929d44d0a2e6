#include "session/SessionFile.h"

#include "session/AttemptJson.h"
#include "session/JsonReader.h"
#include "session/SessionJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ip {

namespace {

// Messages in the context "ip::SessionFile"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SessionFile)
};

SessionError damaged(const QString &fileName, const QString &detail)
{
    return { SessionError::Kind::Damaged,
             Tr::tr("The session file “%1” is damaged and cannot be opened: %2.").arg(fileName, detail) };
}

// One step: a version `from` root becomes a version `from + 1` root. Version 1 is the first
// format, so there is no step yet; the next format switches on `from` here
// (`case 1: return migrateV1ToV2(root);`) and adds a test with a saved version 1 file.
Result<QJsonObject, QString> migrateOneStep(const QJsonObject &root, int from)
{
    Q_UNUSED(root)
    return Result<QJsonObject, QString>::fail(Tr::tr("format version %1 cannot be converted").arg(from));
}

} // namespace

QByteArray serialiseSession(const Session &session)
{
    using namespace sessionjson;
    QJsonObject root {
        { QStringLiteral("schema_version"), kSessionSchemaVersion },
        { QStringLiteral("id"), session.meta.id },
        { QStringLiteral("created_at"), dateToJson(session.meta.createdAt) },
        { QStringLiteral("updated_at"), dateToJson(session.meta.updatedAt) },
        { QStringLiteral("outcome"), toString(session.meta.outcome) },
        { QStringLiteral("app_version"), session.meta.appVersion },
        { QStringLiteral("resume"),
          QJsonObject { { QStringLiteral("file_name"), session.run.sourceFile },
                        { QStringLiteral("sha256"), session.run.resumeSha256 },
                        { QStringLiteral("original_path"), session.meta.resumePath } } },
        { QStringLiteral("settings"), toJson(session.settings) },
        { QStringLiteral("run"), toJson(session.run) },
    };
    // Only a session with practice answers has the member: the others stay as they were.
    if (!session.attempts.isEmpty())
        root.insert(QStringLiteral("practice"), toJson(session.attempts));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QJsonObject, QString> migrateSessionJson(QJsonObject root, int fromVersion)
{
    if (fromVersion < 1 || fromVersion > kSessionSchemaVersion)
        return Result<QJsonObject, QString>::fail(Tr::tr("it has an unknown format version %1").arg(fromVersion));
    for (int version = fromVersion; version < kSessionSchemaVersion; ++version) {
        auto next = migrateOneStep(root, version);
        if (next.isError())
            return next;
        root = std::move(next).value();
    }
    root.insert(QStringLiteral("schema_version"), kSessionSchemaVersion);
    return Result<QJsonObject, QString>::ok(std::move(root));
}

Result<Session, SessionError> parseSession(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        return damaged(fileName, Tr::tr("the file is empty"));
    if (bytes.size() > kMaxSessionFileBytes)
        return damaged(fileName, Tr::tr("the file is too large"));

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(
            fileName,
            Tr::tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return damaged(fileName, Tr::tr("it is not a session file"));
    QJsonObject root = document.object();

    const QJsonValue versionValue = root.value(QStringLiteral("schema_version"));
    if (versionValue.isUndefined())
        return damaged(fileName, Tr::tr("it is not a session file (no “schema_version”)"));
    JsonReader versionReader;
    const qint64 version
        = versionReader.integer(versionValue, QStringLiteral("schema_version"), 1, std::numeric_limits<int>::max());
    if (!versionReader.ok())
        return damaged(fileName, versionReader.error());
    if (version > kSessionSchemaVersion)
        return SessionError { SessionError::Kind::NewerVersion,
                              Tr::tr("The session file “%1” was made by a newer version of Interview Prep (session "
                                     "format %2; this version reads format %3 and older). Update the app to open it.")
                                  .arg(fileName)
                                  .arg(version)
                                  .arg(kSessionSchemaVersion) };
    auto migrated = migrateSessionJson(std::move(root), int(version));
    if (migrated.isError())
        return damaged(fileName, migrated.error());
    root = std::move(migrated).value();

    using namespace sessionjson;
    JsonReader reader;
    Session session;
    session.meta.id = reader.string(root, QStringLiteral("id"), QStringLiteral("id"), true);
    if (reader.ok() && !isValidSessionId(session.meta.id))
        reader.fail(JsonReader::unknownValue(QStringLiteral("id"), session.meta.id));
    session.meta.createdAt
        = dateFromJson(root, QStringLiteral("created_at"), reader, QStringLiteral("created_at"), true);
    session.meta.updatedAt
        = dateFromJson(root, QStringLiteral("updated_at"), reader, QStringLiteral("updated_at"), false);
    const QString outcome = reader.string(root, QStringLiteral("outcome"), QStringLiteral("outcome"), true);
    if (reader.ok()) {
        if (const auto parsed = sessionOutcomeFromString(outcome))
            session.meta.outcome = *parsed;
        else
            reader.fail(JsonReader::unknownValue(QStringLiteral("outcome"), outcome));
    }
    session.meta.appVersion = reader.string(root, QStringLiteral("app_version"), QStringLiteral("app_version"));

    const QJsonObject resume = reader.object(root, QStringLiteral("resume"), QStringLiteral("resume"), true);
    session.run = runStateFromJson(reader.object(root, QStringLiteral("run"), QStringLiteral("run"), true), reader,
                                   QStringLiteral("run"));
    session.run.sourceFile
        = reader.string(resume, QStringLiteral("file_name"), QStringLiteral("resume.file_name"), false);
    session.run.resumeSha256 = reader.string(resume, QStringLiteral("sha256"), QStringLiteral("resume.sha256"), false);
    session.meta.resumePath
        = reader.string(resume, QStringLiteral("original_path"), QStringLiteral("resume.original_path"), false);
    session.settings
        = runSettingsFromJson(reader.object(root, QStringLiteral("settings"), QStringLiteral("settings"), false),
                              reader, QStringLiteral("settings"));

    if (!reader.ok())
        return damaged(fileName, reader.error());
    // Lenient: a damaged attempt is left out, never the session (see AttemptJson.h).
    session.attempts = attemptsFromJson(root.value(QStringLiteral("practice")));
    if (!session.meta.updatedAt.isValid())
        session.meta.updatedAt = session.meta.createdAt;
    return session;
}

Result<Session, SessionError> readSessionFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SessionError { SessionError::Kind::Unreadable,
                              Tr::tr("Could not read the session file “%1”: %2.").arg(name, file.errorString()) };
    if (file.size() > kMaxSessionFileBytes)
        return damaged(name, Tr::tr("the file is too large"));
    const QByteArray bytes = file.read(kMaxSessionFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return SessionError { SessionError::Kind::Unreadable,
                              Tr::tr("Could not read the session file “%1”: %2.").arg(name, file.errorString()) };
    return parseSession(bytes, name);
}

} // namespace ip
