#include "RunController.h"

#include "AppContext.h"
#include "pipeline/InterviewPipeline.h"
#include "practice/Practice.h"
#include "run/RunService.h"
#include "session/ContinuePlan.h"
#include "session/SessionStore.h"

#include <QFileInfo>

namespace ip {

RunController::RunController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

RunController::~RunController()
{
    qDeleteAll(findChildren<Run *>(Qt::FindDirectChildrenOnly));
}

bool RunController::start(const QString &path)
{
    if (!begin(m_context.createRun(path, this), path, QString()))
        return false;
    m_run->pipeline()->setJobDescription(m_jobText);
    m_run->start();
    return true;
}

bool RunController::continueSession(const Session &session)
{
    if (!session.canContinue()) {
        open(session);
        return true;
    }
    if (!begin(m_context.createContinuation(session, this), session.meta.resumePath, session.run.sourceFile))
        return false;
    m_run->start();
    return true;
}

bool RunController::begin(Result<Run *, QString> created, const QString &path, const QString &sourceFile)
{
    if (created.isError()) {
        Q_EMIT runRefused(created.error());
        return false;
    }
    dropRun();
    m_openedSession.reset();
    dropPractice();
    m_run = created.value();
    m_currentPath = path;
    m_readingFailed = true; // until the resume is read
    connect(m_run, &Run::saveFailed, this, &RunController::saveFailed);
    InterviewPipeline *pipeline = m_run->pipeline();
    pipeline->setSendPreview(m_run->settings().previewBeforeSending);
    pipeline->setReviewSkills(m_run->settings().reviewSkills);
    connect(pipeline, &InterviewPipeline::resumeLoaded, this, [this] { m_readingFailed = false; });
    connect(pipeline, &InterviewPipeline::skillsExtracted, this, &RunController::resultsChanged);
    connect(pipeline, &InterviewPipeline::skillUpdated, this, &RunController::resultsChanged);
    Q_EMIT runStarted(path.isEmpty() ? sourceFile : QFileInfo(path).fileName());
    return true;
}

void RunController::open(const Session &session)
{
    dropRun();
    dropPractice();
    Session shown = session;
    // Saved "in progress" by a process that is gone: its unfinished skills were interrupted.
    if (shown.meta.outcome == SessionOutcome::InProgress)
        settleInterruptedRun(shown.run);
    m_openedSession = shown;
    m_currentPath = session.meta.resumePath;
    m_readingFailed = false;
    Q_EMIT sessionOpened(shown, summariseRun(shown.run, shown.meta.outcome == SessionOutcome::Cancelled));
}

Result<Session, QString> RunController::load(const QString &id) const
{
    SessionStore *store = m_context.sessionStore();
    if (!store)
        return Result<Session, QString>::fail(QString());
    auto loaded = store->load(id);
    if (loaded.isError())
        return Result<Session, QString>::fail(loaded.error().message);
    return Result<Session, QString>::ok(loaded.value());
}

void RunController::cancel()
{
    if (m_run)
        m_run->pipeline()->cancel();
}

void RunController::dropRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->pipeline()->disconnect(this);
    m_run->pipeline()->cancel();
    m_run->deleteLater();
    m_run.clear();
}

Run *RunController::run() const
{
    return m_run.data();
}

InterviewPipeline *RunController::pipeline() const
{
    return m_run ? m_run->pipeline() : nullptr;
}

const RunState *RunController::shownState() const
{
    if (m_run)
        return &m_run->pipeline()->state();
    if (m_openedSession)
        return &m_openedSession->run;
    return nullptr;
}

std::optional<Session> RunController::shownSession() const
{
    if (m_run) {
        if (!m_run->recorder())
            return std::nullopt;
        return m_run->session();
    }
    return m_openedSession;
}

bool RunController::hasResults() const
{
    const RunState *shown = shownState();
    return shown && !shown->skills.isEmpty();
}

void RunController::dropPractice()
{
    // Its grade in flight is cancelled; the attempt stays saved, ungraded.
    delete m_practice.data();
}

Result<Practice *, QString> RunController::practice()
{
    if (m_practice)
        return m_practice.data();
    std::optional<Session> session = m_run ? std::optional<Session>(m_run->session()) : m_openedSession;
    if (!session)
        return Result<Practice *, QString>::fail(tr("Open or run a resume first."));
    auto made = m_context.createPractice(*session, this);
    if (made.isError())
        return made;
    m_practice = made.value();
    connect(m_practice, &Practice::attemptChanged, this, [this] {
        if (m_openedSession && m_practice)
            m_openedSession->attempts = m_practice->attempts();
    });
    Q_EMIT practiceCreated(m_practice);
    return m_practice.data();
}

QList<PracticeAttempt> RunController::attempts() const
{
    if (m_practice)
        return m_practice->attempts();
    if (m_run)
        return m_run->session().attempts;
    return m_openedSession ? m_openedSession->attempts : QList<PracticeAttempt>();
}

QString RunController::runError() const
{
    return m_run ? m_run->pipeline()->state().error : QString();
}

} // namespace ip
