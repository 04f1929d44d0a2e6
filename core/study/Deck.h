#pragma once

#include "common/Result.h"
#include "study/Scheduler.h"
#include "study/StudyCard.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ip {

struct Session;

// The study deck (issue 18): every question of every saved run as a card with its SM-2 schedule
// (Scheduler.h), in a local SQLite database through Qt SQL.
//
// Not a QObject; one instance per thread: each instance has its own QSqlDatabase connection (a unique
// connection name), opened by open() and removed in the destructor. Two instances may open the same
// file (SQLite locks it; a writer waits up to 5 s for the other).
//
// The file: PRAGMA user_version is the schema version (kSchemaVersion); journal_mode=WAL, foreign_keys=ON
// and synchronous=FULL — every write is one transaction, and FULL syncs the WAL at each commit, so a crash
// or a power cut mid-review loses at most that review (NORMAL would also survive a crash of the app, but
// a power cut could take back reviews already committed). A review costs one fsync, nothing a person
// rating cards can notice.
//
// Tables: cards (id, skill, question, details JSON: key points, sources, evidence; resume_sha256,
// source_file, the schedule, reviews, lapses, last_reviewed, added: the order cards came in);
// card_runs (card_id, run_id); reviews (id, card_id, rating 1..4, reviewed_at, origin: "practice:<attempt
// id>" for a practice grade, NULL for a review in the Study view).
class Deck
{
public:
    static constexpr int kSchemaVersion = 1; // bump with a migration when the schema changes
    static QString defaultPath(); // QStandardPaths::AppDataLocation + "/study/deck.sqlite"
    explicit Deck(QString path = defaultPath());
    ~Deck();
    Deck(const Deck &) = delete;
    Deck &operator=(const Deck &) = delete;

    // Creates the folder/file, or migrates an older schema; error = a sentence for a person. Opening an
    // open deck does nothing.
    Result<bool, QString> open();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const; // what the open file says (PRAGMA user_version); -1 when not open

    // A saved run's questions become cards (existing ones gain the run id, keep their schedule), and its
    // graded practice attempts on top-level questions become reviews once each (by attempt id; follow-ups
    // are not cards), in attempt time order, rated with ratingForGrade. One transaction. Returns cards added.
    // A practice review is dated by the attempt's time (its local date) and is applied when synced, on top
    // of whatever the card went through since.
    Result<int, QString> syncRun(const Session &session);
    // The run is gone: its id leaves every card; a card with no run left leaves the deck with its reviews.
    Result<int, QString> removeRun(const QString &runId); // returns cards removed
    // Makes the deck match the saved runs: syncRun each, removeRun for every run id the deck knows that is
    // not in `sessions`. One call for "open the Study view"; one transaction. Returns cards added.
    Result<int, QString> syncWithRuns(const QList<Session> &sessions);
    [[nodiscard]] QStringList runIds() const; // sorted

    [[nodiscard]] QList<StudyCard> cards() const; // all, by skill then question (case-folded)
    // Due on or before `today` first (most overdue first), then new cards (oldest first); skills empty = all
    // (names compared case-insensitively).
    [[nodiscard]] QList<StudyCard> dueCards(const QDate &today, const QStringList &skills = {}) const;
    [[nodiscard]] QList<SkillDue> dueBySkill(const QDate &today) const; // by skill name
    [[nodiscard]] std::optional<StudyCard> card(const QString &id) const;
    // One review in one transaction: the review row and the card's new schedule commit together or not at all.
    // The review's date for the schedule is at's local date.
    Result<StudyCard, QString> review(const QString &cardId, ReviewRating rating, const QDateTime &at);

    // A consistent copy of the open deck (VACUUM INTO a temporary file beside `file`, then renamed to it).
    // Fails with a sentence if the target exists and cannot be replaced.
    Result<bool, QString> backup(const QString &file) const;
    // Checks `file` is a deck (a schema version we can read, the tables present, SQLite's quick_check) before
    // anything changes, keeps the current deck if not; otherwise replaces the deck with it (migrating if older)
    // and reopens. Another Deck instance open on the same file must be closed first.
    Result<bool, QString> restore(const QString &file);

private:
    void close();

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace ip
