#pragma once

#include "pipeline/RunEstimate.h"
#include "pipeline/RunWait.h"
#include "session/RunState.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ip {

class Clock;

// What the run is doing: the four stages with the current one highlighted, skills done of
// total, elapsed time, live activity lines and a Cancel button.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    // Time source for the elapsed display (default: the system's steady clock). Not owned.
    void setClock(Clock *clock);

    // A new run starts: stages reset, timer from zero, activity cleared.
    void startRun(const QString &fileName);
    void setStage(Stage stage);
    [[nodiscard]] Stage stage() const { return m_stage; }
    // `done` skills have questions, `failed` ended without; the bar shows both as finished.
    void setSkillCounts(int done, int total, int failed = 0);
    void addActivity(const QString &line);
    void setUsage(const TokenUsage &usage);
    // The waits of the run now (InterviewPipeline::waitsChanged): one line naming the longest,
    // counting down, hidden when nothing waits.
    void setWaits(const QList<RunWait> &waits);
    [[nodiscard]] QString waitText() const;
    // The work left (InterviewPipeline::estimateChanged): "About 1 min 40 s left — limited by …",
    // counting down between estimates; hidden once the run ends.
    void setEstimate(const RunEstimate &left);
    // The run waits for the person to review its skills: the bar says so and no time left is shown
    // (it depends on the person); off again when the review ends.
    void setWaitingForReview(bool on);
    [[nodiscard]] QString timeLeftText() const;
    // What each stage spent (RunState::stageUsage) and, at the prices entered, what it cost (the
    // stage's model from RunState::models), shown once the run ended.
    void setStageUsage(const QMap<QString, TokenUsage> &usage, const QMap<QString, QString> &models,
                       const Prices &prices);
    // The run ended: the clock stops, Cancel disappears, the outcome line is shown.
    void finishRun(const RunSummary &summary);
    // Work resumes after the run ended (one skill is regenerated): the clock restarts from zero,
    // Cancel comes back, the activity log is kept.
    void resumeRun();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString elapsedText() const;
    [[nodiscard]] QStringList activityLines() const;

public Q_SLOTS:
    void refreshElapsed();

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStageRows();
    void refreshWait();
    void refreshTimeLeft();
    void clearWaitAndTimeLeft();
    void retranslate();

    struct StageRow
    {
        Stage stage;
        QLabel *icon;
        QLabel *label;
    };

    Clock *m_clock;
    qint64 m_startMs = 0;
    qint64 m_endMs = -1;
    bool m_running = false;
    bool m_reviewing = false;
    Stage m_stage = Stage::Idle;
    RunSummary::Outcome m_endedAs = RunSummary::Outcome::Complete;
    int m_done = 0;
    int m_failed = 0;
    int m_total = 0;

    QLabel *m_fileLabel;
    QList<StageRow> m_rows;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_usage;
    QLabel *m_wait;
    QLabel *m_timeLeft;
    QLabel *m_stageUsage;
    RunEstimate m_left;
    qint64 m_leftSinceMs = 0;
    QList<RunWait> m_waits;
    qint64 m_waitsSinceMs = 0;
    QLabel *m_outcome;
    QLabel *m_activityCaption;
    QPlainTextEdit *m_activity;
    QPushButton *m_cancel;
    QTimer m_tick;
};

} // namespace ip
