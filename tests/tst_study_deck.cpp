// The study deck (issue 18) in temporary folders: a new file gets schema version 1, an older (version 0)
// file written by hand is migrated keeping its rows, runs become cards once whichever run repeats them,
// removing a run removes only the cards no other run has, practice grades count as reviews once, a review
// commits its row and the card's schedule together, what is due comes in order, backup and restore round
// trip, restore refuses a file that is not a deck, and a process killed (SIGKILL) while reviewing leaves a
// deck that opens, passes SQLite's integrity check and has every card's schedule matching its review rows.

#include "privacy/StoredData.h"
#include "session/Session.h"
#include "study/Deck.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ip;

namespace {

const char kReviewerEnv[] = "IP_TST_STUDY_DECK_REVIEWER"; // the child: review cards of this deck until killed
const QString kSha = QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12");

Question question(const QString &text)
{
    Question q(text);
    q.evidence = QStringLiteral("Built a Qt app used by 10k people");
    q.keyPoints = { KeyPoint { QStringLiteral("Signals cross threads queued"), 0 },
                    KeyPoint { QStringLiteral("Event loop per thread"), -1 } };
    return q;
}

// A saved run: skill name → question texts.
Session session(const QString &id, const QList<QPair<QString, QStringList>> &skills, const QString &sha = kSha)
{
    Session s;
    s.meta.id = id;
    s.run.resumeSha256 = sha;
    s.run.sourceFile = QStringLiteral("resume.pdf");
    for (const auto &[name, texts] : skills) {
        SkillResult skill;
        skill.name = name;
        skill.state = SkillState::Done;
        skill.sources = { Source { QStringLiteral("Threads and QObjects"),
                                   QUrl(QStringLiteral("https://doc.qt.io/qt-6/threads-qobject.html")) } };
        for (const QString &text : texts)
            skill.questions.append(question(text));
        s.run.skills.append(skill);
    }
    return s;
}

PracticeAttempt attempt(const QString &id, const QString &skill, const QString &q, int overall, const QDateTime &at)
{
    PracticeAttempt a;
    a.id = id;
    a.skill = skill;
    a.question = q;
    a.at = at;
    a.graded = true;
    a.grade.overall = overall;
    return a;
}

// A second connection to the deck's file, for what the API does not show (rows, integrity).
class Raw
{
public:
    explicit Raw(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Raw()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {})
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        const auto r = rows(sql, values);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

const StudyCard *findCard(const QList<StudyCard> &cards, const QString &text)
{
    for (const StudyCard &card : cards)
        if (card.question == text)
            return &card;
    return nullptr;
}

// The child process: reviews the deck's cards in a loop, printing each committed review, until killed.
int reviewUntilKilled(const QString &path)
{
    Deck deck(path);
    if (const auto opened = deck.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    const QList<StudyCard> cards = deck.cards();
    if (cards.isEmpty())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    const ReviewRating ratings[]
        = { ReviewRating::Good, ReviewRating::Again, ReviewRating::Easy, ReviewRating::Hard, ReviewRating::Good };
    const QDateTime start(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 100'000; ++i) { // bounded: an orphaned child still ends
        const auto done = deck.review(cards.at(i % cards.size()).id, ratings[i % 5], start.addSecs(i * 3600L));
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 4;
        }
        std::printf("reviewed %d\n", i + 1);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestStudyDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openCreatesSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/study/deck.sqlite"));
        Deck deck(path);
        QVERIFY(!deck.isOpen());
        QCOMPARE(deck.schemaVersion(), -1);
        const auto opened = deck.open();
        QVERIFY2(opened, qPrintable(opened.isError() ? opened.error() : QString()));
        QVERIFY(deck.isOpen());
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(deck.path(), path);
        QCOMPARE(deck.schemaVersion(), Deck::kSchemaVersion);
        QCOMPARE(deck.schemaVersion(), 1);
        QVERIFY(deck.cards().isEmpty());
        QVERIFY(deck.runIds().isEmpty());
        Raw raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                          "('cards', 'card_runs', 'reviews')"))
                     .toInt(),
                 3);
        QVERIFY(deck.open()); // again: nothing to do
    }

    // "Version 0", written by hand: cards had no lapses and no added column.
    void migratesVersion0()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        const QString id = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("What is a queued connection?"));
        {
            Raw raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE cards (id TEXT PRIMARY KEY NOT NULL, skill TEXT NOT NULL, question TEXT NOT NULL, "
                "details TEXT NOT NULL DEFAULT '{}', resume_sha256 TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL "
                "DEFAULT '', repetitions INTEGER NOT NULL DEFAULT 0, easiness REAL NOT NULL DEFAULT 2.5, interval_days "
                "INTEGER NOT NULL DEFAULT 0, due TEXT, reviews INTEGER NOT NULL DEFAULT 0, last_reviewed TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE card_runs (card_id TEXT NOT NULL, run_id TEXT NOT NULL, "
                                            "PRIMARY KEY (card_id, run_id))")));
            QVERIFY(
                raw.exec(QStringLiteral("CREATE TABLE reviews (id INTEGER PRIMARY KEY, card_id TEXT NOT NULL, "
                                        "rating INTEGER NOT NULL, reviewed_at TEXT NOT NULL, origin TEXT UNIQUE)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO cards VALUES ('%1', 'Qt', 'What is a queued connection?', "
                                            "'{\"evidence\":\"Built a Qt app\"}', '%2', 'cv.pdf', 0, 1.96, 1, "
                                            "'2026-01-02', 1, '2026-01-01T10:00:00.000Z')")
                                 .arg(id, kSha)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO card_runs VALUES ('%1', 'run-0')").arg(id)));
            QVERIFY(raw.exec(
                QStringLiteral(
                    "INSERT INTO reviews (card_id, rating, reviewed_at) VALUES ('%1', 1, '2026-01-01T10:00:00.000Z')")
                    .arg(id)));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        }
        Deck deck(path);
        const auto opened = deck.open();
        QVERIFY2(opened, qPrintable(opened.isError() ? opened.error() : QString()));
        QCOMPARE(deck.schemaVersion(), 1);
        const auto card = deck.card(id);
        QVERIFY(card);
        QCOMPARE(card->skill, QStringLiteral("Qt"));
        QCOMPARE(card->evidence, QStringLiteral("Built a Qt app"));
        QCOMPARE(card->sourceFile, QStringLiteral("cv.pdf"));
        QCOMPARE(card->runIds, QStringList { QStringLiteral("run-0") });
        QCOMPARE(card->schedule, (CardSchedule { 0, 1.96, 1, QDate(2026, 1, 2) }));
        QCOMPARE(card->reviews, 1);
        QCOMPARE(card->lapses, 1); // filled from its review rows
        QCOMPARE(card->lastReviewed, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        // The migrated deck works like a new one.
        QVERIFY(deck.review(id, ReviewRating::Good, QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC)));
        QCOMPARE(deck.card(id)->reviews, 2);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        {
            Raw raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE cards (id TEXT PRIMARY KEY, skill TEXT, question TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        Deck deck(path);
        const auto opened = deck.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("newer version")), qPrintable(opened.error()));
        QVERIFY(!deck.isOpen());
    }

    void runsBecomeCardsOnce()
    {
        QTemporaryDir dir;
        Deck deck(dir.filePath(QStringLiteral("deck.sqlite")));
        QVERIFY(deck.open());
        const Session first
            = session(QStringLiteral("run-1"),
                      { { QStringLiteral("Qt"),
                          { QStringLiteral("What is a queued connection?"), QStringLiteral("Why moveToThread?") } },
                        { QStringLiteral("SQL"), { QStringLiteral("What does WAL change?") } } });
        QCOMPARE(deck.syncRun(first).valueOr(-1), 3);
        QCOMPARE(deck.syncRun(first).valueOr(-1), 0); // the same run again
        // A re-run of the same resume: the same questions, spelled with other spaces and capitals.
        const Session second
            = session(QStringLiteral("run-2"),
                      { { QStringLiteral("qt"),
                          { QStringLiteral("what is a  queued\nconnection?"), QStringLiteral("Why moveToThread?") } },
                        { QStringLiteral("SQL"), { QStringLiteral("What does WAL change?") } } });
        QCOMPARE(deck.syncRun(second).valueOr(-1), 0);
        const QList<StudyCard> cards = deck.cards();
        QCOMPARE(cards.size(), 3);
        for (const StudyCard &card : cards)
            QCOMPARE(card.runIds, (QStringList { QStringLiteral("run-1"), QStringLiteral("run-2") }));
        QCOMPARE(deck.runIds(), (QStringList { QStringLiteral("run-1"), QStringLiteral("run-2") }));
        // By skill then question; the first run's wording stays.
        QCOMPARE(cards.at(0).skill, QStringLiteral("Qt"));
        QCOMPARE(cards.at(0).question, QStringLiteral("What is a queued connection?"));
        QCOMPARE(cards.at(1).question, QStringLiteral("Why moveToThread?"));
        QCOMPARE(cards.at(2).skill, QStringLiteral("SQL"));
        // Everything the card carries reads back as it came.
        const QList<StudyCard> fromRun = cardsFromSession(first);
        StudyCard expected = fromRun.first();
        expected.runIds = cards.at(0).runIds;
        QCOMPARE(cards.at(0), expected);
        QCOMPARE(cards.at(0).keyPoints.size(), 2);
        QCOMPARE(cards.at(0).sources.first().url, QUrl(QStringLiteral("https://doc.qt.io/qt-6/threads-qobject.html")));
        QVERIFY(cards.at(0).schedule.isNew());
        // Another resume: other cards.
        QCOMPARE(deck.syncRun(session(QStringLiteral("run-3"),
                                      { { QStringLiteral("Qt"), { QStringLiteral("Why moveToThread?") } } },
                                      QStringLiteral("ff")))
                     .valueOr(-1),
                 1);
        QVERIFY(!deck.syncRun(Session {})); // no run id
    }

    void removingARunRemovesOnlyItsOwnCards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        Deck deck(path);
        QVERIFY(deck.open());
        const Session one = session(
            QStringLiteral("run-1"),
            { { QStringLiteral("Qt"), { QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3") } } });
        const Session two = session(
            QStringLiteral("run-2"),
            { { QStringLiteral("Qt"), { QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q4") } } });
        QCOMPARE(deck.syncRun(one).valueOr(-1), 3);
        QCOMPARE(deck.syncRun(two).valueOr(-1), 1);
        const QString q3 = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("q3"));
        QVERIFY(deck.review(q3, ReviewRating::Good, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC)));

        QCOMPARE(deck.removeRun(QStringLiteral("run-1")).valueOr(-1), 1); // q3 only
        QList<StudyCard> cards = deck.cards();
        QCOMPARE(cards.size(), 3);
        QVERIFY(!findCard(cards, QStringLiteral("q3")));
        for (const StudyCard &card : cards)
            QCOMPARE(card.runIds, QStringList { QStringLiteral("run-2") });
        {
            Raw raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM reviews")).toInt(), 0); // q3's review went with it
        }
        QCOMPARE(deck.removeRun(QStringLiteral("run-unknown")).valueOr(-1), 0);

        // syncWithRuns: the saved runs are run-1 again and run-3; run-2 is gone.
        const Session three = session(QStringLiteral("run-3"), { { QStringLiteral("Qt"), { QStringLiteral("q5") } } });
        QCOMPARE(deck.syncWithRuns({ one, three }).valueOr(-1), 2); // q3 back, q5 new
        cards = deck.cards();
        QCOMPARE(deck.runIds(), (QStringList { QStringLiteral("run-1"), QStringLiteral("run-3") }));
        QStringList texts;
        for (const StudyCard &card : cards)
            texts.append(card.question);
        QCOMPARE(
            texts,
            (QStringList { QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"), QStringLiteral("q5") }));
        QCOMPARE(deck.syncWithRuns({}).valueOr(-1), 0);
        QVERIFY(deck.cards().isEmpty());
    }

    void practiceGradesAreReviewsOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        Deck deck(path);
        QVERIFY(deck.open());
        Session s = session(QStringLiteral("run-1"),
                            { { QStringLiteral("Qt"), { QStringLiteral("q1"), QStringLiteral("q2") } } });
        const QDateTime t0(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        PracticeAttempt later
            = attempt(QStringLiteral("a-2"), QStringLiteral("Qt"), QStringLiteral("q1"), 9, t0.addDays(3));
        PracticeAttempt first = attempt(QStringLiteral("a-1"), QStringLiteral("Qt"), QStringLiteral("q1"), 7, t0);
        PracticeAttempt followUp
            = attempt(QStringLiteral("a-3"), QStringLiteral("Qt"), QStringLiteral("Follow-up?"), 2, t0);
        followUp.parentId = first.id;
        followUp.depth = 1;
        PracticeAttempt dontKnow = attempt(QStringLiteral("a-4"), QStringLiteral("Qt"), QStringLiteral("q2"), 0, t0);
        dontKnow.grade.dontKnow = true;
        PracticeAttempt ungraded
            = attempt(QStringLiteral("a-5"), QStringLiteral("Qt"), QStringLiteral("q2"), 10, t0.addDays(1));
        ungraded.graded = false;
        s.attempts = { later, first, followUp, dontKnow, ungraded }; // not in time order

        QCOMPARE(deck.syncRun(s).valueOr(-1), 2);
        const QString q1 = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("q1"));
        const QString q2 = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("q2"));
        CardSchedule expected;
        expected = nextSchedule(expected, ReviewRating::Good, t0.toLocalTime().date()); // 7 → Good, first
        expected = nextSchedule(expected, ReviewRating::Easy, t0.addDays(3).toLocalTime().date()); // 9 → Easy
        auto card = deck.card(q1);
        QVERIFY(card);
        QCOMPARE(card->reviews, 2);
        QCOMPARE(card->schedule, expected);
        QCOMPARE(card->lastReviewed, t0.addDays(3));
        card = deck.card(q2);
        QCOMPARE(card->reviews, 1);
        QCOMPARE(card->lapses, 1);
        QCOMPARE(card->schedule, nextSchedule({}, ReviewRating::Again, t0.toLocalTime().date()));

        QCOMPARE(deck.syncRun(s).valueOr(-1), 0); // synced twice: still once each
        QCOMPARE(deck.syncWithRuns({ s }).valueOr(-1), 0);
        QCOMPARE(deck.card(q1)->reviews, 2);
        QCOMPARE(deck.card(q2)->reviews, 1);
        Raw raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM reviews")).toInt(), 3);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT GROUP_CONCAT(origin, ',') FROM (SELECT origin FROM reviews ORDER BY id)"))
                .toString(),
            QStringLiteral("practice:a-1,practice:a-4,practice:a-2"));
    }

    void reviewCommitsScheduleAndRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        Deck deck(path);
        QVERIFY(deck.open());
        QVERIFY(deck.syncRun(session(QStringLiteral("run-1"), { { QStringLiteral("Qt"), { QStringLiteral("q1") } } })));
        const QString id = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("q1"));
        const QDateTime at(QDate(2026, 4, 1), QTime(18, 30, 15, 250), Qt::UTC);
        const auto reviewed = deck.review(id, ReviewRating::Again, at);
        QVERIFY(reviewed);
        QCOMPARE(reviewed.value().reviews, 1);
        QCOMPARE(reviewed.value().lapses, 1);
        QCOMPARE(reviewed.value().lastReviewed, at);
        QCOMPARE(reviewed.value().schedule, nextSchedule({}, ReviewRating::Again, at.toLocalTime().date()));
        QCOMPARE(deck.card(id), std::optional<StudyCard>(reviewed.value()));
        {
            Raw raw(path);
            const auto rows = raw.rows(QStringLiteral("SELECT card_id, rating, reviewed_at, origin FROM reviews"));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().at(0).toString(), id);
            QCOMPARE(rows.first().at(1).toInt(), 1);
            QCOMPARE(rows.first().at(2).toString(), QStringLiteral("2026-04-01T18:30:15.250Z"));
            QVERIFY(rows.first().at(3).isNull());
        }
        const auto missing = deck.review(QStringLiteral("no-such-card"), ReviewRating::Good, at);
        QVERIFY(!missing);
        QVERIFY(!missing.error().isEmpty());
        QVERIFY(!deck.review(id, ReviewRating::Good, QDateTime()));
        QCOMPARE(deck.card(id)->reviews, 1);
    }

    void dueCardsInOrder()
    {
        QTemporaryDir dir;
        Deck deck(dir.filePath(QStringLiteral("deck.sqlite")));
        QVERIFY(deck.open());
        QVERIFY(deck.syncRun(
            session(QStringLiteral("run-1"),
                    { { QStringLiteral("Qt"), { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3") } },
                      { QStringLiteral("SQL"), { QStringLiteral("s1") } } })));
        QVERIFY(deck.syncRun(session(QStringLiteral("run-2"), { { QStringLiteral("Qt"), { QStringLiteral("c4") } } })));
        const auto idOf = [](const char *text) {
            return cardIdFor(kSha, QStringLiteral("Qt"), QString::fromLatin1(text));
        };
        const QDate today(2026, 6, 10);
        const auto at = [](const QDate &day) {
            return QDateTime(day, QTime(12, 0));
        }; // local time: its date is `day`
        QVERIFY(deck.review(idOf("c1"), ReviewRating::Good, at(today.addDays(-1)))); // due today
        QVERIFY(deck.review(idOf("c3"), ReviewRating::Good, at(today.addDays(-5)))); // due 4 days ago
        QVERIFY(deck.review(cardIdFor(kSha, QStringLiteral("SQL"), QStringLiteral("s1")), ReviewRating::Good,
                            at(today))); // due tomorrow: not yet

        const auto texts = [](const QList<StudyCard> &cards) {
            QStringList out;
            for (const StudyCard &card : cards)
                out.append(card.question);
            return out;
        };
        // Most overdue first, then the new ones in the order they came.
        QCOMPARE(
            texts(deck.dueCards(today)),
            (QStringList { QStringLiteral("c3"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c4") }));
        QCOMPARE(texts(deck.dueCards(today.addDays(1))),
                 (QStringList { QStringLiteral("c3"), QStringLiteral("c1"), QStringLiteral("s1"), QStringLiteral("c2"),
                                QStringLiteral("c4") }));
        QCOMPARE(texts(deck.dueCards(today, { QStringLiteral("sql") })), QStringList {});
        QCOMPARE(texts(deck.dueCards(today.addDays(1), { QStringLiteral("sql") })),
                 QStringList { QStringLiteral("s1") });
        QCOMPARE(
            texts(deck.dueCards(today, { QStringLiteral("QT") })),
            (QStringList { QStringLiteral("c3"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c4") }));

        const QList<SkillDue> bySkill = deck.dueBySkill(today);
        QCOMPARE(bySkill.size(), 2);
        QCOMPARE(bySkill.at(0), (SkillDue { QStringLiteral("Qt"), 2, 2, 4 }));
        QCOMPARE(bySkill.at(1), (SkillDue { QStringLiteral("SQL"), 0, 0, 1 }));
    }

    void backupAndRestore()
    {
        QTemporaryDir dir;
        Deck deck(dir.filePath(QStringLiteral("deck/deck.sqlite")));
        QVERIFY(deck.open());
        QVERIFY(deck.syncRun(session(QStringLiteral("run-1"),
                                     { { QStringLiteral("Qt"), { QStringLiteral("q1"), QStringLiteral("q2") } } })));
        const QString q1 = cardIdFor(kSha, QStringLiteral("Qt"), QStringLiteral("q1"));
        QVERIFY(deck.review(q1, ReviewRating::Easy, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC)));
        const QList<StudyCard> saved = deck.cards();

        const QString backup = dir.filePath(QStringLiteral("backups/deck-backup.sqlite"));
        auto done = deck.backup(backup);
        QVERIFY2(done, qPrintable(done.isError() ? done.error() : QString()));
        QVERIFY(QFileInfo(backup).isFile());
        done = deck.backup(backup); // replaces an earlier backup
        QVERIFY2(done, qPrintable(done.isError() ? done.error() : QString()));

        // What happens after the backup is undone by restoring it.
        QVERIFY(deck.review(q1, ReviewRating::Again, QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC)));
        QVERIFY(deck.syncRun(session(QStringLiteral("run-2"), { { QStringLiteral("Go"), { QStringLiteral("g1") } } })));
        QVERIFY(deck.cards() != saved);
        const auto restored = deck.restore(backup);
        QVERIFY2(restored, qPrintable(restored.isError() ? restored.error() : QString()));
        QVERIFY(deck.isOpen());
        QCOMPARE(deck.cards(), saved);
        QVERIFY(QFileInfo(backup).isFile()); // the person's file stays

        // A target that cannot be replaced: a folder with something in it.
        const QString folder = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        const auto refused = deck.backup(folder);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be replaced")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(folder + QStringLiteral(".partial")));
    }

    void restoreRefusesWhatIsNotADeck()
    {
        QTemporaryDir dir;
        Deck deck(dir.filePath(QStringLiteral("deck.sqlite")));
        QVERIFY(deck.open());
        QVERIFY(deck.syncRun(session(QStringLiteral("run-1"), { { QStringLiteral("Qt"), { QStringLiteral("q1") } } })));
        const QList<StudyCard> before = deck.cards();

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        }
        auto result = deck.restore(text);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("not a study deck")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("current deck is kept")), qPrintable(result.error()));
        QVERIFY(deck.isOpen());
        QCOMPARE(deck.cards(), before);

        const QString other = dir.filePath(QStringLiteral("other.sqlite")); // SQLite, but another app's
        {
            Raw raw(other);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        }
        result = deck.restore(other);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("not a study deck")), qPrintable(result.error()));
        QCOMPARE(deck.cards(), before);

        QVERIFY(!deck.restore(dir.filePath(QStringLiteral("missing.sqlite"))));
        QCOMPARE(deck.cards(), before);
        QVERIFY(!QFile::exists(deck.path() + QStringLiteral(".restoring")));
    }

    // The child reviews in a loop; SIGKILL lands wherever it is (between two commits, or inside one).
    void killedMidReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.sqlite"));
        {
            Deck deck(path);
            QVERIFY(deck.open());
            QVERIFY(deck.syncRun(session(
                QStringLiteral("run-1"),
                { { QStringLiteral("Qt"), { QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3") } },
                  { QStringLiteral("SQL"), { QStringLiteral("s1"), QStringLiteral("s2") } } })));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kReviewerEnv), path);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10'000));
        int reviewed = 0;
        QByteArray pending;
        const QDeadlineTimer deadline(60'000);
        while (reviewed < 40 && !deadline.hasExpired()) {
            if (!child.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
                break;
            pending += child.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("reviewed "))
                    reviewed = line.mid(9).toInt();
            }
        }
        QVERIFY2(reviewed >= 40, child.readAllStandardError().constData());
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Deck deck(path);
        const auto opened = deck.open();
        QVERIFY2(opened, qPrintable(opened.isError() ? opened.error() : QString()));
        Raw raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QList<StudyCard> cards = deck.cards();
        QCOMPARE(cards.size(), 5);
        int rows = 0;
        for (const StudyCard &card : cards) {
            const auto reviews = raw.rows(
                QStringLiteral("SELECT rating, reviewed_at FROM reviews WHERE card_id = ? ORDER BY id"), { card.id });
            QCOMPARE(card.reviews, reviews.size());
            CardSchedule replayed;
            int lapses = 0;
            QDateTime last;
            for (const QVariantList &review : reviews) {
                const auto rating = static_cast<ReviewRating>(review.at(0).toInt());
                lapses += rating == ReviewRating::Again ? 1 : 0;
                last = QDateTime::fromString(review.at(1).toString(), Qt::ISODateWithMs);
                replayed = nextSchedule(replayed, rating, last.toLocalTime().date());
            }
            QCOMPARE(card.schedule, replayed);
            QCOMPARE(card.lapses, lapses);
            QCOMPARE(card.lastReviewed, last);
            rows += int(reviews.size());
        }
        // Every review the child reported committed is there; at most the one in flight beyond it.
        QVERIFY2(rows >= reviewed && rows <= reviewed + 1 + int(pending.count('\n')) + 64,
                 qPrintable(QStringLiteral("%1 rows, %2 reported").arg(rows).arg(reviewed)));
        // And the deck goes on.
        QVERIFY(deck.review(cards.first().id, ReviewRating::Good, QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC)));
    }

    // privacy computes the deck's folder without linking the deck: both must agree.
    void storedDataKnowsTheDeck()
    {
        QCOMPARE(studyDeckDirectory(), QFileInfo(Deck::defaultPath()).absolutePath());
        QCOMPARE(QFileInfo(Deck::defaultPath()).fileName(), QStringLiteral("deck.sqlite"));
        QSettings settings(QStringLiteral("ip-test"), QStringLiteral("tst_study_deck"));
        QCOMPARE(defaultStoredPaths(settings).deck, QFileInfo(Deck::defaultPath()).absolutePath());
        QCOMPARE(storedKindTitle(StoredKind::StudyDeck), QStringLiteral("Study deck"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kReviewerEnv))
        return reviewUntilKilled(qEnvironmentVariable(kReviewerEnv));
    TestStudyDeck test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_study_deck.moc"
