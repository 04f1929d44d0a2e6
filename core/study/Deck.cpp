#include "study/Deck.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcDeck, "ip.study.deck")

namespace ip {

namespace {

// The deck's sentences (context ip::Deck, also for the helpers here outside the class).
struct DeckText
{
    Q_DECLARE_TR_FUNCTIONS(ip::Deck)
};

QString newConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("ip.study.deck.%1").arg(++counter);
}

// The schema, version 1. Version 0 (never released; the migration test writes one by hand) had no
// cards.lapses and no cards.added. Every statement is idempotent: creating a new file and migrating an
// older one run the same list, then add what an older cards table lacks (kAddedColumns).
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS cards ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " skill TEXT NOT NULL,"
    " question TEXT NOT NULL,"
    " details TEXT NOT NULL DEFAULT '{}',"
    " resume_sha256 TEXT NOT NULL DEFAULT '',"
    " source_file TEXT NOT NULL DEFAULT '',"
    " repetitions INTEGER NOT NULL DEFAULT 0,"
    " easiness REAL NOT NULL DEFAULT 2.5,"
    " interval_days INTEGER NOT NULL DEFAULT 0,"
    " due TEXT,"
    " reviews INTEGER NOT NULL DEFAULT 0,"
    " lapses INTEGER NOT NULL DEFAULT 0,"
    " last_reviewed TEXT,"
    " added INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS card_runs ("
    " card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
    " run_id TEXT NOT NULL,"
    " PRIMARY KEY (card_id, run_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS reviews ("
    " id INTEGER PRIMARY KEY,"
    " card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
    " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
    " reviewed_at TEXT NOT NULL,"
    " origin TEXT UNIQUE)",
    "CREATE INDEX IF NOT EXISTS card_runs_run ON card_runs(run_id)",
    "CREATE INDEX IF NOT EXISTS reviews_card ON reviews(card_id)",
    "CREATE INDEX IF NOT EXISTS cards_due ON cards(due)",
};

struct AddedColumn
{
    const char *name;
    const char *alter;
    const char *fill; // fills the new column of existing rows
};
const AddedColumn kAddedColumns[] = {
    { "lapses", "ALTER TABLE cards ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0",
      "UPDATE cards SET lapses = (SELECT COUNT(*) FROM reviews WHERE reviews.card_id = cards.id AND rating = 1)" },
    { "added", "ALTER TABLE cards ADD COLUMN added INTEGER NOT NULL DEFAULT 0", "UPDATE cards SET added = rowid" },
};

const QString kCardColumns = QStringLiteral("id, skill, question, details, resume_sha256, source_file, repetitions, "
                                            "easiness, interval_days, due, reviews, lapses, last_reviewed");

QString sqlError(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? DeckText::tr("unknown database error") : text;
}

// Runs one statement with its values bound in order; the error text, or empty when it worked.
QString run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

QString run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    return run(query, sql, values);
}

// BEGIN IMMEDIATE: the write lock at once (a read lock upgraded later could fail under another writer);
// rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        m_error = run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        m_active = m_error.isEmpty();
    }
    ~Transaction()
    {
        if (m_active)
            run(m_db, QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] QString error() const { return m_error; }
    QString commit()
    {
        const QString error = run(m_db, QStringLiteral("COMMIT"));
        if (error.isEmpty())
            m_active = false;
        return error;
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

// `work` inside one transaction: committed when it gives a value, rolled back (the Transaction's
// destructor) when it or the commit fails.
template<typename T, typename Work>
Result<T, QString> committed(const QSqlDatabase &db, Work &&work)
{
    Transaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    Result<T, QString> done = work();
    if (!done)
        return done;
    if (const QString error = transaction.commit(); !error.isEmpty())
        return error;
    return done;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QString detailsJson(const StudyCard &card)
{
    QJsonArray points;
    for (const KeyPoint &point : card.keyPoints)
        points.append(
            QJsonObject { { QStringLiteral("text"), point.text }, { QStringLiteral("source"), point.source } });
    QJsonArray sources;
    for (const Source &source : card.sources)
        sources.append(QJsonObject { { QStringLiteral("title"), source.title },
                                     { QStringLiteral("url"), source.url.toString(QUrl::FullyEncoded) } });
    const QJsonObject details { { QStringLiteral("keyPoints"), points },
                                { QStringLiteral("sources"), sources },
                                { QStringLiteral("evidence"), card.evidence } };
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

void readDetails(const QString &json, StudyCard &card)
{
    const QJsonObject details = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray points = details.value(QStringLiteral("keyPoints")).toArray();
    for (const auto &value : points) {
        const QJsonObject point = value.toObject();
        card.keyPoints.append(KeyPoint { point.value(QStringLiteral("text")).toString(),
                                         point.value(QStringLiteral("source")).toInt(-1) });
    }
    const QJsonArray sources = details.value(QStringLiteral("sources")).toArray();
    for (const auto &value : sources) {
        const QJsonObject source = value.toObject();
        card.sources.append(Source { source.value(QStringLiteral("title")).toString(),
                                     QUrl(source.value(QStringLiteral("url")).toString(), QUrl::StrictMode) });
    }
    card.evidence = details.value(QStringLiteral("evidence")).toString();
}

// A row of kCardColumns; runIds are filled by the caller.
StudyCard readCard(const QSqlQuery &query)
{
    StudyCard card;
    card.id = query.value(0).toString();
    card.skill = query.value(1).toString();
    card.question = query.value(2).toString();
    readDetails(query.value(3).toString(), card);
    card.resumeSha256 = query.value(4).toString();
    card.sourceFile = query.value(5).toString();
    card.schedule.repetitions = query.value(6).toInt();
    card.schedule.easiness = query.value(7).toDouble();
    card.schedule.intervalDays = query.value(8).toInt();
    if (!query.value(9).isNull())
        card.schedule.due = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    card.reviews = query.value(10).toInt();
    card.lapses = query.value(11).toInt();
    if (!query.value(12).isNull())
        card.lastReviewed = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    return card;
}

QHash<QString, QStringList> runsByCard(const QSqlDatabase &db, const QString &cardId = {})
{
    QHash<QString, QStringList> runs;
    QSqlQuery query(db);
    const QString error = cardId.isEmpty()
        ? run(query, QStringLiteral("SELECT card_id, run_id FROM card_runs ORDER BY run_id"))
        : run(query, QStringLiteral("SELECT card_id, run_id FROM card_runs WHERE card_id = ? ORDER BY run_id"),
              { cardId });
    if (!error.isEmpty()) {
        qCWarning(lcDeck) << "reading the runs of the cards:" << error;
        return runs;
    }
    while (query.next())
        runs[query.value(0).toString()].append(query.value(1).toString());
    return runs;
}

// The cards a SELECT of kCardColumns gives, with their runs.
QList<StudyCard> selectCards(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QList<StudyCard> cards;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString error = run(query, sql, values);
    if (!error.isEmpty()) {
        qCWarning(lcDeck) << "reading cards:" << error;
        return cards;
    }
    while (query.next())
        cards.append(readCard(query));
    if (cards.isEmpty())
        return cards;
    const QHash<QString, QStringList> runs = runsByCard(db, cards.size() == 1 ? cards.first().id : QString());
    for (StudyCard &card : cards)
        card.runIds = runs.value(card.id);
    return cards;
}

std::optional<StudyCard> selectCard(const QSqlDatabase &db, const QString &id)
{
    const QList<StudyCard> cards
        = selectCards(db, QStringLiteral("SELECT %1 FROM cards WHERE id = ?").arg(kCardColumns), { id });
    if (cards.isEmpty())
        return std::nullopt;
    return cards.first();
}

// What a file says about itself: its schema version and the deck's tables.
struct Inspection
{
    int version = 0;
    bool hasCards = false; // a cards table with id, skill and question
    bool complete = false; // and card_runs and reviews
};

Result<Inspection, QString> inspect(const QSqlDatabase &db)
{
    Inspection found;
    QSqlQuery query(db);
    QString error = run(query, QStringLiteral("PRAGMA user_version"));
    if (!error.isEmpty() || !query.next())
        return Result<Inspection, QString>::fail(error.isEmpty() ? DeckText::tr("no schema version") : error);
    found.version = query.value(0).toInt();
    QSet<QString> columns;
    error = run(query, QStringLiteral("PRAGMA table_info(cards)"));
    if (!error.isEmpty())
        return Result<Inspection, QString>::fail(error);
    while (query.next())
        columns.insert(query.value(1).toString());
    found.hasCards = columns.contains(QStringLiteral("id")) && columns.contains(QStringLiteral("skill"))
        && columns.contains(QStringLiteral("question"));
    error = run(
        query,
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('card_runs', 'reviews')"));
    if (!error.isEmpty() || !query.next())
        return Result<Inspection, QString>::fail(error.isEmpty() ? DeckText::tr("no table list") : error);
    found.complete = found.hasCards && query.value(0).toInt() == 2;
    return Result<Inspection, QString>::ok(found);
}

// Creates the schema or brings an older one to kSchemaVersion; inside a transaction.
QString migrate(const QSqlDatabase &db)
{
    for (const char *statement : kSchema) {
        const QString error = run(db, QString::fromLatin1(statement));
        if (!error.isEmpty())
            return error;
    }
    QSet<QString> columns;
    QSqlQuery query(db);
    QString error = run(query, QStringLiteral("PRAGMA table_info(cards)"));
    if (!error.isEmpty())
        return error;
    while (query.next())
        columns.insert(query.value(1).toString());
    for (const AddedColumn &column : kAddedColumns) {
        if (columns.contains(QString::fromLatin1(column.name)))
            continue;
        error = run(db, QString::fromLatin1(column.alter));
        if (error.isEmpty())
            error = run(db, QString::fromLatin1(column.fill));
        if (!error.isEmpty())
            return error;
    }
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(Deck::kSchemaVersion));
}

// One review applied to a card inside the caller's transaction: the row and the card's new schedule.
Result<StudyCard, QString> applyReview(const QSqlDatabase &db, const QString &cardId, ReviewRating rating,
                                       const QDateTime &at, const QString &origin)
{
    std::optional<StudyCard> found = selectCard(db, cardId);
    if (!found)
        return Result<StudyCard, QString>::fail(DeckText::tr("The card is no longer in the deck."));
    StudyCard card = *found;
    card.schedule = nextSchedule(card.schedule, rating, at.toLocalTime().date());
    card.reviews += 1;
    if (rating == ReviewRating::Again)
        card.lapses += 1;
    card.lastReviewed = at.toUTC();
    QString error
        = run(db, QStringLiteral("INSERT INTO reviews (card_id, rating, reviewed_at, origin) VALUES (?, ?, ?, ?)"),
              { cardId, static_cast<int>(rating), timeValue(at),
                origin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(origin) });
    if (error.isEmpty())
        error = run(db,
                    QStringLiteral("UPDATE cards SET repetitions = ?, easiness = ?, interval_days = ?, due = ?, "
                                   "reviews = ?, lapses = ?, last_reviewed = ? WHERE id = ?"),
                    { card.schedule.repetitions, card.schedule.easiness, card.schedule.intervalDays,
                      dateValue(card.schedule.due), card.reviews, card.lapses, timeValue(card.lastReviewed), cardId });
    if (!error.isEmpty())
        return Result<StudyCard, QString>::fail(error);
    return Result<StudyCard, QString>::ok(card);
}

Result<int, QString> syncRunIn(const QSqlDatabase &db, const Session &session)
{
    if (session.meta.id.isEmpty())
        return Result<int, QString>::fail(DeckText::tr("The run has no id."));
    int added = 0;
    const QList<StudyCard> cards = cardsFromSession(session);
    for (const StudyCard &card : cards) {
        QSqlQuery query(db);
        QString error = run(query, QStringLiteral("SELECT 1 FROM cards WHERE id = ?"), { card.id });
        if (!error.isEmpty())
            return Result<int, QString>::fail(error);
        if (!query.next()) {
            error = run(db,
                        QStringLiteral("INSERT INTO cards (id, skill, question, details, resume_sha256, source_file, "
                                       "easiness, added) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                       "(SELECT COALESCE(MAX(added), 0) + 1 FROM cards))"),
                        { card.id, card.skill, card.question, detailsJson(card), card.resumeSha256, card.sourceFile,
                          kInitialEasiness });
            if (!error.isEmpty())
                return Result<int, QString>::fail(error);
            ++added;
        }
        error = run(db, QStringLiteral("INSERT OR IGNORE INTO card_runs (card_id, run_id) VALUES (?, ?)"),
                    { card.id, session.meta.id });
        if (!error.isEmpty())
            return Result<int, QString>::fail(error);
    }

    QList<const PracticeAttempt *> attempts;
    for (const PracticeAttempt &attempt : session.attempts)
        if (attempt.graded && attempt.parentId.isEmpty() && attempt.depth == 0 && !attempt.id.isEmpty()
            && attempt.at.isValid())
            attempts.append(&attempt);
    std::stable_sort(attempts.begin(), attempts.end(),
                     [](const PracticeAttempt *a, const PracticeAttempt *b) { return a->at < b->at; });
    for (const PracticeAttempt *attempt : std::as_const(attempts)) {
        const QString cardId = cardIdFor(session.run.resumeSha256, attempt->skill, attempt->question);
        const QString origin = QStringLiteral("practice:") + attempt->id;
        QSqlQuery query(db);
        const QString error = run(query,
                                  QStringLiteral("SELECT (SELECT COUNT(*) FROM reviews WHERE origin = ?), "
                                                 "(SELECT COUNT(*) FROM cards WHERE id = ?)"),
                                  { origin, cardId });
        if (!error.isEmpty() || !query.next())
            return Result<int, QString>::fail(error.isEmpty() ? DeckText::tr("unknown database error") : error);
        if (query.value(0).toInt() > 0 || query.value(1).toInt() == 0)
            continue; // already counted, or a question the run no longer has
        const auto reviewed = applyReview(db, cardId, ratingForGrade(attempt->grade.overall, attempt->grade.dontKnow),
                                          attempt->at, origin);
        if (!reviewed)
            return Result<int, QString>::fail(reviewed.error());
    }
    return Result<int, QString>::ok(added);
}

Result<int, QString> removeRunIn(const QSqlDatabase &db, const QString &runId)
{
    const QString orphans = QStringLiteral("NOT EXISTS (SELECT 1 FROM card_runs WHERE card_runs.card_id = cards.id)");
    QString error = run(db, QStringLiteral("DELETE FROM card_runs WHERE run_id = ?"), { runId });
    if (error.isEmpty())
        error = run(
            db, QStringLiteral("DELETE FROM reviews WHERE card_id IN (SELECT id FROM cards WHERE %1)").arg(orphans));
    if (!error.isEmpty())
        return Result<int, QString>::fail(error);
    QSqlQuery query(db);
    error = run(query, QStringLiteral("DELETE FROM cards WHERE %1").arg(orphans));
    if (!error.isEmpty())
        return Result<int, QString>::fail(error);
    return Result<int, QString>::ok(query.numRowsAffected());
}

QStringList runIdsIn(const QSqlDatabase &db)
{
    QStringList ids;
    QSqlQuery query(db);
    const QString error = run(query, QStringLiteral("SELECT DISTINCT run_id FROM card_runs ORDER BY run_id"));
    if (!error.isEmpty()) {
        qCWarning(lcDeck) << "reading the runs:" << error;
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

bool lessBySkillThenQuestion(const StudyCard &a, const StudyCard &b)
{
    const int skill = QString::compare(a.skill.toCaseFolded(), b.skill.toCaseFolded());
    if (skill != 0)
        return skill < 0;
    const int question = QString::compare(a.question.toCaseFolded(), b.question.toCaseFolded());
    if (question != 0)
        return question < 0;
    return a.id < b.id;
}

void removeFile(const QString &path)
{
    if (QFile::exists(path))
        QFile::remove(path);
}

void removeWithCompanions(const QString &path)
{
    removeFile(path);
    removeFile(path + QStringLiteral("-wal"));
    removeFile(path + QStringLiteral("-shm"));
}

std::filesystem::path fsPath(const QString &path)
{
    return { QFile::encodeName(path).toStdString() };
}

template<typename T>
Result<T, QString> notOpen()
{
    return Result<T, QString>::fail(DeckText::tr("The study deck is not open."));
}

} // namespace

QString Deck::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/study/deck.sqlite");
}

Deck::Deck(QString path)
    : m_path(std::move(path))
    , m_connection(newConnectionName())
{ }

Deck::~Deck()
{
    close();
}

void Deck::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
}

Result<bool, QString> Deck::open()
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return DeckText::tr("Qt's SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).");
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return DeckText::tr("Could not create the folder %1 for the study deck.").arg(QDir::toNativeSeparators(folder));

    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = DeckText::tr("Could not open the study deck %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), sqlError(db.lastError()));
        } else if (const auto found = inspect(db); !found) {
            error = DeckText::tr("%1 is not a study deck (%2).").arg(QDir::toNativeSeparators(m_path), found.error());
        } else if (found.value().version > kSchemaVersion) {
            error = DeckText::tr(
                        "The study deck %1 was written by a newer version of Interview Prep (schema %2; this one "
                        "reads up to %3).")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(found.value().version)
                        .arg(kSchemaVersion);
        } else {
            // WAL: readers never wait for the writer. FULL: see Deck.h. Foreign keys: reviews and runs of a
            // removed card go with it.
            for (const char *pragma :
                 { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" }) {
                error = run(db, QString::fromLatin1(pragma));
                if (!error.isEmpty())
                    break;
            }
            if (error.isEmpty() && (found.value().version < kSchemaVersion || !found.value().complete)) {
                Transaction transaction(db);
                error = transaction.error();
                if (error.isEmpty())
                    error = migrate(db);
                if (error.isEmpty())
                    error = transaction.commit();
            }
            if (!error.isEmpty())
                error = DeckText::tr("Could not prepare the study deck %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), error);
        }
    }
    if (!error.isEmpty()) {
        close();
        return error;
    }
    m_open = true;
    return true;
}

bool Deck::isOpen() const
{
    return m_open;
}

QString Deck::path() const
{
    return m_path;
}

int Deck::schemaVersion() const
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!run(query, QStringLiteral("PRAGMA user_version")).isEmpty() || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<int, QString> Deck::syncRun(const Session &session)
{
    if (!m_open)
        return notOpen<int>();
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return committed<int>(db, [&] { return syncRunIn(db, session); });
}

Result<int, QString> Deck::removeRun(const QString &runId)
{
    if (!m_open)
        return notOpen<int>();
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return committed<int>(db, [&] { return removeRunIn(db, runId); });
}

Result<int, QString> Deck::syncWithRuns(const QList<Session> &sessions)
{
    if (!m_open)
        return notOpen<int>();
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    QSet<QString> wanted;
    int added = 0;
    for (const Session &session : sessions) {
        wanted.insert(session.meta.id);
        const auto synced = syncRunIn(db, session);
        if (!synced)
            return synced;
        added += synced.value();
    }
    const QStringList known = runIdsIn(db);
    for (const QString &runId : known) {
        if (wanted.contains(runId))
            continue;
        const auto removed = removeRunIn(db, runId);
        if (!removed)
            return removed;
    }
    if (const QString error = transaction.commit(); !error.isEmpty())
        return error;
    return added;
}

QStringList Deck::runIds() const
{
    if (!m_open)
        return {};
    return runIdsIn(QSqlDatabase::database(m_connection, false));
}

QList<StudyCard> Deck::cards() const
{
    if (!m_open)
        return {};
    QList<StudyCard> all = selectCards(QSqlDatabase::database(m_connection, false),
                                       QStringLiteral("SELECT %1 FROM cards").arg(kCardColumns));
    std::sort(all.begin(), all.end(), lessBySkillThenQuestion);
    return all;
}

QList<StudyCard> Deck::dueCards(const QDate &today, const QStringList &skills) const
{
    if (!m_open)
        return {};
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<StudyCard> due
        = selectCards(db,
                      QStringLiteral("SELECT %1 FROM cards WHERE due IS NOT NULL AND due <= ? ORDER BY due, added, id")
                          .arg(kCardColumns),
                      { isoDate(today) });
    due.append(
        selectCards(db, QStringLiteral("SELECT %1 FROM cards WHERE due IS NULL ORDER BY added, id").arg(kCardColumns)));
    if (skills.isEmpty())
        return due;
    QSet<QString> wanted;
    for (const QString &skill : skills)
        wanted.insert(skill.toCaseFolded());
    due.removeIf([&wanted](const StudyCard &card) { return !wanted.contains(card.skill.toCaseFolded()); });
    return due;
}

QList<SkillDue> Deck::dueBySkill(const QDate &today) const
{
    QMap<QString, SkillDue> bySkill;
    const QList<StudyCard> all = cards();
    for (const StudyCard &card : all) {
        SkillDue &entry = bySkill[card.skill];
        entry.skill = card.skill;
        entry.total += 1;
        if (card.schedule.isNew())
            entry.fresh += 1;
        else if (card.schedule.due <= today)
            entry.due += 1;
    }
    QList<SkillDue> result = bySkill.values();
    std::stable_sort(result.begin(), result.end(), [](const SkillDue &a, const SkillDue &b) {
        return QString::compare(a.skill.toCaseFolded(), b.skill.toCaseFolded()) < 0;
    });
    return result;
}

std::optional<StudyCard> Deck::card(const QString &id) const
{
    if (!m_open)
        return std::nullopt;
    return selectCard(QSqlDatabase::database(m_connection, false), id);
}

Result<StudyCard, QString> Deck::review(const QString &cardId, ReviewRating rating, const QDateTime &at)
{
    if (!m_open)
        return notOpen<StudyCard>();
    if (!at.isValid())
        return DeckText::tr("The review has no time.");
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return committed<StudyCard>(db, [&] { return applyReview(db, cardId, rating, at, {}); });
}

Result<bool, QString> Deck::backup(const QString &file) const
{
    if (!m_open)
        return notOpen<bool>();
    const QString target = QFileInfo(file).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(target);
    if (target == QFileInfo(m_path).absoluteFilePath())
        return DeckText::tr("The backup cannot replace the deck itself.");
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return DeckText::tr("Could not create the folder for the backup %1.").arg(native);
    const QString partial = target + QStringLiteral(".partial");
    removeFile(partial);
    const QString error
        = run(QSqlDatabase::database(m_connection, false), QStringLiteral("VACUUM INTO ?"), { partial });
    if (!error.isEmpty()) {
        removeFile(partial);
        return DeckText::tr("Could not write the backup %1: %2").arg(native, error);
    }
    std::error_code failed;
    std::filesystem::rename(fsPath(partial), fsPath(target), failed);
    if (failed) {
        removeFile(partial);
        return DeckText::tr("%1 exists and cannot be replaced (%2).")
            .arg(native, QString::fromStdString(failed.message()));
    }
    return true;
}

Result<bool, QString> Deck::restore(const QString &file)
{
    const QFileInfo info(file);
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile())
        return DeckText::tr("%1 is not a file.").arg(native);
    if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return DeckText::tr("%1 is the deck itself.").arg(native);

    // A copy beside the deck is checked and migrated; the person's file is never written to.
    const QString copy = m_path + QStringLiteral(".restoring");
    removeWithCompanions(copy);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()) || !QFile::copy(file, copy))
        return DeckText::tr("Could not copy %1 beside the study deck.").arg(native);

    QString error;
    {
        const QString probe = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
            db.setDatabaseName(copy);
            if (!db.open()) {
                error = sqlError(db.lastError());
            } else if (const auto found = inspect(db); !found) {
                error = found.error();
            } else if (found.value().version > kSchemaVersion) {
                error = DeckText::tr("written by a newer version of Interview Prep");
            } else if (!found.value().hasCards || (found.value().version >= 1 && !found.value().complete)) {
                error = DeckText::tr("it has no study cards table");
            } else {
                QSqlQuery query(db);
                error = run(query, QStringLiteral("PRAGMA quick_check"));
                if (error.isEmpty() && (!query.next() || query.value(0).toString() != QLatin1String("ok")))
                    error = DeckText::tr("the file is damaged");
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(probe);
    }
    if (error.isEmpty()) {
        Deck migrated(copy); // brings an older schema up to date; closed again at the end of this block
        if (const auto opened = migrated.open(); !opened)
            error = opened.error();
    }
    if (!error.isEmpty()) {
        removeWithCompanions(copy);
        return DeckText::tr("%1 is not a study deck this version can read (%2). The current deck is kept.")
            .arg(native, error);
    }

    const bool wasOpen = m_open;
    close();
    if (QFile::exists(m_path + QStringLiteral("-wal"))) {
        // Still in use by another connection: replacing the file under it would damage both.
        removeWithCompanions(copy);
        if (wasOpen)
            (void)open();
        return DeckText::tr("The study deck is open elsewhere; close it there first. The current deck is kept.");
    }
    removeFile(m_path + QStringLiteral("-shm"));
    std::error_code failed;
    std::filesystem::rename(fsPath(copy), fsPath(m_path), failed);
    if (failed) {
        removeWithCompanions(copy);
        if (wasOpen)
            (void)open();
        return DeckText::tr("Could not replace the study deck (%1). The current deck is kept.")
            .arg(QString::fromStdString(failed.message()));
    }
    return open();
}

} // namespace ip
