// MainWindow: its actions and menus (created, named, translated, enabled) and the recent-files menu.

#include "AppContext.h"
#include "DropZone.h"
#include "ErrorBanner.h"
#include "FirstRunPanel.h"
#include "Icons.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "ResultsView.h"
#include "RunController.h"
#include "RunPage.h"
#include "common/AppInfo.h"
#include "pipeline/InterviewPipeline.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

namespace ip {

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
    m_jobAction = make("targetJobAction", QStringLiteral("document"), QKeySequence(), &MainWindow::showJobDialog);
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
        if (!m_controller->currentPath().isEmpty())
            openResume(m_controller->currentPath());
    });
    m_historyAction = make("historyAction", QStringLiteral("history"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           &MainWindow::showHistory);
    m_continueAction = make("continueAction", QStringLiteral("play"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &MainWindow::continueShownRun);
    m_practiceSessionAction
        = make("practiceSessionAction", QStringLiteral("edit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
               [this] { m_runPage->startPracticeSession(); });
    m_progressAction = make("practiceProgressAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                            [this] { m_runPage->showPracticeProgress(); });
    m_studyAction = make("studyAction", QStringLiteral("cards"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                         &MainWindow::showStudy);
    m_sentLogAction = make("sentLogAction", QStringLiteral("eye"), QKeySequence(), &MainWindow::showSentLog);
    m_expandAllAction = make("expandAllAction", QStringLiteral("chevrons-down"), QKeySequence(),
                             [this] { m_runPage->results()->expandAll(); });
    m_collapseAllAction = make("collapseAllAction", QStringLiteral("chevrons-up"), QKeySequence(),
                               [this] { m_runPage->results()->collapseAll(); });
    m_clearRecentAction = make("clearRecentAction", QString(), QKeySequence(), [this] { m_recent->clear(); });
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
    m_fileMenu->addAction(m_jobAction);
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
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_sentLogAction);

    m_practiceMenu = menuBar()->addMenu(QString());
    m_practiceMenu->setObjectName(QStringLiteral("practiceMenu"));
    m_practiceMenu->addAction(m_practiceSessionAction);
    m_practiceMenu->addAction(m_progressAction);
    m_practiceMenu->addSeparator();
    m_practiceMenu->addAction(m_studyAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_keysHelpAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    const QString path = m_controller->currentPath();
    setWindowTitle(path.isEmpty()
                       ? QString::fromLatin1(appinfo::kDisplayName)
                       : tr("%1 — %2").arg(QFileInfo(path).fileName(), QString::fromLatin1(appinfo::kDisplayName)));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_runMenu->setTitle(tr("&Run"));
    m_practiceMenu->setTitle(tr("&Practice"));
    m_helpMenu->setTitle(tr("&Help"));
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_openAction, tr("&Open Resume…"), tr("Choose a resume file (PDF, .txt or .md)"));
    set(m_jobAction, tr("Target a &Job…"),
        tr("Paste or open a job description: the next runs rank the skills by it and ask about what it wants that "
           "the resume does not show"));
    set(m_saveAction, tr("&Save Report…"),
        tr("Save the questions as a text, Markdown, JSON or PDF report, or as Anki cards"));
    set(m_copyAllAction, tr("&Copy All as Markdown"), tr("Put every skill's questions on the clipboard, as Markdown"));
    set(m_quitAction, tr("&Quit"), tr("Close the application"));
    set(m_settingsAction, tr("&Settings…"), tr("Providers, API keys and limits"));
    set(m_cancelAction, tr("&Cancel Run"), tr("Stop the run and keep the questions written so far"));
    set(m_retryAction, tr("Run &Again"),
        tr("Read the same resume again (work already done comes from the cache; Regenerate asks anew)"));
    set(m_historyAction, tr("&History…"), tr("Saved runs: open, continue or delete them"));
    set(m_continueAction, tr("Co&ntinue Run"), tr("Finish this run: only the skills without questions are requested"));
    m_continueAction->setIconText(tr("Continue"));
    set(m_sentLogAction, tr("What Was &Sent…"),
        tr("Every request of this run, exactly as Groq and Gemini received it (personal data kept back)"));
    set(m_practiceSessionAction, tr("Practice &Session…"),
        tr("Answer several questions in a row, graded one by one, then see what to work on"));
    set(m_progressAction, tr("Practice &Progress"), tr("Your scores per skill over time, and every answer"));
    set(m_studyAction, tr("S&tudy Deck…"),
        tr("Every saved run's questions as cards: review what is due today, export to PDF or Anki"));
    set(m_expandAllAction, tr("&Expand All"), tr("Show the questions of every skill"));
    set(m_collapseAllAction, tr("C&ollapse All"), tr("Hide the questions of every skill"));
    set(m_clearRecentAction, tr("&Clear List"), tr("Forget the recently opened resumes"));
    set(m_keysHelpAction, tr("Getting &API Keys"), tr("What the app needs and where to get keys"));
    set(m_aboutAction, tr("&About %1").arg(QString::fromLatin1(appinfo::kDisplayName)), QString());
    m_copyAllAction->setIconText(tr("Copy all"));
    m_saveAction->setIconText(tr("Save report…"));
    m_stack->setAccessibleName(tr("Main area"));
    m_offlineIndicator->setText(tr("Offline: nothing leaves this computer"));
    m_offlineIndicator->setToolTip(tr("Offline mode: skills and questions from the server on this computer, no web "
                                      "research (Settings ▸ Privacy)"));
    m_offlineIndicator->setAccessibleName(m_offlineIndicator->text());
    m_banner->setAccessibleDescription(m_banner->message());
    rebuildRecentMenu();
}

void MainWindow::updateActions()
{
    const bool running = m_runPage->isRunning();
    const bool hasResults = m_controller->hasResults();
    const auto session = shownSession();
    m_continueAction->setEnabled(!running && session && session->canContinue());
    m_historyAction->setEnabled(m_context.sessionStore() != nullptr);
    m_studyAction->setEnabled(m_context.sessionStore() != nullptr);
    m_cancelAction->setEnabled(running);
    m_saveAction->setEnabled(hasResults);
    m_copyAllAction->setEnabled(hasResults);
    m_retryAction->setEnabled(!running && !m_controller->currentPath().isEmpty());
    // What a saved run sent is not kept (the requests hold the resume's text): only this app's runs.
    InterviewPipeline *pipeline = m_controller->pipeline();
    m_sentLogAction->setEnabled(pipeline && !pipeline->sentLog().isEmpty());
    m_expandAllAction->setEnabled(m_runPage->results()->count() > 0);
    m_practiceSessionAction->setEnabled(hasResults && !m_runPage->isReviewingSkills());
    m_progressAction->setEnabled(hasResults);
    m_collapseAllAction->setEnabled(m_runPage->results()->count() > 0);
}

// --- Recent files ---------------------------------------------------------------------------

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_recent->paths();
    int i = 0;
    for (const QString &path : recent) {
        ++i;
        const QString label = i < 10 ? tr("&%1 %2").arg(i).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setObjectName(QStringLiteral("recentAction%1").arg(i));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openResume(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_dropZone->setRecentFiles(recent);
}

} // namespace ip
