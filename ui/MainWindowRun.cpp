// MainWindow: opening resumes and saved runs (asking before one replaces a run still going on),
// the run's outcome in the banner and the status bar.

#include "AppContext.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "HistoryOpener.h"
#include "JobDialog.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "RecentFiles.h"
#include "ReportExporter.h"
#include "ResultsView.h"
#include "ResumeDrop.h"
#include "RunController.h"
#include "RunPage.h"
#include "SentRequestsDialog.h"
#include "StudyDialog.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/RunOutcome.h"
#include "run/RunService.h"
#include "session/SessionStore.h"

#include <QFileInfo>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace ip {
namespace {

const auto kOpenDirKey = QStringLiteral("window/lastOpenDirectory");

} // namespace

// --- Opening resumes and saved runs ---------------------------------------------------------

void MainWindow::chooseResume()
{
    const QString dir = QSettings()
                            .value(kOpenDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QStringList patterns;
    for (const QString &suffix : ResumeDrop::suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList filters = { tr("Resumes (%1)").arg(patterns.join(QLatin1Char(' '))), tr("PDF (*.pdf)"),
                                  tr("Text (*.txt *.md *.markdown)"), tr("Scans and photos (*.png *.jpg *.jpeg)") };
    FileDialogs::openFile(this, tr("Open resume"), dir, filters, [this](const QString &path) {
        if (path.isEmpty())
            return;
        QSettings().setValue(kOpenDirKey, QFileInfo(path).absolutePath());
        openResume(path);
    });
}

void MainWindow::openResume(const QString &path)
{
    if (!m_context.keysKnown()) {
        m_pendingResume = path; // the run starts once the keychain has answered
        return;
    }
    const DropVerdict verdict = ResumeDrop::checkFile(path, m_context.settings().maxFileBytes);
    if (!verdict.isAccepted()) {
        showRefusal(verdict.refusal);
        return;
    }
    if (!m_runPage->isRunning()) {
        startRun(verdict.path);
        return;
    }
    const QString current = QFileInfo(m_controller->currentPath()).fileName();
    Prompt::question(this, tr("Replace the current run?"),
                     tr("Questions for “%1” are still being written. Stop that run and read “%2” instead? "
                        "What was written so far is discarded unless you saved it.")
                         .arg(current, QFileInfo(verdict.path).fileName()),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [this, path = verdict.path](QMessageBox::StandardButton answer) {
                         if (answer == QMessageBox::Yes)
                             startRun(path);
                     });
}

void MainWindow::showRefusal(const QString &refusal)
{
    if (m_stack->currentWidget() == m_emptyPage)
        m_dropZone->setRefusal(refusal);
    else
        m_banner->showMessage(refusal, { ErrorBanner::Action::ChooseFile }, ErrorBanner::Level::Warning);
}

void MainWindow::clearMessages()
{
    m_dropZone->setRefusal({});
    m_banner->dismiss();
}

QString MainWindow::jobDescription() const
{
    return m_controller->jobDescription();
}

void MainWindow::setJobDescription(const QString &text)
{
    m_controller->setJobDescription(text);
    m_dropZone->setJob(m_controller->jobDescription());
}

JobDialog *MainWindow::jobDialog() const
{
    return m_jobDialog.data();
}

void MainWindow::showJobDialog()
{
    if (m_jobDialog) {
        m_jobDialog->raise();
        m_jobDialog->activateWindow();
        return;
    }
    auto *dialog = new JobDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(jobDescription());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setJobDescription(dialog->text());
        if (m_stack->currentWidget() != m_emptyPage)
            showNotice(tr("The next runs target the job “%1”.").arg(DropZone::jobTitle(jobDescription())));
    });
    m_jobDialog = dialog;
    dialog->open();
}

void MainWindow::startRun(const QString &path)
{
    clearMessages();
    if (m_controller->start(path))
        m_recent->add(path);
}

void MainWindow::onRunStarted(const QString &fileName)
{
    InterviewPipeline *pipeline = m_controller->pipeline();
    delete m_sendPreview; // of a run that was replaced
    if (m_sentLog)
        m_sentLog->setLog({});
    connect(pipeline, &InterviewPipeline::approvalNeeded, this, &MainWindow::showSendPreview);
    connect(pipeline, &InterviewPipeline::requestSent, this, [this](const SentRequest &request) {
        if (m_sentLog)
            m_sentLog->append(request);
        updateActions();
    });
    connect(pipeline, &InterviewPipeline::finished, this, [this] { delete m_sendPreview; });
    m_runPage->attach(pipeline, fileName);
    m_runPage->setAttempts(m_controller->attempts()); // a continued run keeps its practice
    const SessionStore *store = m_context.sessionStore();
    m_runPage->setHistory(store ? store->directory() : QString(),
                          m_controller->run() ? m_controller->run()->sessionId() : QString());
    m_stack->setCurrentWidget(m_runPage);
    retranslate();
    updateActions();
}

void MainWindow::showSendPreview(const SentRequest &request)
{
    delete m_sendPreview;
    auto *dialog = new SendPreviewDialog(request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_sendPreview = dialog;
    QPointer<InterviewPipeline> pipeline = m_controller->pipeline();
    connect(dialog, &QDialog::finished, this, [this, pipeline, provider = request.provider](int result) {
        if (!pipeline || pipeline != m_controller->pipeline())
            return;
        if (result == QDialog::Accepted)
            pipeline->approveSending(provider);
        else
            cancelRun();
    });
    dialog->open();
}

void MainWindow::showSentLog()
{
    InterviewPipeline *pipeline = m_controller->pipeline();
    if (!m_sentLog) {
        m_sentLog = new SentLogDialog(this);
        m_sentLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sentLog->setLog(pipeline ? pipeline->sentLog() : QList<SentRequest>());
    m_sentLog->show();
    m_sentLog->raise();
    m_sentLog->activateWindow();
}

void MainWindow::showHistory()
{
    m_history->show();
}

StudyDialog *MainWindow::studyDialog() const
{
    return m_studyDialog;
}

void MainWindow::showStudy()
{
    SessionStore *sessions = m_context.sessionStore();
    if (!sessions)
        return;
    if (!m_studyDialog) {
        m_studyDialog = new StudyDialog(m_context.studyDeckPath(), sessions->directory(), this);
        m_studyDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Autosaves still queued belong in the deck too (a run just finished, an answer just graded).
    (void)sessions->flush();
    m_studyDialog->refresh();
    m_studyDialog->show();
    m_studyDialog->raise();
    m_studyDialog->activateWindow();
}

void MainWindow::openSession(const QString &id)
{
    loadSessionThen(id, false, [this](const Session &session) { m_controller->open(session); });
}

void MainWindow::loadSessionThen(const QString &id, bool continuing, const std::function<void(const Session &)> &then)
{
    auto loaded = m_controller->load(id);
    if (loaded.isError()) {
        if (!loaded.error().isEmpty())
            m_banner->showMessage(loaded.error(), {}, ErrorBanner::Level::Error);
        return;
    }
    if (!m_runPage->isRunning()) {
        then(loaded.value());
        return;
    }
    const QString text = continuing
        ? tr("Questions for “%1” are still being written. Stop that run (it stays in the history) and "
             "continue the saved run of “%2” instead?")
        : tr("Questions for “%1” are still being written. Stop that run (it stays in the history) and "
             "show the saved run of “%2” instead?");
    Prompt::question(this, tr("Replace the current run?"),
                     text.arg(QFileInfo(m_controller->currentPath()).fileName(), loaded.value().run.sourceFile),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [then, session = loaded.value()](QMessageBox::StandardButton answer) {
                         if (answer == QMessageBox::Yes)
                             then(session);
                     });
}

void MainWindow::onSessionOpened(const Session &session, const RunSummary &summary)
{
    m_banner->dismiss();
    m_runPage->showSaved(session.run, summary);
    m_runPage->setAttempts(session.attempts);
    m_stack->setCurrentWidget(m_runPage);
    retranslate();
    updateActions();
    if (session.canContinue())
        m_banner->showMessage(tr("This run stopped before every skill had questions. Continue it to request only "
                                 "what is missing (Run ▸ Continue Run)."),
                              {}, ErrorBanner::Level::Info);
    showNotice(tr("Opened the saved run of “%1”.").arg(session.run.sourceFile));
}

void MainWindow::continueSession(const QString &id)
{
    loadSessionThen(id, true, [this](const Session &session) { continueWith(session); });
}

void MainWindow::continueShownRun()
{
    if (m_runPage->isRunning())
        return;
    if (const auto session = shownSession(); session && session->canContinue())
        continueWith(*session);
}

void MainWindow::continueWith(const Session &session)
{
    if (session.canContinue())
        clearMessages(); // (a saved run that has nothing to continue is opened, which clears the banner)
    m_controller->continueSession(session);
}

void MainWindow::cancelRun()
{
    m_runPage->cancel();
}

void MainWindow::saveReport()
{
    m_report->save();
}

void MainWindow::copyAllAsMarkdown()
{
    m_report->copyAllAsMarkdown();
}

// --- The run's outcome ----------------------------------------------------------------------

void MainWindow::onRunFinished(const RunSummary &summary)
{
    updateActions();
    showBannerFor(summary);
    if (summary.outcome == RunSummary::Outcome::Complete)
        showNotice(summary.skillsDone == 1 ? tr("Done: 1 skill with questions.")
                                           : tr("Done: %n skills with questions.", nullptr, summary.skillsDone));
}

void MainWindow::showBannerFor(const RunSummary &summary)
{
    const QString runError = m_controller->runError();
    switch (summary.outcome) {
    case RunSummary::Outcome::Failed: {
        const QString message = !runError.isEmpty() ? runError : summary.message;
        if (m_controller->readingFailed())
            m_banner->showMessage(message, { ErrorBanner::Action::ChooseFile, ErrorBanner::Action::Retry });
        else
            m_banner->showMessage(message, { ErrorBanner::Action::OpenSettings, ErrorBanner::Action::Retry });
        break;
    }
    case RunSummary::Outcome::Partial:
        if (!runError.isEmpty())
            m_banner->showMessage(runError, { ErrorBanner::Action::OpenSettings, ErrorBanner::Action::Retry },
                                  ErrorBanner::Level::Warning);
        break;
    case RunSummary::Outcome::Complete:
    case RunSummary::Outcome::Cancelled: break;
    }
}

void MainWindow::onBannerAction(int action)
{
    switch (ErrorBanner::Action(action)) {
    case ErrorBanner::Action::OpenSettings: showSettings(); break;
    case ErrorBanner::Action::ChooseFile: chooseResume(); break;
    case ErrorBanner::Action::Retry:
        if (m_controller->run() && !m_controller->readingFailed() && m_runPage->results()->count() > 0
            && !m_runPage->isRunning()) {
            m_banner->dismiss();
            m_runPage->retryFailed();
        } else if (!m_controller->currentPath().isEmpty()) {
            openResume(m_controller->currentPath());
        }
        break;
    }
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

} // namespace ip
