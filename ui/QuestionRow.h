#pragma once

#include "session/Attempt.h"
#include "session/Question.h"
#include "session/RunState.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ip {

class Badge;
class PracticePanel;
class SectionToggle;
class VoiceService;
class WrappedLabel;

// One question of a skill: its number, the selectable text, and a button that copies it. A question
// with details (issue 15) also shows badges for its difficulty and category, the resume line it
// probes, and a "Show key points" toggle that reveals the points a strong answer covers, each with a
// link to the skill's source it came from. A question without details looks as it always did.
class QuestionRow : public QWidget
{
    Q_OBJECT
public:
    // `number` counts from 1. `sources` are the skill's (a key point's source indexes them).
    QuestionRow(int number, const Question &question, const QList<Source> &sources = {}, QWidget *parent = nullptr);

    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] const Question &question() const { return m_question; }
    // The skill's sources changed: key point links follow.
    void setSources(const QList<Source> &sources);

    [[nodiscard]] bool keyPointsShown() const;
    void setKeyPointsShown(bool shown);

    // Practice (issue 16): the attempts on this question (attemptsOn), shown in its practice panel;
    // the Practice button says the latest score.
    void setAttempts(const QList<PracticeAttempt> &attempts);
    [[nodiscard]] const QList<PracticeAttempt> &attempts() const { return m_attempts; }
    void setPracticeGrading(bool any, bool here);
    [[nodiscard]] bool practiceShown() const;
    // Opens (and focuses the answer box) or closes the practice panel.
    void setPracticeShown(bool shown);
    [[nodiscard]] PracticePanel *practicePanel() const { return m_practice; }
    // Voice (issue 17): a Read Aloud button beside Copy, and the practice panel's Record Answer row
    // (`skill` is the transcription's spelling hint). Null: neither.
    void setVoice(VoiceService *voice, const QString &skill);

Q_SIGNALS:
    void copyRequested();
    void practiceSubmitted(const QString &answer, bool dontKnow, const QString &parentId);
    void practiceRegradeRequested(const QString &attemptId);
    void practiceStopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildKeyPoints();
    void updateToggleIcon();
    void updatePracticeButton();

    int m_number;
    Question m_question;
    QList<Source> m_sources;
    WrappedLabel *m_label;
    QToolButton *m_copy;
    QToolButton *m_readAloud = nullptr; // made when a voice service is given
    VoiceService *m_voice = nullptr;
    QString m_skill;
    Badge *m_difficulty = nullptr;
    Badge *m_category = nullptr;
    WrappedLabel *m_evidence = nullptr;
    SectionToggle *m_pointsToggle = nullptr;
    QWidget *m_points = nullptr; // built when first shown
    QVBoxLayout *m_details = nullptr;
    QVBoxLayout *m_buttons = nullptr; // Copy, and Read Aloud under it
    QToolButton *m_practiceButton = nullptr;
    PracticePanel *m_practice = nullptr; // made when first opened
    QList<PracticeAttempt> m_attempts;
    bool m_gradingAny = false;
    bool m_gradingHere = false;
};

} // namespace ip
