#pragma once

#include "common/Result.h"
#include "privacy/SentLog.h"
#include "session/RunState.h"
#include "session/Session.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ip {

class AppContext;
class Clock;
class DropZone;
class ErrorBanner;
class FirstRunPanel;
class HistoryDialog;
struct LocalServer;
class StudyDialog;
class VoiceService;
class HistoryOpener;
class InterviewPipeline;
class JobDialog;
class RecentFiles;
class ReportExporter;
class RunController;
class RunPage;
class SentLogDialog;
class SendPreviewDialog;
class SettingsDialog;

// The application window. Empty, it invites a resume (drop zone, Open…, recent files) and,
// while no key is configured, explains what is needed. With a resume, it shows the run: stages
// and activity beside the skills accordion. Errors appear in a banner above, never as a stack
// of modal boxes. The window lays out and connects: the run itself is the RunController's (over
// the AppContext), saving the report the ReportExporter's, the History dialog the HistoryOpener's,
// the recent files RecentFiles'. MainWindow.cpp: layout, connections, window state, drag and drop;
// MainWindowActions.cpp: actions and menus; MainWindowRun.cpp: opening resumes and saved runs, outcomes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    // With the application's own context (a CoreAppContext owned by the window).
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a resume (from the command line, a drop, a dialog or the recent-files menu).
    // While a run is going on, asks before replacing it.
    void openResume(const QString &path);

    // Time source for the elapsed display (tests). Not owned.
    void setClock(Clock *clock);

    [[nodiscard]] InterviewPipeline *pipeline() const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QStringList recentFiles() const;
    // What the window shows: the current run's state, or the saved run opened from the history.
    [[nodiscard]] const RunState *shownState() const;
    // The session of what the window shows (the run being recorded, or the one opened).
    [[nodiscard]] std::optional<Session> shownSession() const;
    [[nodiscard]] HistoryDialog *historyDialog() const;
    [[nodiscard]] StudyDialog *studyDialog() const;
    [[nodiscard]] VoiceService *voice() const { return m_voice; }
    // The job description new runs target for the rest of this app session (empty: none).
    [[nodiscard]] QString jobDescription() const;
    void setJobDescription(const QString &text);
    // The open "Target a Job" dialog, or null.
    [[nodiscard]] JobDialog *jobDialog() const;

    static constexpr int kMaxRecentFiles = 8;

public Q_SLOTS:
    void chooseResume();
    void showSettings();
    void saveReport();
    void copyAllAsMarkdown();
    void cancelRun();
    // History (Ctrl+H): saved runs; open, continue, delete.
    void showHistory();
    void showStudy();
    // Shows a saved run as it was. While a run is going on, asks before replacing it.
    void openSession(const QString &id);
    // Continues a saved run (or the one shown): only the missing work is requested.
    void continueSession(const QString &id);
    void continueShownRun();
    // File ▸ Target a Job…: paste or open the job description the next runs target.
    void showJobDialog();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreState();
    void saveWindowState();

    // Starts a run of `path` in place of what is shown.
    void startRun(const QString &path);
    void continueWith(const Session &session);
    // Clears the messages of the last attempt (drop zone refusal, banner).
    void clearMessages();
    void onRunStarted(const QString &fileName);
    void showSendPreview(const SentRequest &request);
    void showSentLog();
    void onSessionOpened(const Session &session, const RunSummary &summary);
    // Loads a saved session and hands it to `then`; while a run is going on, asks first.
    void loadSessionThen(const QString &id, bool continuing, const std::function<void(const Session &)> &then);
    void onRunFinished(const RunSummary &summary);
    void updateActions();
    void updateFirstRun();
    void useLocalServer(const LocalServer &server);
    void showBannerFor(const RunSummary &summary);
    void onBannerAction(int action);
    void showNotice(const QString &text);
    // Shows why a resume was refused where the user is looking.
    void showRefusal(const QString &refusal);
    void rebuildRecentMenu();

    AppContext &m_context;
    std::unique_ptr<AppContext> m_ownedContext;
    RunController *m_controller;
    RecentFiles *m_recent;
    ReportExporter *m_report;
    HistoryOpener *m_history;
    QString m_pendingResume; // opened before the keys were known
    bool m_localServersProbed = false;
    bool m_dragAccepted = false;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SendPreviewDialog> m_sendPreview;
    QPointer<SentLogDialog> m_sentLog;
    QPointer<JobDialog> m_jobDialog;
    QPointer<StudyDialog> m_studyDialog;
    VoiceService *m_voice = nullptr;

    ErrorBanner *m_banner;
    QLabel *m_offlineIndicator = nullptr; // "Offline: nothing leaves this computer" in the status bar
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    FirstRunPanel *m_firstRun;
    DropZone *m_dropZone;
    RunPage *m_runPage;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_practiceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_jobAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_copyAllAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_sentLogAction = nullptr;
    QAction *m_practiceSessionAction = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_studyAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_keysHelpAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ip
