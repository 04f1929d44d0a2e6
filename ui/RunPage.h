#pragma once

#include "pipeline/GenerationJob.h"
#include "session/RunState.h"
#include "settings/Prices.h"

#include <QPointer>
#include <QWidget>

class QSplitter;
class QStackedWidget;

namespace ip {

class Clock;
class InterviewPipeline;
class ProgressPanel;
class ResultsView;
class SkillReviewPanel;

// The window while a resume is being worked on: the progress panel beside the results
// accordion (or, while the run waits for it, the review of its skills), fed by one pipeline's signals. Sends the user's
// intents (cancel, regenerate) back to that pipeline.
class RunPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunPage(QWidget *parent = nullptr);

    // Shows `pipeline` (not owned) from now on; the views start empty. Call before starting it.
    void attach(InterviewPipeline *pipeline, const QString &fileName);
    // Where earlier runs are saved and which one is on screen: "More Questions" and "Harder" avoid
    // the skill's questions of earlier runs of the same resume (looked up off the GUI thread).
    void setHistory(const QString &sessionDirectory, const QString &currentSessionId);
    // More questions (or harder ones) for one skill of the attached run.
    void askMore(int index, bool harder);
    // Shows a saved run as it was (no pipeline: nothing can be regenerated until it is continued).
    void showSaved(const RunState &state, const RunSummary &summary);
    [[nodiscard]] InterviewPipeline *pipeline() const;
    [[nodiscard]] bool isRunning() const { return m_running; }

    void cancel();
    void regenerate(int index);
    // Runs every failed skill again (after the user fixed what stopped them).
    void retryFailed();

    // The prices the stage meter's costs use (Settings ▸ Prices); a run already shown is shown again
    // with them.
    void setPrices(const Prices &prices);

    [[nodiscard]] ProgressPanel *progress() const { return m_progress; }
    [[nodiscard]] ResultsView *results() const { return m_results; }
    // Shown in place of the results while the run waits for the person to review its skills.
    [[nodiscard]] SkillReviewPanel *review() const { return m_review; }
    [[nodiscard]] bool isReviewingSkills() const;
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(const ip::RunSummary &summary);
    // Something the user should see briefly (status bar).
    void notice(const QString &text);

private:
    void setRunning(bool running);
    void updateCounts();
    void onSkillUpdated(int index, const SkillResult &skill);
    void onFinished(const RunSummary &summary);
    void showStageUsage(const RunState &state);
    void startMore(int index, FollowUp kind, const QStringList &earlier);

    QPointer<InterviewPipeline> m_pipeline;
    bool m_running = false;
    RunSummary m_lastSummary;
    QString m_sessionDirectory;
    QString m_sessionId;
    Prices m_prices;
    // What the stage meter shows (kept to show it again at new prices).
    QMap<QString, TokenUsage> m_stageUsage;
    QMap<QString, QString> m_stageModels;
    void showReview(const QStringList &skills);
    void confirmSkills(const QStringList &skills);

    QSplitter *m_splitter;
    ProgressPanel *m_progress;
    QStackedWidget *m_right;
    ResultsView *m_results;
    SkillReviewPanel *m_review;
};

} // namespace ip
