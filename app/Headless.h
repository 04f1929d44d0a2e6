#pragma once

// `interview-prep --headless RESUME [-o FILE] [--format txt|md|json] [--question-language LANG] [--no-cache]`:
// the whole pipeline without a window (no display needed). Progress goes to stderr, the report to stdout (or FILE).
// Every run is autosaved as a session (SessionStore::defaultDirectory()); results are reused from the
// result cache unless --no-cache. `--headless --resume SESSION` (an id or a session file) continues
// a stopped run, requesting only the missing work, and writes the whole run's report.
// Exit codes (a contract other tools rely on):
//   0  every skill has questions
//   2  some skills failed or were skipped, or the run was interrupted (partial report still written)
//   1  nothing could be produced (bad input, no skills, no key, unauthorized…; message on stderr)

#include "providers/ProviderFactory.h"
#include "report/Report.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ip {

class ChatProvider;
class HttpTransport;
class InterviewPipeline;
class ResultCache;
class SessionStore;
struct Session;

namespace headless {
constexpr int kExitComplete = 0;
constexpr int kExitFailed = 1;
constexpr int kExitPartial = 2;
} // namespace headless

struct HeadlessOptions
{
    QString resumePath;
    QString outputPath; // empty = stdout
    std::optional<ReportFormat> format; // nullopt = from the -o file's extension, else text
    QString resumeSession; // --resume: a session id or file to continue (then no resumePath)
    bool useCache = true; // --no-cache: neither read nor write the result cache
    QString sessionDirectory; // empty = SessionStore::defaultDirectory()
    QString cacheDirectory; // empty = ResultCache::defaultDirectory()
    QString questionLanguage; // a language code (language::parseLanguage); empty = the settings' choice
};

// The report format a run writes: --format, else the output file's extension, else text.
ReportFormat effectiveReportFormat(const HeadlessOptions &options);

// Exit code for a finished run (see above).
int exitCodeFor(RunSummary::Outcome outcome);

// Where API keys come from. Calls `done` once, later, with the keys it found (empty = none) and, if
// the keychain could not be asked, why. The default (keyStoreResolver) uses KeyStore: the
// GROQ_API_KEY / GEMINI_API_KEY environment variables override the system keychain.
using KeysDone = std::function<void(const ProviderKeys &keys, const QString &problem)>;
using KeyResolver = std::function<void(QObject *context, KeysDone done)>;
KeyResolver keyStoreResolver();

// The providers a run uses. `discovery` is null when there is no Gemini key (or grounding is off):
// every skill is then context-free.
struct RunProviders
{
    ChatProvider *questions = nullptr;
    ChatProvider *discovery = nullptr;
};
// The one place that turns settings + keys into providers (base URLs honour
// INTERVIEW_PREP_GROQ_BASE_URL / INTERVIEW_PREP_GEMINI_BASE_URL).
RunProviders createRunProviders(const Settings &settings, const ProviderKeys &keys, HttpTransport *transport,
                                QObject *parent);

// One headless run: keys → providers → pipeline → report. Emits finished(exitCode) once.
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    HeadlessRun(const HeadlessOptions &options, const Settings &settings, QObject *parent = nullptr);
    ~HeadlessRun() override;

    void setKeyResolver(KeyResolver resolver) { m_resolveKeys = std::move(resolver); }
    void start();
    // Ctrl+C: cancel the run; what is done is still written (exit 2).
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onKeys(const ProviderKeys &keys, const QString &problem);
    void onFinished(const RunSummary &summary);
    void fail(const QString &message);
    void progress(const QString &line);
    bool writeReport(const RunState &state);

    HeadlessOptions m_options;
    Settings m_settings;
    KeyResolver m_resolveKeys;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<ResultCache> m_cache;
    std::unique_ptr<Session> m_continuing; // --resume
    QString m_sessionId;
    QPointer<InterviewPipeline> m_pipeline;
    bool m_interrupted = false;
    bool m_done = false;
};

// Runs the event loop until the run ends; installs a SIGINT/SIGTERM handler that interrupts it.
int runHeadless(const HeadlessOptions &options);

} // namespace ip
