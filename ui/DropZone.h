#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ip {

// The empty window's invitation: a framed area saying "drop a resume here", an "Open resume…"
// button, the next run's choices (the role's level, reviewing the skills first, the job targeted), the recent files,
// and (inline) why a dropped file was refused. The drag events
// themselves go to the main window, which tells this widget what to show.
class DropZone : public QWidget
{
    Q_OBJECT
public:
    explicit DropZone(QWidget *parent = nullptr);

    // A valid file hovers over the window: highlight.
    void setHighlighted(bool on);
    [[nodiscard]] bool isHighlighted() const { return m_highlighted; }
    // Show (or clear, with an empty string) the reason a file was refused.
    void setRefusal(const QString &reason);
    [[nodiscard]] QString refusal() const;
    // Up to five recent resumes, shown as links under the button.
    void setRecentFiles(const QStringList &paths);
    // The accepted formats and size limit shown in the hint line.
    void setMaxFileBytes(qint64 bytes);
    // The choices that shape the next run (Settings::targetLevel, Settings::reviewSkills), shown
    // under the button; changing one emits runOptionsChanged.
    void setRunOptions(const QString &level, bool reviewSkills);
    [[nodiscard]] QString level() const;
    [[nodiscard]] bool reviewSkills() const;
    // The job the next runs target (empty: none). Shown as "Targeting a job: <its first line>" with
    // Change… and Remove; without one, a "Target a Job…" button.
    void setJob(const QString &text);
    [[nodiscard]] bool hasJob() const { return !m_job.isEmpty(); }
    // The first non-empty line of a job description (what the drop page names it by).
    [[nodiscard]] static QString jobTitle(const QString &text);

Q_SIGNALS:
    void openRequested();
    void recentFileRequested(const QString &path);
    void runOptionsChanged(const QString &level, bool reviewSkills);
    // "Target a Job…" or "Change…": open the job dialog.
    void jobRequested();
    void jobRemoveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateJob();

    bool m_highlighted = false;
    qint64 m_maxBytes = 0;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_openButton;
    QWidget *m_optionsRow;
    QLabel *m_levelLabel;
    QComboBox *m_level;
    QCheckBox *m_review;
    QString m_job;
    QWidget *m_jobRow;
    QPushButton *m_targetJob;
    QLabel *m_jobLabel;
    QPushButton *m_changeJob;
    QPushButton *m_removeJob;
    QWidget *m_refusalRow;
    QLabel *m_refusalIcon;
    QLabel *m_refusalText;
    QWidget *m_recentBox;
    QVBoxLayout *m_recentLayout;
};

} // namespace ip
