#pragma once

#include "common/Result.h"
#include "pipeline/GenerationJob.h"
#include "practice/GradeInput.h"
#include "session/Attempt.h"
#include "session/RunState.h"
#include "settings/Prices.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QSplitter;
class QStackedWidget;

namespace ip {

class Clock;
class InterviewPipeline;
class Practice;
class PracticeSessionDialog;
class ProgressDialog;
class ProgressPanel;
class ResultsView;
class SkillReviewPanel;
class VoiceService;

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

    // Practice (issue 16). `source` makes (or gives) the practice of what is shown, or says why it
    // cannot; asked when the person first submits an answer.
    void setPracticeSource(std::function<Result<Practice *, QString>()> source)
    {
        m_practiceSource = std::move(source);
    }
    // Shows the practice's attempts and progress from now on (not owned).
    void attachPractice(Practice *practice);
    // The attempts shown before any practice exists (a saved run's, a continued run's).
    void setAttempts(const QList<PracticeAttempt> &attempts);
    // The questions shown as a run (each section's current result): what practice sessions and the
    // progress view work on.
    [[nodiscard]] RunState shownRun() const;
    // Opens a practice session on the questions shown (non-modal; one at a time).
    void startPracticeSession();
    // Voice (issue 17) for the questions and the practice sessions; null: none.
    void setVoice(VoiceService *voice);
    [[nodiscard]] PracticeSessionDialog *practiceSession() const;
    // Opens the progress view of the practice on the questions shown.
    void showPracticeProgress();
    [[nodiscard]] ProgressDialog *progressView() const;
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
    // Grading failed because the provider stopped (quota, key): the window's banner says so.
    void practiceStopped(const QString &message);

private:
    void setRunning(bool running);
    void updateCounts();
    void onSkillUpdated(int index, const SkillResult &skill);
    void onFinished(const RunSummary &summary);
    void showStageUsage(const RunState &state);
    void startMore(int index, FollowUp kind, const QStringList &earlier);
    void submitPractice(int index, int questionIndex, const QString &answer, bool dontKnow, const QString &parentId);
    void regradePractice(int index, int questionIndex, const QString &attemptId);
    [[nodiscard]] Practice *practiceFor(int index, int questionIndex);
    // What grading an answer to question `questionIndex` of skill `index` (or to the follow-up of
    // `parentId`) needs; nullopt when the question or the parent is gone.
    [[nodiscard]] std::optional<GradeInput> gradeInput(Practice *practice, int index, int questionIndex,
                                                       const QString &parentId, const QString &answer) const;

    QPointer<InterviewPipeline> m_pipeline;
    QPointer<Practice> m_practice;
    std::function<Result<Practice *, QString>()> m_practiceSource;
    QList<PracticeAttempt> m_attempts; // what the views show (the practice's once it exists)
    QString m_gradingId;
    QPointer<PracticeSessionDialog> m_session;
    VoiceService *m_voice = nullptr;
    QPointer<ProgressDialog> m_progressView;
    void showAttempts(const QList<PracticeAttempt> &attempts);
    void showGrading(const QString &gradingId);
    void forgetPractice();
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
