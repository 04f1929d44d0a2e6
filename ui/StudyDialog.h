#pragma once

#include "study/Deck.h"
#include "study/StudyCard.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QTreeWidget;

namespace ip {

enum class ReportFormat;

// Study (issue 18): the spaced-repetition deck made of every saved run's questions. Opening it
// brings the deck up to date with the saved runs off the GUI thread (new runs' questions become
// cards, deleted runs' cards leave, practice grades count as reviews), then shows what is due today
// per skill and overall. Review walks through the due cards (then the new ones) of the selected
// skills, or of all: the question, then on request (Space) its key points, sources and the resume
// line it probes; Again / Hard / Good / Easy (1–4) each show when the card comes back (SM-2, see
// core/study/Scheduler.h) and save the review at once. The deck can be exported (PDF, Anki),
// backed up and restored. Non-modal; every control has an accessible name and a key.
class StudyDialog : public QDialog
{
    Q_OBJECT
public:
    // `deckPath`: the deck's SQLite file; `sessionsDirectory`: the saved runs it follows (empty:
    // the deck is shown as it is, without bringing it up to date).
    StudyDialog(QString deckPath, QString sessionsDirectory, QWidget *parent);
    ~StudyDialog() override;

    // Brings the deck up to date with the saved runs (in the background) and shows it again;
    // synced() follows.
    void refresh();
    // "Today" for the schedule (tests); default: the current date.
    void setToday(const QDate &today);

    // For tests and the demo.
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QTreeWidget *skillList() const { return m_skills; }
    [[nodiscard]] bool isReviewing() const;
    [[nodiscard]] bool isAnswerShown() const;
    [[nodiscard]] QString shownQuestion() const;
    [[nodiscard]] QString shownCardId() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool isBusy() const { return m_syncing; }

    // The same as the buttons (the review keys are 1–4 and Space).
    void startReview();
    void showAnswer();
    void rate(ReviewRating rating);
    void endReview();

Q_SIGNALS:
    void synced(); // the deck was brought up to date and is shown (also after a failure, with its message)
    void reviewed(const QString &cardId, ip::ReviewRating rating);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildOverview();
    void buildReview();
    void reload();
    void showCard();
    void finishReview();
    void setMessage(const QString &text);
    void exportDeck(ReportFormat format);
    void backUp();
    void restore();
    [[nodiscard]] QStringList selectedSkills() const;
    [[nodiscard]] QDate today() const;
    void updateButtons();
    void retranslate();

    QString m_deckPath;
    QString m_sessionsDirectory;
    std::unique_ptr<Deck> m_deck; // the GUI thread's connection
    QString m_openError;
    QDate m_today;
    bool m_syncing = false;
    int m_syncGeneration = 0;

    QList<StudyCard> m_queue; // the review's cards
    int m_position = 0;
    int m_reviewedCount = 0;
    bool m_answerShown = false;

    QStackedWidget *m_pages;
    // Overview
    QWidget *m_overview;
    QLabel *m_summary;
    QLabel *m_hint;
    QTreeWidget *m_skills;
    QLabel *m_message;
    QPushButton *m_reviewButton;
    QPushButton *m_pdfButton;
    QPushButton *m_ankiButton;
    QPushButton *m_backupButton;
    QPushButton *m_restoreButton;
    QPushButton *m_closeButton;
    // Review
    QWidget *m_review;
    QLabel *m_progress;
    QLabel *m_question;
    QLabel *m_answer;
    QPushButton *m_showButton;
    QShortcut *m_spaceShortcut = nullptr;
    QList<QPushButton *> m_rateButtons; // Again, Hard, Good, Easy
    QPushButton *m_endButton;
};

} // namespace ip
