#pragma once

#include "QuestionLabels.h"
#include "session/Attempt.h"
#include "session/RunState.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;
class QAction;

namespace ip {

class VoiceService;

class JobGapSection;
class SkillSectionWidget;

// The accordion of skills: one collapsible SkillSectionWidget per skill, created as soon as the
// skill names are known and filled as results arrive; after them, for a run that targets a job, the
// job's skills the resume does not show (one JobGapSection each). Expand all / collapse all. When a
// question of the run has details (issue 15), a row of filters (difficulty, category) hides the
// questions that do not match in every skill's section.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    // Shows the actions (copy all, save) as buttons in the view's bar.
    void addBarAction(QAction *action);

    void clear();
    void setSkills(const QStringList &names);
    void updateSkill(int index, const SkillResult &skill);
    void addQuestion(int skillIndex, int questionIndex, const Question &question);
    // The job's skills the resume does not show (RunState::jobGaps); an empty list hides the section.
    // Gaps whose skills did not change are updated in place (they stay open or closed).
    void setJobGaps(const QList<JobGap> &gaps);
    // While a run is going on, a gap without questions says they are being written.
    void setJobGapsPending(bool pending);
    // Regenerate / Retry only while no run is going on.
    void setActionsEnabled(bool enabled);

    [[nodiscard]] int count() const { return int(m_sections.size()); }
    [[nodiscard]] SkillSectionWidget *section(int index) const;
    [[nodiscard]] int jobGapCount() const { return int(m_gaps.size()); }
    [[nodiscard]] JobGapSection *jobGapSection(int index) const;
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] bool allExpanded() const;
    // The filters chosen (none until a question with details arrives; reset by clear()).
    [[nodiscard]] QuestionFilter filter() const { return m_filter; }
    void setFilter(const QuestionFilter &filter);

public Q_SLOTS:
    // Expands one section per turn of the event loop (the first one at once).
    void expandAll();
    void collapseAll();

    // Practice (issue 16): every attempt of the run shown; each question shows its own.
    void setAttempts(const QList<PracticeAttempt> &attempts);
    // Voice (issue 17) for every question: read aloud, answer by speaking. Null: none.
    void setVoice(VoiceService *voice);
    // The attempt being graded (empty: none): its panel shows the progress, the others wait.
    void setPracticeGrading(const QString &gradingId);

Q_SIGNALS:
    void regenerateRequested(int index);
    void moreRequested(int index, bool harder);
    void practiceSubmitted(int index, int questionIndex, const QString &answer, bool dontKnow, const QString &parentId);
    void practiceRegradeRequested(int index, int questionIndex, const QString &attemptId);
    void practiceStopRequested();
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearSkills();
    void updateSummary();
    void updateTabOrder();
    void expandFrom(int index, int generation);
    void fillFilterChoices();
    void noteDetails(const Question &question);
    void applyFilter();

    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_expandAll;
    QToolButton *m_collapseAll;
    QWidget *m_bar;
    QWidget *m_filterRow;
    QLabel *m_difficultyLabel;
    QComboBox *m_difficulty;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QToolButton *m_clearFilters;
    QScrollArea *m_scroll;
    QWidget *m_container;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QList<SkillSectionWidget *> m_sections;
    QList<PracticeAttempt> m_attempts;
    VoiceService *m_voice = nullptr;
    QString m_gradingId;
    QWidget *m_gapsBox; // after the skills: the title and the gap sections
    QLabel *m_gapsTitle;
    QVBoxLayout *m_gapsLayout;
    QList<JobGapSection *> m_gaps;
    bool m_userToggled = false;
    bool m_actionsEnabled = true;
    bool m_gapsPending = false;
    int m_expandGeneration = 0;
    QuestionFilter m_filter;
    bool m_anyDetails = false; // some question of the run has a difficulty or a category
};

} // namespace ip
