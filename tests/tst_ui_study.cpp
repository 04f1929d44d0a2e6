// The Study view (issue 18): the deck follows the saved runs (new runs' questions become cards, a
// deleted run's cards leave, practice grades are reviews), shows what is due per skill, reviews by
// keyboard (Space, then 1–4) with each rating saved at once, exports PDF and Anki, backs up and
// restores. IP_SCREENSHOT_DIR=<dir>: also saves the overview and a card as study-*.png there.

#include "FileDialogs.h"
#include "Prompt.h"
#include "StudyDialog.h"
#include "Translations.h"
#include "session/SessionStore.h"
#include "study/Deck.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ip;

namespace {

const QDate kToday(2026, 12, 7);

Session run(const QString &id, const QString &sha, const QStringList &pythonQuestions, const QStringList &sqlQuestions)
{
    Session s;
    s.meta.id = id;
    s.meta.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    s.meta.updatedAt = s.meta.createdAt;
    s.meta.outcome = SessionOutcome::Complete;
    s.run.sourceFile = QStringLiteral("jane.pdf");
    s.run.resumeSha256 = sha;
    s.run.generatedAt = s.meta.createdAt;
    auto skill = [](const QString &name, const QStringList &questions) {
        SkillResult r;
        r.name = name;
        r.state = SkillState::Done;
        r.context = ContextKind::Grounded;
        r.sources = { Source { QStringLiteral("Glossary"),
                               QUrl(QStringLiteral("https://docs.python.org/3/glossary.html")) } };
        for (const QString &text : questions) {
            Question q(text);
            q.keyPoints = { KeyPoint { QStringLiteral("Names the trade-off for ") + name, 0 } };
            q.evidence = QStringLiteral("Built ") + name + QStringLiteral(" services at Acme");
            r.questions.append(q);
        }
        return r;
    };
    s.run.skills = { skill(QStringLiteral("Python"), pythonQuestions), skill(QStringLiteral("SQL"), sqlQuestions) };
    return s;
}

QPushButton *button(const QWidget *dialog, const char *name)
{
    auto *b = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    Q_ASSERT(b);
    return b;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("IP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestUiStudy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;

    QString sessionsDir() const { return m_dir.filePath(QStringLiteral("sessions")); }
    QString deckPath() const { return m_dir.filePath(QStringLiteral("study/deck.sqlite")); }

    std::unique_ptr<StudyDialog> openDialog()
    {
        auto dialog = std::make_unique<StudyDialog>(deckPath(), sessionsDir(), nullptr);
        dialog->setToday(kToday);
        QSignalSpy synced(dialog.get(), &StudyDialog::synced);
        dialog->refresh();
        if (!synced.wait(10000))
            return nullptr;
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    // English plural forms ("3 cards") come from the English translation, as in the app.
    void initTestCase() { QVERIFY(i18n::installTranslation(QStringLiteral("en"))); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(sessionsDir()));
        m_store = std::make_unique<SessionStore>(sessionsDir());
        QVERIFY(m_store
                    ->saveNow(run(QStringLiteral("20261201-090000-00000001"), QStringLiteral("sha-jane"),
                                  { QStringLiteral("What does the GIL protect?"),
                                    QStringLiteral("When is a generator better than a list?") },
                                  { QStringLiteral("How does an index speed up a join?") }))
                    .isOk());
    }

    void cleanup() { m_store.reset(); }

    void followsTheSavedRuns()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->skillList()->topLevelItemCount(), 2);
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 3 · In the deck: 3"));
        QVERIFY2(dialog->messageText().contains(QStringLiteral("3 new cards")), qPrintable(dialog->messageText()));

        // A re-run of the same resume with one question again and one new: one card more, not two.
        Session rerun = run(QStringLiteral("20261202-090000-00000002"), QStringLiteral("sha-jane"),
                            { QStringLiteral("What  does the GIL protect?") }, { QStringLiteral("What is MVCC?") });
        QVERIFY(m_store->saveNow(rerun).isOk());
        QSignalSpy synced(dialog.get(), &StudyDialog::synced);
        dialog->refresh();
        QVERIFY(synced.wait(10000));
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 4 · In the deck: 4"));

        // The first run deleted: its cards that the re-run does not share leave the deck.
        QVERIFY(m_store->remove(QStringLiteral("20261201-090000-00000001")).isOk());
        dialog->refresh();
        QVERIFY(synced.wait(10000));
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 2 · In the deck: 2"));
        QVERIFY2(dialog->messageText().contains(QStringLiteral("left the deck")), qPrintable(dialog->messageText()));
    }

    void reviewByKeyboard()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        screenshot(dialog.get(), QStringLiteral("study-overview.png"));
        QPushButton *review = button(dialog.get(), "studyReviewButton");
        QVERIFY(review->isEnabled());
        QCOMPARE(review->text(), QStringLiteral("&Review 3 Cards"));
        review->click();
        QVERIFY(dialog->isReviewing());
        QVERIFY(!dialog->isAnswerShown());
        const QString first = dialog->shownCardId();
        QVERIFY(!dialog->shownQuestion().isEmpty());
        QTest::keyClick(dialog.get(), Qt::Key_3); // not before the answer is shown
        QCOMPARE(dialog->shownCardId(), first);

        QTest::keyClick(dialog.get(), Qt::Key_Space);
        QVERIFY(dialog->isAnswerShown());
        const auto *answer = dialog->findChild<QLabel *>(QStringLiteral("studyAnswer"));
        QVERIFY(answer->text().contains(QStringLiteral("Names the trade-off for")));
        QVERIFY(answer->text().contains(QStringLiteral("docs.python.org")));
        QVERIFY(answer->text().contains(QStringLiteral("at Acme")));
        QCOMPARE(button(dialog.get(), "studyRateGood")->text(), QStringLiteral("&3 Good · tomorrow"));
        screenshot(dialog.get(), QStringLiteral("study-card.png"));

        QSignalSpy reviewed(dialog.get(), &StudyDialog::reviewed);
        QTest::keyClick(dialog.get(), Qt::Key_3);
        QCOMPARE(reviewed.count(), 1);
        QVERIFY(dialog->shownCardId() != first);
        QTest::keyClick(dialog.get(), Qt::Key_Space);
        QTest::keyClick(dialog.get(), Qt::Key_1);
        QCOMPARE(reviewed.count(), 2);
        button(dialog.get(), "studyEndButton")->click();
        QVERIFY(!dialog->isReviewing());

        // Saved at once, in the deck itself.
        Deck deck(deckPath());
        QVERIFY(deck.open().isOk());
        const auto good = deck.card(first);
        QVERIFY(good.has_value());
        QCOMPARE(good->reviews, 1);
        QCOMPARE(good->schedule.due, kToday.addDays(1));
        // Tomorrow: both reviewed cards are due (SM-2 gives 1 day after a first review), the third is new.
        dialog->setToday(kToday.addDays(1));
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 2 · New: 1 · In the deck: 3"));
    }

    void practiceGradesAreReviews()
    {
        const auto loaded = m_store->load(QStringLiteral("20261201-090000-00000001"));
        QVERIFY(loaded.isOk());
        Session s = loaded.value();
        PracticeAttempt a;
        a.id = QStringLiteral("a1");
        a.skill = QStringLiteral("SQL");
        a.question = QStringLiteral("How does an index speed up a join?");
        a.at = QDateTime(kToday, QTime(8, 0));
        a.graded = true;
        a.grade.overall = 9;
        s.attempts = { a };
        QVERIFY(m_store->saveNow(s).isOk());
        auto dialog = openDialog();
        QVERIFY(dialog);
        // The SQL card was reviewed by the practice grade (Easy): not new, not due today.
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 2 · In the deck: 3"));
    }

    void exportsAndBackup()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        const QString anki = m_dir.filePath(QStringLiteral("deck.txt"));
        FileDialogs::setNextSaveFile(anki);
        button(dialog.get(), "studyAnkiButton")->click();
        QFile ankiFile(anki);
        QVERIFY(ankiFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ankiFile.readAll());
        QVERIFY(text.contains(QStringLiteral("How does an index speed up a join?")));
        QVERIFY(text.contains(QStringLiteral("#separator:tab")));

        const QString pdf = m_dir.filePath(QStringLiteral("deck.pdf"));
        FileDialogs::setNextSaveFile(pdf);
        button(dialog.get(), "studyPdfButton")->click();
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 1);
        QString all;
        for (int page = 0; page < document.pageCount(); ++page)
            all += document.getAllText(page).text();
        QVERIFY2(all.contains(QStringLiteral("GIL")), qPrintable(all.left(400)));

        // Back up, review, restore: the review made after the backup is gone again.
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        FileDialogs::setNextSaveFile(backup);
        button(dialog.get(), "studyBackupButton")->click();
        QVERIFY(QFile::exists(backup));
        button(dialog.get(), "studyReviewButton")->click();
        dialog->showAnswer();
        dialog->rate(ReviewRating::Easy);
        dialog->endReview();
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 2 · In the deck: 3"));
        FileDialogs::setNextOpenFile(backup);
        Prompt::setNextAnswer(QMessageBox::Yes);
        button(dialog.get(), "studyRestoreButton")->click();
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 3 · In the deck: 3"));
        QVERIFY(dialog->messageText().startsWith(QStringLiteral("Restored the deck")));

        // Not a deck: refused, the deck stays.
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("not a database");
        junkFile.close();
        FileDialogs::setNextOpenFile(junk);
        Prompt::setNextAnswer(QMessageBox::Yes);
        button(dialog.get(), "studyRestoreButton")->click();
        QCOMPARE(dialog->summaryText(), QStringLiteral("Due today: 0 · New: 3 · In the deck: 3"));
        QVERIFY(!dialog->messageText().startsWith(QStringLiteral("Restored")));
        QVERIFY(!dialog->messageText().isEmpty());
    }

    void emptyDeck()
    {
        QVERIFY(m_store->removeAll().isOk());
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("Your deck is empty")));
        QVERIFY(!button(dialog.get(), "studyReviewButton")->isEnabled());
        QVERIFY(!button(dialog.get(), "studyPdfButton")->isEnabled());
        QVERIFY(button(dialog.get(), "studyBackupButton")->isEnabled());
    }

    void everyControlIsNamed()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        for (const char *name : { "studyReviewButton", "studyPdfButton", "studyAnkiButton", "studyBackupButton",
                                  "studyRestoreButton", "studyShowButton", "studyEndButton" }) {
            QPushButton *b = button(dialog.get(), name);
            QVERIFY2(!b->accessibleName().isEmpty() || b->text().contains(QLatin1Char('&')), name);
        }
        QVERIFY(!dialog->skillList()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestUiStudy)
#include "tst_ui_study.moc"
