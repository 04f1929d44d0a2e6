#pragma once

#include "QuestionLabels.h"
#include "SectionToggle.h"
#include "session/Attempt.h"
#include "session/RunState.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ip {

class VoiceService;

class Badge;
class QuestionRow;
class SourceList;
class WrappedLabel;

// One skill in the results accordion. Header: skill, state, question count, grounded badge.
// Body: numbered, selectable questions (copy one or all), the resume's claims to defend, sources as
// links, Regenerate, and for a failed skill the reason with Retry. A filter (difficulty, category)
// hides the questions that do not match; the rest keep their numbers.
class SkillSectionWidget : public QFrame
{
    Q_OBJECT
public:
    SkillSectionWidget(int index, const QString &name, QWidget *parent = nullptr);

    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] const SkillResult &result() const { return m_result; }
    void setResult(const SkillResult &result);
    // A question streamed in before the skill's next full update.
    void addQuestion(int questionIndex, const Question &question);
    [[nodiscard]] const QList<Question> &questions() const { return m_shown; }

    [[nodiscard]] bool isExpanded() const;
    void setExpanded(bool expanded);
    // Regenerate / Retry are offered only while no run is going on.
    void setActionsEnabled(bool enabled);

    [[nodiscard]] SectionToggle *toggle() const { return m_toggle; }
    // Plain text of the questions shown (those the filter lets through), numbered ("1. …\n4. …").
    [[nodiscard]] QString questionsAsText() const;

    void setFilter(const QuestionFilter &filter);
    [[nodiscard]] const QuestionFilter &filter() const { return m_filter; }
    // The questions the filter lets through (all of them with no filter).
    [[nodiscard]] int matchingCount() const;

    // Practice (issue 16): every attempt of the run; each question shows its own (attemptsOn).
    void setAttempts(const QList<PracticeAttempt> &attempts);
    // Voice (issue 17): each question can be read aloud and answered by speaking. Null: neither.
    void setVoice(VoiceService *voice);
    // A grade is in flight (`gradingId` the attempt's id; empty: none).
    void setPracticeGrading(const QString &gradingId);
    // The row of question `questionIndex` (from 0), or null.
    [[nodiscard]] QuestionRow *questionRow(int questionIndex) const;

Q_SIGNALS:
    void regenerateRequested(int index);
    // "More Questions" (harder false) or "Harder" on a skill with questions.
    void moreRequested(int index, bool harder);
    void expandedChanged(bool expanded);
    // Something was put on the clipboard (for a status-bar note).
    void copied(const QString &what);
    // Practice on question `questionIndex` (from 0): grade an answer (parentId: the attempt whose
    // follow-up it answers), grade a saved answer again, stop the grade in flight.
    void practiceSubmitted(int index, int questionIndex, const QString &answer, bool dontKnow, const QString &parentId);
    void practiceRegradeRequested(int index, int questionIndex, const QString &attemptId);
    void practiceStopRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    void updateBody();
    void rebuildQuestions();
    void syncRows();
    void appendQuestionRow(int number, const Question &question);
    void rebuildSources();
    void rebuildClaims(bool force = false);
    void applyFilterToRows();
    void retranslate();
    void copyText(const QString &text, const QString &what);

    int m_index;
    SkillResult m_result;
    QList<Question> m_shown;
    QList<PracticeAttempt> m_attempts;
    VoiceService *m_voice = nullptr;
    QString m_gradingId;
    QuestionFilter m_filter;
    QStringList m_claimsShown;
    bool m_actionsEnabled = true;
    bool m_expanded = false;
    int m_rowsBuilt = 0; // question rows that exist (built on first expansion)

    QWidget *m_header;
    SectionToggle *m_toggle;
    QLabel *m_stateIcon;
    QLabel *m_stateText;
    QLabel *m_count;
    Badge *m_badge;

    QWidget *m_body;
    QWidget *m_errorRow;
    WrappedLabel *m_errorText;
    QPushButton *m_retry;
    WrappedLabel *m_contextNote;
    QLabel *m_placeholder;
    QWidget *m_questionsBox;
    QVBoxLayout *m_questionsLayout;
    QLabel *m_noMatch;
    QWidget *m_claimsBox;
    QLabel *m_claimsTitle;
    QVBoxLayout *m_claimsLayout;
    SourceList *m_sources;
    QPushButton *m_copyAll;
    QPushButton *m_regenerate;
    QPushButton *m_more;
    QPushButton *m_harder;
};

} // namespace ip
