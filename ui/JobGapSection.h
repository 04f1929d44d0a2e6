#pragma once

#include "SectionToggle.h"
#include "session/RunState.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ip {

class Badge;
class WrappedLabel;

// One skill the job asks for that the resume does not show, collapsible like a SkillSectionWidget.
// Header: the skill with a "Not on your resume" badge and the question count. Body: what the resume
// shows nearby, how to answer honestly, the numbered selectable questions (copy one or all), or why
// none were written.
class JobGapSection : public QFrame
{
    Q_OBJECT
public:
    JobGapSection(int index, const JobGap &gap, QWidget *parent = nullptr);

    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] const JobGap &gap() const { return m_gap; }
    void setGap(const JobGap &gap);

    [[nodiscard]] bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    // While a run is going on, a gap without questions is still being written.
    void setPending(bool pending);

    [[nodiscard]] SectionToggle *toggle() const { return m_toggle; }
    // Plain text of the questions, numbered ("1. …\n2. …").
    [[nodiscard]] QString questionsAsText() const;

Q_SIGNALS:
    void expandedChanged(bool expanded);
    // Something was put on the clipboard (for a status-bar note).
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void updateBody();
    void rebuildQuestions();
    void copyText(const QString &text, const QString &what);

    int m_index;
    JobGap m_gap;
    bool m_expanded = false;
    bool m_pending = false;
    bool m_rowsBuilt = false;

    QWidget *m_header;
    SectionToggle *m_toggle;
    QLabel *m_count;
    Badge *m_badge;

    QWidget *m_body;
    WrappedLabel *m_adjacent;
    WrappedLabel *m_advice;
    QWidget *m_errorRow;
    QLabel *m_errorIcon;
    WrappedLabel *m_errorText;
    QLabel *m_placeholder;
    QWidget *m_questionsBox;
    QVBoxLayout *m_questionsLayout;
    QPushButton *m_copyAll;
};

} // namespace ip
