#pragma once

#include "common/Result.h"
#include "pipeline/RunOutcome.h"
#include "practice/Practice.h"
#include "session/RunState.h"
#include "session/Session.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace ip {

class AppContext;
class InterviewPipeline;
class Run;

// What the window works on, without a widget: the current run (made by the AppContext's run
// service) or a saved run opened from the history, and the commands that replace it. The window
// asks the user first where that is needed, then calls a command, and shows what the signals say.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(AppContext &context, QObject *parent = nullptr);
    // Cancels and deletes the runs (the current one and those awaiting deletion).
    ~RunController() override;

    // The job description new runs target (InterviewPipeline::setJobDescription), for the rest of this
    // app session (not saved in the settings); empty: none. A continued saved run keeps its own job.
    void setJobDescription(const QString &text) { m_jobText = text.trimmed(); }
    [[nodiscard]] QString jobDescription() const { return m_jobText; }

    // --- Commands ---
    // Starts a run of the resume at `path`; false (and runRefused()) when it cannot start.
    bool start(const QString &path);
    // Continues a saved run (only the missing work is requested); a run that has nothing to
    // continue is opened instead. False (and runRefused()) when the continuation cannot start.
    bool continueSession(const Session &session);
    // Shows a saved run as it was, in place of the current run.
    void open(const Session &session);
    // A saved run from the session store, or why it could not be read.
    [[nodiscard]] Result<Session, QString> load(const QString &id) const;
    // Stops the current run's pipeline (its questions so far stay).
    void cancel();

    // --- What the window shows ---
    [[nodiscard]] Run *run() const;
    [[nodiscard]] InterviewPipeline *pipeline() const;
    // The current run's state, or the opened saved run's; null when there is neither.
    [[nodiscard]] const RunState *shownState() const;
    // The session of what is shown (the run being recorded, or the one opened).
    [[nodiscard]] std::optional<Session> shownSession() const;
    [[nodiscard]] bool hasResults() const;
    // The resume of what is shown (empty for none); what Run Again reads.
    [[nodiscard]] QString currentPath() const { return m_currentPath; }
    // True from the start of a run until its resume has been read.
    [[nodiscard]] bool readingFailed() const { return m_readingFailed; }
    // The error the current run stopped with (empty for none).
    [[nodiscard]] QString runError() const;
    // Practice on what is shown (issue 16): made on first use for the current run or the opened saved
    // run (RunService::createPractice), replaced with it; or the sentence saying why not (no key…).
    Result<Practice *, QString> practice();
    // The attempts of what is shown (the practice's once it exists).
    [[nodiscard]] QList<PracticeAttempt> attempts() const;

Q_SIGNALS:
    // A run is about to start: show its pipeline() (connect to it now), named `fileName`.
    void runStarted(const QString &fileName);
    // A run could not start: the sentence saying what is missing.
    void runRefused(const QString &message);
    // A saved run is shown; `summary` is how it ended.
    void sessionOpened(const ip::Session &session, const ip::RunSummary &summary);
    // The run's autosave could not write the session.
    void saveFailed(const QString &message);
    // The skills shown changed (extracted, updated).
    void resultsChanged();
    // The practice of what is shown was made (connect to it now).
    void practiceCreated(ip::Practice *practice);

private:
    bool begin(Result<Run *, QString> created, const QString &path, const QString &sourceFile);
    // Cancels and lets go of the current run (it stays in the history).
    void dropRun();
    void dropPractice();

    AppContext &m_context;
    QPointer<Run> m_run;
    QPointer<Practice> m_practice;
    std::optional<Session> m_openedSession; // a saved run shown without a pipeline
    QString m_currentPath;
    QString m_jobText;
    bool m_readingFailed = false;
};

} // namespace ip
