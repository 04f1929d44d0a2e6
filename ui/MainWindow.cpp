#include "MainWindow.h"

#include "AppContext.h"
#include "CoreAppContext.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FirstRunPanel.h"
#include "HistoryOpener.h"
#include "ProgressPanel.h"
#include "RecentFiles.h"
#include "ReportExporter.h"
#include "ResultsView.h"
#include "ResumeDrop.h"
#include "RunController.h"
#include "RunPage.h"
#include "SettingsDialog.h"
#include "StudyDialog.h"
#include "VoiceService.h"
#include "common/AppInfo.h"
#include "net/UrlPolicy.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace ip {
namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kSplitterKey = QStringLiteral("window/splitter");

} // namespace

static_assert(MainWindow::kMaxRecentFiles == RecentFiles::kMaxFiles);

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_controller(new RunController(context, this))
    , m_recent(new RecentFiles(this))
    , m_report(new ReportExporter(this, [this] { return shownState(); }))
    , m_history(new HistoryOpener(context, this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(m_stack))
    , m_firstRun(new FirstRunPanel(m_emptyPage))
    , m_dropZone(new DropZone(m_emptyPage))
    , m_runPage(new RunPage(m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon::fromTheme(QString::fromLatin1(appinfo::kApplicationName), windowIcon()));

    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(16, 16, 16, 16);
    emptyLayout->setSpacing(12);
    auto *firstRunRow = new QHBoxLayout;
    firstRunRow->addStretch(1);
    firstRunRow->addWidget(m_firstRun, 100);
    firstRunRow->addStretch(1);
    emptyLayout->addLayout(firstRunRow);
    emptyLayout->addWidget(m_dropZone, 1);
    m_firstRun->hide();

    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_runPage);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(12, 8, 12, 0);
    bannerBox->addWidget(m_banner);
    layout->addLayout(bannerBox);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(true);
    m_offlineIndicator = new QLabel(this);
    m_offlineIndicator->setObjectName(QStringLiteral("offlineIndicator"));
    m_offlineIndicator->hide();
    statusBar()->addPermanentWidget(m_offlineIndicator);

    createActions();
    createMenus();
    m_runPage->results()->addBarAction(m_continueAction);
    m_runPage->results()->addBarAction(m_copyAllAction);
    m_runPage->results()->addBarAction(m_saveAction);

    connect(m_dropZone, &DropZone::openRequested, this, &MainWindow::chooseResume);
    connect(m_dropZone, &DropZone::recentFileRequested, this, &MainWindow::openResume);
    connect(m_dropZone, &DropZone::jobRequested, this, &MainWindow::showJobDialog);
    connect(m_dropZone, &DropZone::jobRemoveRequested, this, [this] { setJobDescription({}); });
    connect(m_dropZone, &DropZone::runOptionsChanged, this, [this](const QString &level, bool review) {
        Settings s = m_context.settings();
        s.targetLevel = level;
        s.reviewSkills = review;
        m_context.saveSettings(s);
    });
    connect(m_firstRun, &FirstRunPanel::openSettingsRequested, this, &MainWindow::showSettings);
    connect(m_firstRun, &FirstRunPanel::useLocalServerRequested, this, &MainWindow::useLocalServer);
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this](ErrorBanner::Action a) { onBannerAction(int(a)); });
    connect(m_runPage, &RunPage::runningChanged, this, &MainWindow::updateActions);
    connect(m_runPage, &RunPage::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runPage, &RunPage::notice, this, &MainWindow::showNotice);
    connect(m_runPage, &RunPage::practiceStopped, this,
            [this](const QString &message) { m_banner->showMessage(message, {}, ErrorBanner::Level::Error); });
    m_runPage->setPracticeSource([this] { return m_controller->practice(); });
    m_report->setAttemptsSource([this] { return m_controller->attempts(); });
    connect(m_controller, &RunController::practiceCreated, m_runPage, &RunPage::attachPractice);

    connect(m_controller, &RunController::runStarted, this, &MainWindow::onRunStarted);
    connect(m_controller, &RunController::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(m_controller, &RunController::resultsChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RunController::runRefused, this, [this](const QString &message) {
        m_banner->showMessage(message, { ErrorBanner::Action::OpenSettings }, ErrorBanner::Level::Error);
    });
    connect(m_controller, &RunController::saveFailed, this, [this](const QString &message) {
        m_banner->showMessage(tr("This run is not being saved: %1").arg(message), {}, ErrorBanner::Level::Warning);
    });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_report, &ReportExporter::notice, this, &MainWindow::showNotice);
    connect(m_report, &ReportExporter::failed, this,
            [this](const QString &message) { m_banner->showMessage(message, {}, ErrorBanner::Level::Error); });
    connect(m_history, &HistoryOpener::openRequested, this, &MainWindow::openSession);
    connect(m_history, &HistoryOpener::continueRequested, this, &MainWindow::continueSession);
    connect(m_history, &HistoryOpener::historyChanged, this, &MainWindow::updateActions);

    connect(&m_context, &AppContext::keysChanged, this, &MainWindow::updateFirstRun);
    // Voice (issue 17): read aloud and spoken answers; a problem (no speech engine) shows in the banner.
    m_voice = new VoiceService(m_context, this);
    m_runPage->setVoice(m_voice);
    connect(m_voice, &VoiceService::problem, this,
            [this](const QString &message) { m_banner->showMessage(message, {}, ErrorBanner::Level::Warning); });
    // "Delete everything": the study deck goes too, so its open connection closes first.
    connect(&m_context, &AppContext::storedDataDeleting, this, [this] { delete m_studyDialog.data(); });
    // A resume opened before the keychain answered (from the command line, at start) waits for it.
    connect(&m_context, &AppContext::keysChanged, this, [this] {
        if (m_context.keysKnown() && !m_pendingResume.isEmpty())
            openResume(std::exchange(m_pendingResume, QString()));
    });
    connect(&m_context, &AppContext::keySaved, this, [this](const KeyResult &result) {
        if (result.problem == KeyProblem::NoKeychain)
            m_banner->showMessage(result.message, {}, ErrorBanner::Level::Warning);
        else if (result.problem != KeyProblem::None)
            m_banner->showMessage(result.message, { ErrorBanner::Action::OpenSettings }, ErrorBanner::Level::Error);
    });
    connect(&m_context, &AppContext::localServersProbed, m_firstRun, &FirstRunPanel::setLocalServers);

    m_dropZone->setMaxFileBytes(m_context.settings().maxFileBytes);
    m_dropZone->setRunOptions(m_context.settings().targetLevel, m_context.settings().reviewSkills);
    m_runPage->setPrices(m_context.settings().prices);
    retranslate();
    restoreState();
    updateActions();
    updateFirstRun();
}

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(*new CoreAppContext, parent)
{
    m_ownedContext.reset(&m_context);
}

MainWindow::~MainWindow()
{
    // Everything that may hold a provider (runs, old runs awaiting deletion, the settings dialog's
    // model lists) ends before the context and its network transport go.
    delete m_settingsDialog.data();
    delete m_controller;
}

void MainWindow::setClock(Clock *clock)
{
    m_runPage->progress()->setClock(clock);
}

InterviewPipeline *MainWindow::pipeline() const
{
    return m_controller->pipeline();
}

const RunState *MainWindow::shownState() const
{
    return m_controller->shownState();
}

std::optional<Session> MainWindow::shownSession() const
{
    return m_controller->shownSession();
}

HistoryDialog *MainWindow::historyDialog() const
{
    return m_history->dialog();
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->paths();
}

bool MainWindow::isRunning() const
{
    return m_runPage->isRunning();
}
// --- First run ------------------------------------------------------------------------------

void MainWindow::updateFirstRun()
{
    const Settings s = m_context.settings();
    m_offlineIndicator->setVisible(s.offlineMode);
    if (!m_context.keysKnown())
        return;
    const bool needsKey = !s.offlineMode && !isLocalEndpoint(s.groqBaseUrl)
        && m_context.keySource(AppContext::groqId()) == KeySource::None;
    m_firstRun->setVisible(needsKey);
    if (needsKey && !m_localServersProbed) {
        m_localServersProbed = true;
        m_context.probeLocalServers();
    }
}

void MainWindow::useLocalServer(const LocalServer &server)
{
    const QString model = server.chatModel();
    if (model.isEmpty())
        return;
    // Offline mode: the cloud settings stay as they are for when it is switched off.
    Settings s = m_context.settings();
    s.offlineMode = true;
    s.localBaseUrl = server.baseUrl;
    s.localModel = model;
    m_context.saveSettings(s);
    updateFirstRun();
    //: %1 a server's name (Ollama, LM Studio, …), %2 its model
    m_banner->showMessage(
        tr("Offline mode is on: skills and questions come from %1 on this computer (model %2) and "
           "nothing leaves this computer. Switch it off in Settings ▸ Privacy to use Groq and Gemini.")
            .arg(server.name, model),
        { ErrorBanner::Action::OpenSettings }, ErrorBanner::Level::Info);
}

// --- Settings -------------------------------------------------------------------------------

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_context, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &QDialog::finished, this, [this](int result) {
        m_dropZone->setMaxFileBytes(m_context.settings().maxFileBytes);
        m_dropZone->setRunOptions(m_context.settings().targetLevel, m_context.settings().reviewSkills);
        m_runPage->setPrices(m_context.settings().prices);
        updateFirstRun();
        if (result == QDialog::Accepted && m_banner->actions().contains(ErrorBanner::Action::OpenSettings)
            && !m_runPage->isRunning())
            m_banner->dismiss();
    });
    m_settingsDialog->open();
}
// --- Window state ---------------------------------------------------------------------------

void MainWindow::restoreState()
{
    QSettings settings;
    rebuildRecentMenu();
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 760);
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    m_runPage->splitter()->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_runPage->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_runPage->isRunning())
        m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
        showRefusal(verdict.refusal);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openResume(verdict.path);
}

} // namespace ip
