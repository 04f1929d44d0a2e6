#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace ip {

class VoiceAnswer;
class VoiceService;
class WrappedLabel;

// Practice under one question (issue 16), opened in place by the question's Practice button: the
// answers given so far with their grades (scores per criterion, the key points covered and missed
// with their sources, feedback, a stronger answer, the follow-up thread), and a box to answer the
// question — or, while the latest thread has an open follow-up, that follow-up. Keyboard first:
// the box has the focus, Ctrl+Enter grades the answer, Esc closes the panel.
class PracticePanel : public QWidget
{
    Q_OBJECT
public:
    // `number` is the question's (from 1); `sources` the skill's (rubric and verdict sources index them).
    PracticePanel(int number, const QList<Source> &sources, QWidget *parent = nullptr);

    // The attempts on this question (attemptsOn: each answer followed by its thread).
    void setAttempts(const QList<PracticeAttempt> &attempts);
    void setSources(const QList<Source> &sources);
    // A grade is in flight: `here` when it is one of this question's attempts (its progress and
    // Stop show here); elsewhere this panel's box waits (one grade at a time).
    void setGrading(bool any, bool here);
    // Practice cannot start (no provider, no key): shown in place; typing still works.
    void showProblem(const QString &message);
    void focusAnswer();
    // The Close button (a practice session has its own way out; Esc still asks to close).
    void setCloseVisible(bool visible);
    // Speaking the answer (issue 17): a Record Answer row under the box (Ctrl+M) once a voice service is
    // given; `hint` is the skill's name (spelling help for the transcription). Null: no voice row.
    void setVoice(VoiceService *voice, const QString &hint);
    // The longest recording (a practice session's time per answer); 0 = the service's maximum.
    void setTimeLimit(int seconds);
    [[nodiscard]] VoiceAnswer *voiceAnswer() const { return m_voice; }
    // Recording or transcribing: grading waits (its buttons are disabled meanwhile).
    [[nodiscard]] bool isVoiceBusy() const;
    // The attempt the box answers: empty for the question, else the attempt whose follow-up it answers.
    [[nodiscard]] QString followUpParent() const { return m_parentId; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    // Grade `answer` (dontKnow: the person chose "I don't know"); `parentId` empty for the question.
    void submitted(const QString &answer, bool dontKnow, const QString &parentId);
    void regradeRequested(const QString &attemptId);
    void stopRequested();
    void closeRequested();
    void voiceBusyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateControls();
    void submit(bool dontKnow);
    QWidget *attemptView(const PracticeAttempt &attempt, bool last);
    [[nodiscard]] QString sourceLink(int source) const;

    int m_number;
    QList<Source> m_sources;
    QList<PracticeAttempt> m_attempts;
    QString m_parentId; // the box answers this attempt's follow-up; empty = the question
    QString m_followUp; // that follow-up's text
    bool m_gradingAny = false;
    bool m_gradingHere = false;
    QWidget *m_thread;
    QVBoxLayout *m_threadLayout;
    WrappedLabel *m_prompt;
    QPlainTextEdit *m_editor;
    QPushButton *m_submit;
    QPushButton *m_dontKnow;
    QPushButton *m_stop;
    QPushButton *m_close;
    QLabel *m_status;
    WrappedLabel *m_problem;
    QVBoxLayout *m_voiceRow = nullptr; // the frame's layout, where the voice row goes
    VoiceAnswer *m_voice = nullptr;
};

} // namespace ip
