#pragma once

// `interview-prep --headless RESUME... [-o FILE|FOLDER] [--format txt|md|json|pdf|anki] [--question-language LANG]
// [--no-cache]`: the whole pipeline without a window (no display needed), through the same RunService
// as the window. Progress goes to stderr; with one resume the report goes to stdout (or FILE); with several,
// -o names a folder that gets one report per resume, named as the window names a saved report. The runs
// go one after the other and share the providers' rate windows.
// Every run is autosaved as a session (SessionStore::defaultDirectory()); results are reused from the
// result cache unless --no-cache. `--headless --resume SESSION` (an id or a session file) continues
// a stopped run, requesting only the missing work, and writes the whole run's report.
// Exit codes (a contract other tools rely on), the worst of the runs:
//   0  every skill has questions
//   2  some skills failed or were skipped, or the run was interrupted (partial report still written)
//   1  nothing could be produced (bad input, no skills, no key, unauthorized…; message on stderr)

#include "pipeline/RunWait.h"
#include "providers/ProviderFactory.h"
#include "report/Report.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ip {

class ResultCache;
class Run;
class RunService;
class SessionStore;
struct RunProblem;
struct Session;

namespace headless {
constexpr int kExitComplete = 0;
constexpr int kExitFailed = 1;
constexpr int kExitPartial = 2;
} // namespace headless

struct HeadlessOptions
{
    QStringList resumePaths; // one or more (none with resumeSession)
    QString outputPath; // empty = stdout; a folder (created when missing) for several resumes
    std::optional<ReportFormat> format; // nullopt = from the -o file's extension, else text
    QString resumeSession; // --resume: a session id or file to continue (then no resumePath)
    bool useCache = true; // --no-cache: neither read nor write the result cache
    bool redact = true; // --no-redact: send the resume's personal data as it is (else the setting decides)
    bool offline = false; // --offline: offline mode for this run (else the setting decides)
    QStringList skills; // --skills "A, B, C": these skills, none extracted
    bool showSent = false; // --show-sent: print every request to stderr as it is sent
    QString sessionDirectory; // empty = SessionStore::defaultDirectory()
    QString cacheDirectory; // empty = ResultCache::defaultDirectory()
    QString questionLanguage; // a language code (language::parseLanguage); empty = the settings' choice
    QString level; // --level: junior, mid, senior or staff; empty = the settings' choice
    QString jobPath; // --job: a job description (.txt, .md, .pdf) every run targets
};

// The report format a run writes: --format, else the output file's extension, else text.
ReportFormat effectiveReportFormat(const HeadlessOptions &options);

// --estimate: reads each resume and prints what its run would take under the configured limits
// (requests, tokens per stage, expected time), sends nothing. 0, or 1 when a resume cannot be read.
int printEstimates(const QStringList &resumePaths, const QString &questionLanguage);

// Exit code for a finished run (see above).
int exitCodeFor(RunSummary::Outcome outcome);
// The worse of two exit codes: failed (1) over partial (2) over complete (0).
int worseExitCode(int a, int b);

// Where API keys come from. Calls `done` once, later, with the keys it found (empty = none) and, if
// the keychain could not be asked, why. The default (keyStoreResolver) uses KeyStore: the
// GROQ_API_KEY / GEMINI_API_KEY environment variables override the system keychain.
using KeysDone = std::function<void(const ProviderKeys &keys, const QString &problem)>;
using KeyResolver = std::function<void(QObject *context, KeysDone done)>;
KeyResolver keyStoreResolver();

// The whole command: keys once, then each resume (or the --resume session) in turn through one
// RunService. Emits finished(exitCode) once, with the worst exit code of the runs.
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    HeadlessRun(const HeadlessOptions &options, const Settings &settings, QObject *parent = nullptr);
    ~HeadlessRun() override;

    void setKeyResolver(KeyResolver resolver) { m_resolveKeys = std::move(resolver); }
    void start();
    // Ctrl+C: cancel the run going on and skip the rest; what is done is still written (exit 2).
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // --job: reads the job description (off this thread), then asks for the keys.
    void readJob();
    void onKeys(const ProviderKeys &keys, const QString &problem);
    void startNext();
    void startRun(Run *run);
    void reportWaits(const QList<ip::RunWait> &waits);
    void onRunFinished(const RunSummary &summary);
    // The end of one run (or of the command when it is the last): `code` joins the worst so far.
    void endRun(int code);
    void fail(const QString &message);
    void progress(const QString &line);
    [[nodiscard]] QString problemMessage(const RunProblem &problem) const;
    [[nodiscard]] QString reportPathFor(const RunState &state) const;
    bool writeReport(const RunState &state);
    [[nodiscard]] bool severalResumes() const { return m_options.resumePaths.size() > 1; }

    HeadlessOptions m_options;
    Settings m_settings;
    KeyResolver m_resolveKeys;
    QString m_keyProblem;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<ResultCache> m_cache;
    std::unique_ptr<RunService> m_service;
    std::unique_ptr<Session> m_continuing; // --resume
    QString m_jobText; // --job, once read
    QSet<QString> m_gapsPrinted; // the job's gaps whose end was printed (this run)
    int m_next = 0; // the next resume of m_options.resumePaths
    QString m_currentResume;
    QHash<QString, qint64> m_reportedWaits; // provider + reason -> the wait last printed (ms)
    QPointer<Run> m_run;
    int m_worst = headless::kExitComplete;
    bool m_interrupted = false;
    bool m_done = false;
};

// Runs the event loop until the run ends; installs a SIGINT/SIGTERM handler that interrupts it.
int runHeadless(const HeadlessOptions &options);

} // namespace ip
