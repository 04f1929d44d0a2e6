// MainWindow: opening resumes (dialog, drop, recent files), the run's outcome in the banner,
// saving and copying the report.

#include "AppContext.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ResultsView.h"
#include "ResumeDrop.h"
#include "RunPage.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/RunOutcome.h"
#include "report/Report.h"
#include "run/RunService.h"
#include "session/ContinuePlan.h"
#include "session/SessionStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace ip {
namespace {

const auto kSaveDirKey = QStringLiteral("window/lastSaveDirectory");
const auto kOpenDirKey = QStringLiteral("window/lastOpenDirectory");

} // namespace

// --- Opening a resume -----------------------------------------------------------------------

void MainWindow::chooseResume()
{
    const QString dir = QSettings()
                            .value(kOpenDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QStringList patterns;
    for (const QString &suffix : ResumeDrop::suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList filters = { tr("Resumes (%1)").arg(patterns.join(QLatin1Char(' '))), tr("PDF (*.pdf)"),
                                  tr("Text (*.txt *.md *.markdown)") };
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
        if (m_stack->currentWidget() == m_emptyPage)
            m_dropZone->setRefusal(verdict.refusal);
        else
            m_banner->showMessage(verdict.refusal, { ErrorBanner::Action::ChooseFile }, ErrorBanner::Level::Warning);
        return;
    }
    if (!m_runPage->isRunning()) {
        startRun(verdict.path);
        return;
    }
    const QString current = QFileInfo(m_currentPath).fileName();
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

void MainWindow::startRun(const QString &path)
{
    Run *run = beginRun(m_context.createRun(path, this), path, QString());
    if (!run)
        return;
    addRecentFile(path);
    run->start();
}

Run *MainWindow::beginRun(Result<Run *, QString> created, const QString &path, const QString &sourceFile)
{
    m_dropZone->setRefusal({});
    m_banner->dismiss();
    if (created.isError()) {
        m_banner->showMessage(created.error(), { ErrorBanner::Action::OpenSettings }, ErrorBanner::Level::Error);
        return nullptr;
    }
    dropRun();
    m_openedSession.reset();
    m_run = created.value();
    m_currentPath = path;
    m_readingFailed = true; // until the resume is read
    connect(m_run, &Run::saveFailed, this, [this](const QString &message) {
        m_banner->showMessage(tr("This run is not being saved: %1").arg(message), {}, ErrorBanner::Level::Warning);
    });
    InterviewPipeline *pipeline = m_run->pipeline();
    connect(pipeline, &InterviewPipeline::resumeLoaded, this, [this] { m_readingFailed = false; });
    connect(pipeline, &InterviewPipeline::skillsExtracted, this, &MainWindow::updateActions);
    connect(pipeline, &InterviewPipeline::skillUpdated, this, &MainWindow::updateActions);
    m_runPage->attach(pipeline, path.isEmpty() ? sourceFile : QFileInfo(path).fileName());
    m_stack->setCurrentWidget(m_runPage);
    retranslate();
    updateActions();
    return m_run;
}

void MainWindow::dropRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->pipeline()->disconnect(this);
    m_run->pipeline()->cancel();
    m_run->deleteLater();
    m_run.clear();
}

// --- Saved runs -----------------------------------------------------------------------------

const RunState *MainWindow::shownState() const
{
    if (m_run)
        return &m_run->pipeline()->state();
    if (m_openedSession)
        return &m_openedSession->run;
    return nullptr;
}

std::optional<Session> MainWindow::shownSession() const
{
    if (m_run) {
        if (!m_run->recorder())
            return std::nullopt;
        return m_run->session();
    }
    return m_openedSession;
}

HistoryDialog *MainWindow::historyDialog() const
{
    return m_historyDialog.data();
}

void MainWindow::showHistory()
{
    SessionStore *store = m_context.sessionStore();
    if (!store)
        return;
    if (m_historyDialog) {
        m_historyDialog->refresh();
        m_historyDialog->raise();
        m_historyDialog->activateWindow();
        return;
    }
    m_historyDialog = new HistoryDialog(*store, m_context.resultCache(), this);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_historyDialog, &HistoryDialog::openRequested, this, [this](const QString &id) {
        m_historyDialog->close();
        openSession(id);
    });
    connect(m_historyDialog, &HistoryDialog::continueRequested, this, [this](const QString &id) {
        m_historyDialog->close();
        continueSession(id);
    });
    connect(store, &SessionStore::historyChanged, this, &MainWindow::updateActions);
    m_historyDialog->open();
}

void MainWindow::openSession(const QString &id)
{
    loadSessionThen(id, false, [this](const Session &session) { showSession(session); });
}

void MainWindow::loadSessionThen(const QString &id, bool continuing, const std::function<void(const Session &)> &then)
{
    SessionStore *store = m_context.sessionStore();
    if (!store)
        return;
    auto loaded = store->load(id);
    if (loaded.isError()) {
        m_banner->showMessage(loaded.error().message, {}, ErrorBanner::Level::Error);
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
                     text.arg(QFileInfo(m_currentPath).fileName(), loaded.value().run.sourceFile),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [then, session = loaded.value()](QMessageBox::StandardButton answer) {
                         if (answer == QMessageBox::Yes)
                             then(session);
                     });
}

void MainWindow::showSession(const Session &session)
{
    dropRun();
    m_banner->dismiss();
    Session shown = session;
    // Saved "in progress" by a process that is gone: its unfinished skills were interrupted.
    if (shown.meta.outcome == SessionOutcome::InProgress)
        settleInterruptedRun(shown.run);
    m_openedSession = shown;
    m_currentPath = session.meta.resumePath;
    m_readingFailed = false;
    const RunSummary summary = summariseRun(shown.run, shown.meta.outcome == SessionOutcome::Cancelled);
    m_runPage->showSaved(shown.run, summary);
    m_stack->setCurrentWidget(m_runPage);
    retranslate();
    updateActions();
    if (shown.canContinue())
        m_banner->showMessage(tr("This run stopped before every skill had questions. Continue it to request only "
                                 "what is missing (Run ▸ Continue Run)."),
                              {}, ErrorBanner::Level::Info);
    showNotice(tr("Opened the saved run of “%1”.").arg(shown.run.sourceFile));
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
    if (!session.canContinue()) {
        showSession(session);
        return;
    }
    Run *run = beginRun(m_context.createContinuation(session, this), session.meta.resumePath, session.run.sourceFile);
    if (!run)
        return;
    run->start();
}

void MainWindow::cancelRun()
{
    m_runPage->cancel();
}

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
    const QString runError = m_run ? m_run->pipeline()->state().error : QString();
    switch (summary.outcome) {
    case RunSummary::Outcome::Failed: {
        const QString message = !runError.isEmpty() ? runError : summary.message;
        if (m_readingFailed)
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
    case ErrorBanner::Action::UseOllama: useOllama(m_ollamaModels); break;
    case ErrorBanner::Action::Retry:
        if (m_run && !m_readingFailed && m_runPage->results()->count() > 0 && !m_runPage->isRunning()) {
            m_banner->dismiss();
            m_runPage->retryFailed();
        } else if (!m_currentPath.isEmpty()) {
            openResume(m_currentPath);
        }
        break;
    }
}

// --- Report ---------------------------------------------------------------------------------

void MainWindow::saveReport()
{
    if (!shownState() || shownState()->skills.isEmpty())
        return;
    const RunState &state = *shownState();
    const QDateTime when = state.generatedAt.isValid() ? state.generatedAt : QDateTime::currentDateTime();
    const QString name = defaultReportFileName(state.sourceFile, when, ReportFormat::Text);
    const QString dir = QSettings()
                            .value(kSaveDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QStringList filters = { tr("Text report (*.txt)"), tr("Markdown (*.md)"), tr("JSON (*.json)") };
    FileDialogs::saveFile(
        this, tr("Save report"), QDir(dir).filePath(name), filters, filters.first(),
        [this, filters](const QString &chosen, const QString &filter) {
            if (chosen.isEmpty() || !shownState())
                return;
            QString path = chosen;
            auto format = reportFormatFromName(QFileInfo(path).suffix());
            const bool addSuffix = !format.has_value();
            if (!format) {
                const auto i = filters.indexOf(filter);
                format = i == 1 ? ReportFormat::Markdown : i == 2 ? ReportFormat::Json : ReportFormat::Text;
                path += QLatin1Char('.') + fileExtension(*format);
            }
            auto write = [this, path, format] {
                if (!shownState())
                    return;
                const auto written = writeReport(path, *shownState(), *format);
                if (written.isError()) {
                    m_banner->showMessage(written.error(), {}, ErrorBanner::Level::Error);
                    return;
                }
                QSettings().setValue(kSaveDirKey, QFileInfo(path).absolutePath());
                showNotice(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)));
            };
            // The dialog confirmed replacing the name it returned; a suffix added here needs its own question.
            if (addSuffix && QFileInfo::exists(path)) {
                Prompt::question(this, tr("Replace the file?"),
                                 tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                                 [write](QMessageBox::StandardButton answer) {
                                     if (answer == QMessageBox::Yes)
                                         write();
                                 });
                return;
            }
            write();
        });
}

void MainWindow::copyAllAsMarkdown()
{
    if (!shownState() || shownState()->skills.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(renderMarkdown(*shownState())));
    showNotice(tr("Copied every question to the clipboard, as Markdown."));
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

// --- Drag and drop --------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const DropVerdict verdict = ResumeDrop::checkMime(event->mimeData(), m_context.settings().maxFileBytes);
    m_dragAccepted = verdict.isAccepted();
    if (!m_dragAccepted) {
        // Refused: say why right away, where the user is looking.
        if (m_stack->currentWidget() == m_emptyPage)
            m_dropZone->setRefusal(verdict.refusal);
        else
            statusBar()->showMessage(verdict.refusal, 8000);
        event->ignore();
        return;
    }
    m_dropZone->setHighlighted(true);
    if (m_stack->currentWidget() != m_emptyPage)
        statusBar()->showMessage(tr("Release to read “%1”").arg(QFileInfo(verdict.path).fileName()));
    event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_dragAccepted)
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragAccepted = false;
    m_dropZone->setHighlighted(false);
    statusBar()->clearMessage();
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropZone->setHighlighted(false);
    m_dragAccepted = false;
    statusBar()->clearMessage();
    const DropVerdict verdict = ResumeDrop::checkMime(event->mimeData(), m_context.settings().maxFileBytes);
    if (!verdict.isAccepted()) {
        if (m_stack->currentWidget() == m_emptyPage)
            m_dropZone->setRefusal(verdict.refusal);
        else
            m_banner->showMessage(verdict.refusal, { ErrorBanner::Action::ChooseFile }, ErrorBanner::Level::Warning);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openResume(verdict.path);
}

} // namespace ip
