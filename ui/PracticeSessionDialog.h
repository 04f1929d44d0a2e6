#pragma once

#include "session/Attempt.h"
#include "session/PracticeStats.h"
#include "session/RunState.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace ip {

class PracticePanel;
class VoiceService;
class WrappedLabel;

// A practice session (issue 16): pick skills (or the weakest first), a number of questions and a time
// limit per answer; the dialog walks through the questions one by one (the same practice panel as
// under each question: grade, stronger answer, follow-up), then sums up: score per skill, the three
// weakest key points and what to read. Grading goes through the window's practice (RunPage): the
// dialog only says what was answered.
class PracticeSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PracticeSessionDialog(QWidget *parent = nullptr);

    // The run whose questions are practised (its Done skills with questions are offered).
    void setRun(const RunState &run);
    // Voice (issue 17): answers can be spoken; questions are read aloud when Settings ▸ Voice says so.
    void setVoice(VoiceService *voice) { m_voice = voice; }
    // Every attempt of the run, as it stands (new ones made while the session is on count for it).
    void setAttempts(const QList<PracticeAttempt> &attempts);
    void setGrading(const QString &gradingId);

    // The session's choices (tests).
    [[nodiscard]] PracticeOptions options() const;
    void setOptions(const PracticeOptions &options);
    // Starts the walk through the chosen questions; false when none is left to practise.
    bool start();
    // The time limit of the question on screen ran out: what is typed is graded (an empty box is
    // "I don't know"). Called by the countdown; public for tests.
    void timeUp();
    void expectNewAttempt();
    // The question on screen (index into the plan), -1 on the set-up and summary pages.
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] const QList<PlannedQuestion> &plan() const { return m_plan; }
    [[nodiscard]] PracticePanel *panel() const { return m_panel; }
    [[nodiscard]] const PracticeSummary &summary() const { return m_summary; }
    [[nodiscard]] bool showsSummary() const;

Q_SIGNALS:
    void submitted(int skill, int question, const QString &answer, bool dontKnow, const QString &parentId);
    void regradeRequested(int skill, int question, const QString &attemptId);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSkills();
    void showQuestion(int index);
    void next();
    void showSummary();
    void tick();
    void updateNext();
    [[nodiscard]] QList<PracticeAttempt> sessionAttempts() const;
    [[nodiscard]] const Question *questionAt(const PlannedQuestion &planned) const;

    RunState m_run;
    QList<PracticeAttempt> m_attempts;
    QSet<QString> m_known; // attempt ids seen before the session's latest submit
    QSet<QString> m_mine; // attempts made in this session
    bool m_waitingForNew = false;
    bool m_gradeWhenTranscribed = false; // time ran out while the answer was being spoken
    VoiceService *m_voice = nullptr;
    QString m_gradingId;
    QList<PlannedQuestion> m_plan;
    int m_current = -1;
    int m_secondsLeft = 0;
    PracticeSummary m_summary;

    QStackedWidget *m_pages;
    // Set-up
    QWidget *m_setup;
    QLabel *m_skillsLabel;
    QListWidget *m_skills;
    QCheckBox *m_weakest;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    QLabel *m_limitLabel;
    QComboBox *m_limit;
    QLabel *m_setupProblem;
    QPushButton *m_start;
    // Question
    QWidget *m_questionPage;
    QLabel *m_position;
    QLabel *m_countdown;
    WrappedLabel *m_question;
    QVBoxLayout *m_panelHolder;
    PracticePanel *m_panel = nullptr;
    QPushButton *m_next;
    QPushButton *m_end;
    QTimer *m_timer;
    // Summary
    QWidget *m_summaryPage;
    WrappedLabel *m_headline;
    QTreeWidget *m_scores;
    QLabel *m_weakTitle;
    WrappedLabel *m_weakList;
    QLabel *m_readTitle;
    WrappedLabel *m_readList;
    QPushButton *m_again;
    QPushButton *m_close;
};

} // namespace ip
