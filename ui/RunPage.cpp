#include "RunPage.h"

#include "PracticePanel.h"
#include "PracticeSessionDialog.h"
#include "ProgressDialog.h"
#include "ProgressPanel.h"
#include "QuestionRow.h"
#include "ResultsView.h"
#include "SkillReviewPanel.h"
#include "SkillSectionWidget.h"
#include "VoiceService.h"
#include "pipeline/InterviewPipeline.h"
#include "practice/Practice.h"
#include "session/SessionStore.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ip {

RunPage::RunPage(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_progress(new ProgressPanel(m_splitter))
    , m_right(new QStackedWidget(m_splitter))
    , m_results(new ResultsView(m_right))
    , m_review(new SkillReviewPanel(m_right))
{
    setObjectName(QStringLiteral("runPage"));
    m_splitter->setObjectName(QStringLiteral("runSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_progress);
    m_right->addWidget(m_results);
    m_right->addWidget(m_review);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_progress->setMinimumWidth(240);
    m_right->setMinimumWidth(360);
    m_splitter->setSizes({ 320, 700 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_progress, &ProgressPanel::cancelRequested, this, &RunPage::cancel);
    connect(m_results, &ResultsView::regenerateRequested, this, &RunPage::regenerate);
    connect(m_results, &ResultsView::moreRequested, this, &RunPage::askMore);
    connect(m_results, &ResultsView::practiceSubmitted, this, &RunPage::submitPractice);
    connect(m_results, &ResultsView::practiceRegradeRequested, this, &RunPage::regradePractice);
    connect(m_results, &ResultsView::practiceStopRequested, this, [this] {
        if (m_practice)
            m_practice->cancel();
    });
    connect(m_review, &SkillReviewPanel::confirmed, this, &RunPage::confirmSkills);
    connect(m_review, &SkillReviewPanel::cancelRequested, this, &RunPage::cancel);
    connect(m_results, &ResultsView::copied, this,
            [this](const QString &what) { Q_EMIT notice(tr("Copied %1 to the clipboard.").arg(what)); });
}

InterviewPipeline *RunPage::pipeline() const
{
    return m_pipeline.data();
}

void RunPage::attach(InterviewPipeline *pipeline, const QString &fileName)
{
    if (m_pipeline)
        disconnect(m_pipeline, nullptr, this, nullptr);
    m_pipeline = pipeline;
    m_results->clear();
    forgetPractice();
    m_right->setCurrentWidget(m_results);
    m_progress->setWaitingForReview(false);
    m_stageUsage.clear();
    m_stageModels.clear();
    m_progress->startRun(fileName);
    setRunning(true);
    if (!pipeline)
        return;

    connect(pipeline, &InterviewPipeline::stageChanged, this, [this](Stage stage) { m_progress->setStage(stage); });
    connect(pipeline, &InterviewPipeline::skillsToReview, this, &RunPage::showReview);
    connect(pipeline, &InterviewPipeline::skillsExtracted, this, [this](const QStringList &skills) {
        m_right->setCurrentWidget(m_results);
        m_results->setSkills(skills);
        updateCounts();
    });
    connect(pipeline, &InterviewPipeline::skillUpdated, this, &RunPage::onSkillUpdated);
    // Through `this`, so that the disconnect above cuts it when a run replaces this one (a cancelled
    // run may still announce its gaps as failed).
    connect(pipeline, &InterviewPipeline::jobGapsChanged, this,
            [this](const QList<JobGap> &gaps) { m_results->setJobGaps(gaps); });
    connect(pipeline, &InterviewPipeline::questionAdded, this,
            [this](int skill, int question, const Question &q) { m_results->addQuestion(skill, question, q); });
    connect(pipeline, &InterviewPipeline::activity, m_progress, &ProgressPanel::addActivity);
    connect(pipeline, &InterviewPipeline::waitsChanged, m_progress, &ProgressPanel::setWaits);
    connect(pipeline, &InterviewPipeline::estimateChanged, m_progress, &ProgressPanel::setEstimate);
    connect(pipeline, &InterviewPipeline::usageUpdated, m_progress, &ProgressPanel::setUsage);
    connect(pipeline, &InterviewPipeline::finished, this, &RunPage::onFinished);
}

void RunPage::showSaved(const RunState &state, const RunSummary &summary)
{
    if (m_pipeline)
        disconnect(m_pipeline, nullptr, this, nullptr);
    m_pipeline.clear();
    m_results->clear();
    forgetPractice();
    m_right->setCurrentWidget(m_results);
    m_progress->startRun(state.sourceFile);
    QStringList names;
    for (const SkillResult &s : state.skills)
        names << s.name;
    m_results->setSkills(names);
    for (qsizetype i = 0; i < state.skills.size(); ++i)
        m_results->updateSkill(int(i), state.skills.at(i));
    m_results->setJobGaps(state.jobGaps);
    m_progress->setUsage(state.usage);
    showStageUsage(state);
    m_progress->setStage(Stage::Finished);
    m_progress->addActivity(state.generatedAt.isValid()
                                ? tr("Opened from the history: the run of %1")
                                      .arg(QLocale().toString(state.generatedAt.toLocalTime(), QLocale::ShortFormat))
                                : tr("Opened from the history"));
    m_lastSummary = summary;
    m_progress->finishRun(summary);
    updateCounts();
    m_running = true; // so that setRunning(false) below notifies, like the end of a run
    setRunning(false);
    m_results->setActionsEnabled(false);
}

void RunPage::showStageUsage(const RunState &state)
{
    m_stageUsage = state.stageUsage;
    m_stageModels = state.models;
    m_progress->setStageUsage(m_stageUsage, m_stageModels, m_prices);
}

void RunPage::setPrices(const Prices &prices)
{
    m_prices = prices;
    if (!m_running && !m_stageUsage.isEmpty())
        m_progress->setStageUsage(m_stageUsage, m_stageModels, m_prices);
}

void RunPage::onSkillUpdated(int index, const SkillResult &skill)
{
    m_results->updateSkill(index, skill);
    updateCounts();
}

void RunPage::updateCounts()
{
    int done = 0;
    int failed = 0;
    for (int i = 0; i < m_results->count(); ++i) {
        const SkillState s = m_results->section(i)->result().state;
        done += s == SkillState::Done ? 1 : 0;
        failed += s == SkillState::Failed ? 1 : 0;
    }
    m_progress->setSkillCounts(done, m_results->count(), failed);
}

bool RunPage::isReviewingSkills() const
{
    return m_right->currentWidget() == m_review;
}

void RunPage::showReview(const QStringList &skills)
{
    m_right->setCurrentWidget(m_review);
    m_review->setSkills(skills); // focuses the list
    m_progress->setWaitingForReview(true);
    Q_EMIT notice(tr("Review the skills, then choose Write Questions."));
}

void RunPage::confirmSkills(const QStringList &skills)
{
    if (m_pipeline && m_pipeline->confirmSkills(skills)) {
        m_progress->setWaitingForReview(false);
        m_right->setCurrentWidget(m_results);
    }
}

void RunPage::onFinished(const RunSummary &summary)
{
    m_right->setCurrentWidget(m_results);
    m_progress->setWaitingForReview(false);
    m_lastSummary = summary;
    m_progress->finishRun(summary);
    if (m_pipeline)
        showStageUsage(m_pipeline->state());
    updateCounts();
    setRunning(false);
    Q_EMIT runFinished(summary);
}

void RunPage::cancel()
{
    if (m_pipeline && m_running)
        m_pipeline->cancel();
}

void RunPage::regenerate(int index)
{
    if (!m_pipeline || m_running)
        return;
    m_progress->resumeRun();
    setRunning(true);
    m_pipeline->regenerateSkill(index);
    if (!m_pipeline->isRunning()) {
        // The pipeline refused (the skill is still busy): nothing will finish, so step back.
        m_progress->finishRun(m_lastSummary);
        setRunning(false);
    }
}

void RunPage::setHistory(const QString &sessionDirectory, const QString &currentSessionId)
{
    m_sessionDirectory = sessionDirectory;
    m_sessionId = currentSessionId;
}

void RunPage::askMore(int index, bool harder)
{
    if (!m_pipeline || m_running || index < 0 || index >= m_pipeline->state().skills.size())
        return;
    const FollowUp kind = harder ? FollowUp::Harder : FollowUp::More;
    m_progress->resumeRun();
    setRunning(true);
    const QString sha = m_pipeline->state().resumeSha256;
    if (m_sessionDirectory.isEmpty() || sha.isEmpty()) {
        startMore(index, kind, {});
        return;
    }
    // Earlier runs' questions are read from their files off the GUI thread; the buttons stay
    // disabled meanwhile (setRunning).
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this,
            [this, watcher, index, kind, pipeline = QPointer<InterviewPipeline>(m_pipeline)] {
                watcher->deleteLater();
                if (!pipeline || pipeline != m_pipeline) {
                    setRunning(false);
                    return;
                }
                startMore(index, kind, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(earlierQuestions, m_sessionDirectory, sha,
                                         m_pipeline->state().skills.at(index).name, m_sessionId, 3));
}

void RunPage::startMore(int index, FollowUp kind, const QStringList &earlier)
{
    m_pipeline->askMore(index, kind, earlier);
    if (!m_pipeline->isRunning()) {
        // The pipeline refused (the skill is busy or has no questions): nothing will finish.
        m_progress->finishRun(m_lastSummary);
        setRunning(false);
    }
}

void RunPage::setAttempts(const QList<PracticeAttempt> &attempts)
{
    showAttempts(attempts);
}

void RunPage::showAttempts(const QList<PracticeAttempt> &attempts)
{
    m_attempts = attempts;
    m_results->setAttempts(attempts);
    if (m_session)
        m_session->setAttempts(attempts);
    if (m_progressView && m_progressView->isVisible())
        m_progressView->setAttempts(shownRun(), attempts);
}

void RunPage::forgetPractice()
{
    // Another run is shown: its practice views go (the attempts are saved with their run).
    m_attempts.clear();
    m_gradingId.clear();
    delete m_session.data();
    delete m_progressView.data();
}

void RunPage::showGrading(const QString &gradingId)
{
    m_gradingId = gradingId;
    m_results->setPracticeGrading(gradingId);
    if (m_session)
        m_session->setGrading(gradingId);
}

RunState RunPage::shownRun() const
{
    RunState run;
    if (m_pipeline)
        run = m_pipeline->state();
    run.skills.clear();
    for (int i = 0; i < m_results->count(); ++i) {
        SkillResult skill = m_results->section(i)->result();
        skill.questions = m_results->section(i)->questions(); // with those streamed in since
        run.skills.append(skill);
    }
    return run;
}

PracticeSessionDialog *RunPage::practiceSession() const
{
    return m_session.data();
}

ProgressDialog *RunPage::progressView() const
{
    return m_progressView.data();
}

void RunPage::setVoice(VoiceService *voice)
{
    m_voice = voice;
    m_results->setVoice(voice);
}

void RunPage::startPracticeSession()
{
    if (!m_session) {
        auto *dialog = new PracticeSessionDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PracticeSessionDialog::submitted, this, &RunPage::submitPractice);
        connect(dialog, &PracticeSessionDialog::regradeRequested, this, &RunPage::regradePractice);
        connect(dialog, &PracticeSessionDialog::stopRequested, this, [this] {
            if (m_practice)
                m_practice->cancel();
        });
        m_session = dialog;
        dialog->setVoice(m_voice);
        dialog->setRun(shownRun());
        dialog->setAttempts(m_attempts);
        dialog->setGrading(m_gradingId);
    }
    m_session->show();
    m_session->raise();
    m_session->activateWindow();
}

void RunPage::showPracticeProgress()
{
    if (!m_progressView) {
        auto *dialog = new ProgressDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_progressView = dialog;
    }
    m_progressView->setAttempts(shownRun(), m_attempts);
    m_progressView->show();
    m_progressView->raise();
    m_progressView->activateWindow();
}

void RunPage::attachPractice(Practice *practice)
{
    if (m_practice)
        disconnect(m_practice, nullptr, this, nullptr);
    m_practice = practice;
    if (!practice)
        return;
    showAttempts(practice->attempts());
    connect(practice, &Practice::attemptChanged, this, [this] {
        if (m_practice) {
            showAttempts(m_practice->attempts());
            showGrading(m_practice->gradingId());
        }
    });
    connect(practice, &Practice::graded, this, [this](const PracticeAttempt &attempt) {
        showGrading({});
        Q_EMIT notice(attempt.grade.dontKnow ? tr("Here is what a strong answer covers.")
                                             : tr("Your answer scored %1 out of 10.").arg(attempt.grade.overall));
    });
    connect(practice, &Practice::failed, this, [this](const QString &, const QString &message, bool stopped) {
        showGrading({});
        if (stopped)
            Q_EMIT practiceStopped(message);
        else
            Q_EMIT notice(message);
    });
    connect(practice, &Practice::waiting, this, [this](const QString &provider, qint64 ms, const QString &) {
        Q_EMIT notice(tr("Grading waits about %n s for %1.", nullptr, int((ms + 999) / 1000)).arg(provider));
    });
}

Practice *RunPage::practiceFor(int index, int questionIndex)
{
    if (m_practice)
        return m_practice;
    if (m_practiceSource) {
        auto made = m_practiceSource();
        if (made.isOk())
            return made.value(); // attachPractice ran when it was made
        SkillSectionWidget *section = m_results->section(index);
        QuestionRow *row = section ? section->questionRow(questionIndex) : nullptr;
        if (row && row->practicePanel())
            row->practicePanel()->showProblem(made.error());
    }
    return nullptr;
}

std::optional<GradeInput> RunPage::gradeInput(Practice *practice, int index, int questionIndex, const QString &parentId,
                                              const QString &answer) const
{
    SkillSectionWidget *section = m_results->section(index);
    if (!section || questionIndex < 0 || questionIndex >= section->questions().size())
        return std::nullopt;
    if (parentId.isEmpty())
        return gradeInputFor(section->result(), section->questions().at(questionIndex), answer);
    const PracticeAttempt *parent = findAttempt(practice->attempts(), parentId);
    if (!parent)
        return std::nullopt;
    return followUpInputFor(section->result(), *parent, answer);
}

void RunPage::submitPractice(int index, int questionIndex, const QString &answer, bool dontKnow,
                             const QString &parentId)
{
    Practice *practice = practiceFor(index, questionIndex);
    if (!practice)
        return;
    auto input = gradeInput(practice, index, questionIndex, parentId, answer);
    if (!input)
        return;
    input->dontKnow = dontKnow;
    if (m_voice) {
        const QString recording = m_voice->takePendingRecording(); // taken either way: it is this answer's
        if (!dontKnow)
            input->recording = recording;
    }
    if (!practice->submit(*input).isEmpty())
        showGrading(practice->gradingId());
}

void RunPage::regradePractice(int index, int questionIndex, const QString &attemptId)
{
    Practice *practice = practiceFor(index, questionIndex);
    if (!practice)
        return;
    const PracticeAttempt *attempt = findAttempt(practice->attempts(), attemptId);
    if (!attempt)
        return;
    const auto input = gradeInput(practice, index, questionIndex, attempt->parentId, attempt->answer);
    if (input && practice->regrade(attemptId, *input))
        showGrading(practice->gradingId());
}

void RunPage::retryFailed()
{
    if (!m_pipeline || m_running)
        return;
    QList<int> failed;
    for (int i = 0; i < m_results->count(); ++i)
        if (m_results->section(i)->result().state == SkillState::Failed)
            failed << i;
    if (failed.isEmpty())
        return;
    m_progress->resumeRun();
    setRunning(true);
    for (int i : std::as_const(failed))
        m_pipeline->regenerateSkill(i);
    if (!m_pipeline->isRunning()) {
        m_progress->finishRun(m_lastSummary);
        setRunning(false);
    }
}

void RunPage::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    m_results->setActionsEnabled(!running);
    m_results->setJobGapsPending(running);
    Q_EMIT runningChanged(running);
}

} // namespace ip
