#include "MainWindow.h"

#include "AppContext.h"
#include "CoreAppContext.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "FirstRunPanel.h"
#include "HistoryDialog.h"
#include "Icons.h"
#include "ProgressPanel.h"
#include "Prompt.h"
#include "ResultsView.h"
#include "ResumeDrop.h"
#include "RunPage.h"
#include "SettingsDialog.h"
#include "common/AppInfo.h"
#include "net/UrlPolicy.h"
#include "pipeline/InterviewPipeline.h"
#include "report/Report.h"
#include "run/RunService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace ip {
namespace {

const auto kRecentKey = QStringLiteral("window/recentFiles");
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kSplitterKey = QStringLiteral("window/splitter");

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
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

    createActions();
    createMenus();
    m_runPage->results()->addBarAction(m_continueAction);
    m_runPage->results()->addBarAction(m_copyAllAction);
    m_runPage->results()->addBarAction(m_saveAction);

    connect(m_dropZone, &DropZone::openRequested, this, &MainWindow::chooseResume);
    connect(m_dropZone, &DropZone::recentFileRequested, this, &MainWindow::openResume);
    connect(m_firstRun, &FirstRunPanel::openSettingsRequested, this, &MainWindow::showSettings);
    connect(m_firstRun, &FirstRunPanel::useOllamaRequested, this, [this] { useOllama(m_ollamaModels); });
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this](ErrorBanner::Action a) { onBannerAction(int(a)); });
    connect(m_runPage, &RunPage::runningChanged, this, &MainWindow::updateActions);
    connect(m_runPage, &RunPage::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runPage, &RunPage::notice, this, &MainWindow::showNotice);

    connect(&m_context, &AppContext::keysChanged, this, &MainWindow::updateFirstRun);
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
    connect(&m_context, &AppContext::ollamaProbed, this, [this](const QStringList &models) {
        m_ollamaModels = models;
        m_firstRun->setOllamaModels(models);
    });

    m_dropZone->setMaxFileBytes(m_context.settings().maxFileBytes);
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
    qDeleteAll(findChildren<Run *>(Qt::FindDirectChildrenOnly));
}

void MainWindow::setClock(Clock *clock)
{
    m_runPage->progress()->setClock(clock);
}

InterviewPipeline *MainWindow::pipeline() const
{
    return m_run ? m_run->pipeline() : nullptr;
}

bool MainWindow::isRunning() const
{
    return m_runPage->isRunning();
}

// --- Actions and menus ----------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            a->setIcon(icons::themed(icon));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_openAction = make("openAction", QStringLiteral("folder-open"), QKeySequence::Open, &MainWindow::chooseResume);
    m_saveAction = make("saveAction", QStringLiteral("save"), QKeySequence::Save, &MainWindow::saveReport);
    m_copyAllAction = make("copyAllAction", QStringLiteral("copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                           &MainWindow::copyAllAsMarkdown);
    m_quitAction = make("quitAction", QString(), QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_settingsAction
        = make("settingsAction", QStringLiteral("settings"), QKeySequence::Preferences, &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    if (QKeySequence(QKeySequence::Preferences).isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_cancelAction = make("cancelAction", QStringLiteral("stop"), QKeySequence(Qt::Key_Escape), &MainWindow::cancelRun);
    m_retryAction = make("retryAction", QStringLiteral("refresh"), QKeySequence(QKeySequence::Refresh), [this] {
        if (!m_currentPath.isEmpty())
            openResume(m_currentPath);
    });
    m_historyAction = make("historyAction", QStringLiteral("history"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           &MainWindow::showHistory);
    m_continueAction = make("continueAction", QStringLiteral("play"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &MainWindow::continueShownRun);
    m_expandAllAction = make("expandAllAction", QStringLiteral("chevrons-down"), QKeySequence(),
                             [this] { m_runPage->results()->expandAll(); });
    m_collapseAllAction = make("collapseAllAction", QStringLiteral("chevrons-up"), QKeySequence(),
                               [this] { m_runPage->results()->collapseAll(); });
    m_clearRecentAction = make("clearRecentAction", QString(), QKeySequence(), [this] {
        m_recent.clear();
        QSettings().setValue(kRecentKey, m_recent);
        rebuildRecentMenu();
    });
    m_keysHelpAction = make("keysHelpAction", QStringLiteral("key"), QKeySequence(), [this] {
        m_firstRun->show();
        m_stack->setCurrentWidget(m_emptyPage);
    });
    m_aboutAction = make("aboutAction", QStringLiteral("info"), QKeySequence(), [this] {
        auto *box = new QMessageBox(this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setWindowTitle(tr("About %1").arg(QString::fromLatin1(appinfo::kDisplayName)));
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setText(
            tr("<b>%1</b> %2").arg(QString::fromLatin1(appinfo::kDisplayName), QString::fromLatin1(appinfo::kVersion)));
        box->setInformativeText(tr("Deep technical interview questions from a resume."));
        box->open();
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_historyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_copyAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_expandAllAction);
    m_viewMenu->addAction(m_collapseAllAction);

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->setObjectName(QStringLiteral("runMenu"));
    m_runMenu->addAction(m_cancelAction);
    m_runMenu->addAction(m_retryAction);
    m_runMenu->addAction(m_continueAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_keysHelpAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_currentPath.isEmpty() ? QString::fromLatin1(appinfo::kDisplayName)
                                           : tr("%1 — %2").arg(QFileInfo(m_currentPath).fileName(),
                                                               QString::fromLatin1(appinfo::kDisplayName)));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_runMenu->setTitle(tr("&Run"));
    m_helpMenu->setTitle(tr("&Help"));
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_openAction, tr("&Open Resume…"), tr("Choose a resume file (PDF, .txt or .md)"));
    set(m_saveAction, tr("&Save Report…"), tr("Save the questions as a text, Markdown or JSON report"));
    set(m_copyAllAction, tr("&Copy All as Markdown"), tr("Put every skill's questions on the clipboard, as Markdown"));
    set(m_quitAction, tr("&Quit"), tr("Close the application"));
    set(m_settingsAction, tr("&Settings…"), tr("Providers, API keys and limits"));
    set(m_cancelAction, tr("&Cancel Run"), tr("Stop the run and keep the questions written so far"));
    set(m_retryAction, tr("Run &Again"),
        tr("Read the same resume again (work already done comes from the cache; Regenerate asks anew)"));
    set(m_historyAction, tr("&History…"), tr("Saved runs: open, continue or delete them"));
    set(m_continueAction, tr("Co&ntinue Run"), tr("Finish this run: only the skills without questions are requested"));
    m_continueAction->setIconText(tr("Continue"));
    set(m_expandAllAction, tr("&Expand All"), tr("Show the questions of every skill"));
    set(m_collapseAllAction, tr("C&ollapse All"), tr("Hide the questions of every skill"));
    set(m_clearRecentAction, tr("&Clear List"), tr("Forget the recently opened resumes"));
    set(m_keysHelpAction, tr("Getting &API Keys"), tr("What the app needs and where to get keys"));
    set(m_aboutAction, tr("&About %1").arg(QString::fromLatin1(appinfo::kDisplayName)), QString());
    m_copyAllAction->setIconText(tr("Copy all"));
    m_saveAction->setIconText(tr("Save report…"));
    m_stack->setAccessibleName(tr("Main area"));
    m_banner->setAccessibleDescription(m_banner->message());
    rebuildRecentMenu();
}

void MainWindow::updateActions()
{
    const bool running = m_runPage->isRunning();
    const RunState *shown = shownState();
    const bool hasResults = shown && !shown->skills.isEmpty();
    const auto session = shownSession();
    m_continueAction->setEnabled(!running && session && session->canContinue());
    m_historyAction->setEnabled(m_context.sessionStore() != nullptr);
    m_cancelAction->setEnabled(running);
    m_saveAction->setEnabled(hasResults);
    m_copyAllAction->setEnabled(hasResults);
    m_retryAction->setEnabled(!running && !m_currentPath.isEmpty());
    m_expandAllAction->setEnabled(m_runPage->results()->count() > 0);
    m_collapseAllAction->setEnabled(m_runPage->results()->count() > 0);
}

// --- First run ------------------------------------------------------------------------------

void MainWindow::updateFirstRun()
{
    if (!m_context.keysKnown())
        return;
    const Settings s = m_context.settings();
    const bool needsKey
        = !isLocalEndpoint(s.groqBaseUrl) && m_context.keySource(AppContext::groqId()) == KeySource::None;
    m_firstRun->setVisible(needsKey);
    if (needsKey && !m_ollamaProbed) {
        m_ollamaProbed = true;
        m_context.probeOllama();
    }
}

void MainWindow::useOllama(const QStringList &models)
{
    if (models.isEmpty())
        return;
    Settings s = m_context.settings();
    s.groqBaseUrl = AppContext::ollamaBaseUrl();
    s.skillModel = models.first();
    s.questionModel = models.first();
    if (m_context.keySource(AppContext::geminiId()) == KeySource::None)
        s.groundingEnabled = false;
    m_context.saveSettings(s);
    updateFirstRun();
    m_banner->showMessage(tr("Skills and questions now come from the Ollama server on this computer (model %1). "
                             "Models and endpoints can be changed in Settings.")
                              .arg(models.first()),
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
        updateFirstRun();
        if (result == QDialog::Accepted && m_banner->actions().contains(ErrorBanner::Action::OpenSettings)
            && !m_runPage->isRunning())
            m_banner->dismiss();
    });
    m_settingsDialog->open();
}

// --- Recent files ---------------------------------------------------------------------------

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > kMaxRecentFiles)
        m_recent.removeLast();
    QSettings().setValue(kRecentKey, m_recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    int i = 0;
    for (const QString &path : std::as_const(m_recent)) {
        ++i;
        const QString label = i < 10 ? tr("&%1 %2").arg(i).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setObjectName(QStringLiteral("recentAction%1").arg(i));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openResume(path); });
    }
    if (!m_recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!m_recent.isEmpty());
    m_recentMenu->setEnabled(!m_recent.isEmpty());
    m_dropZone->setRecentFiles(m_recent);
}

// --- Window state ---------------------------------------------------------------------------

void MainWindow::restoreState()
{
    QSettings settings;
    m_recent = settings.value(kRecentKey).toStringList();
    m_recent.removeAll(QString());
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
    if (m_run && m_runPage->isRunning())
        m_run->pipeline()->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace ip
