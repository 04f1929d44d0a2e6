#pragma once

// Test helper: the built interview-prep binary (IP_APP_BINARY) run as a child process against a
// FakeLlmServer in the test process, with a private home (settings, log, sessions, cache under
// XDG_* folders of a temporary directory), keys and base URLs from the environment, English
// messages, and no client-side waiting (rate limits off, no retries) unless a test sets them.
// Header-only; the including test defines IP_APP_BINARY (ip_add_test ... NEEDS_APP).

#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "common/AppInfo.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace ip::test {

struct AppOutcome
{
    int exitCode = -1; // -1: did not finish in time, -2: crashed / killed
    QByteArray out;
    QString err;
};

class AppProcess
{
public:
    FakeLlmServer fake;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess process;

    bool init(const QByteArray &groqKey, const QByteArray &geminiKey, const QStringList &skills)
    {
        if (!fake.listen() || !home.isValid())
            return false;
        fake.setApiKey(LlmApi::OpenAi, groqKey);
        fake.setApiKey(LlmApi::Gemini, geminiKey);
        fake.setHandler(pipelineHandler(skills));
        for (const char *name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
            env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name)));
        env.insert(QStringLiteral("GROQ_API_KEY"), QString::fromLatin1(groqKey));
        env.insert(QStringLiteral("GEMINI_API_KEY"), QString::fromLatin1(geminiKey));
        env.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"), fake.openAiBaseUrl().toString());
        env.insert(QStringLiteral("INTERVIEW_PREP_GEMINI_BASE_URL"), fake.geminiBaseUrl().toString());
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        // English messages whatever the machine's language (Qt reads LANGUAGE first); tests set it to switch.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        // No waiting for client-side rate limits and no retries: the providers' own tests cover those.
        setSetting(QStringLiteral("limits/groqRequestsPerMinute"), 10'000);
        setSetting(QStringLiteral("limits/groqTokensPerMinute"), 0);
        setSetting(QStringLiteral("limits/geminiRequestsPerMinute"), 10'000);
        setSetting(QStringLiteral("limits/geminiTokensPerMinute"), 0);
        setSetting(QStringLiteral("limits/maxRetries"), 0);
        return true;
    }

    // The app's settings file under the private XDG_CONFIG_HOME.
    void setSetting(const QString &key, const QVariant &value)
    {
        const QString path = QDir(env.value(QStringLiteral("XDG_CONFIG_HOME")))
                                 .filePath(QStringLiteral("%1/%2.conf")
                                               .arg(QString::fromLatin1(ip::appinfo::kOrganizationName),
                                                    QString::fromLatin1(ip::appinfo::kApplicationName)));
        QSettings s(path, QSettings::IniFormat);
        s.setValue(key, value);
    }

    // `interview-prep --headless ARGS`.
    void start(const QStringList &args)
    {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IP_APP_BINARY), QStringList { QStringLiteral("--headless") } + args);
    }

    // Waits with the event loop running (the fake server lives in this process).
    AppOutcome finish(int timeoutMs = 30'000)
    {
        AppOutcome o;
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy done(&process, &QProcess::finished);
            if (!done.wait(timeoutMs)) {
                process.kill();
                process.waitForFinished(5000);
                return o;
            }
        }
        o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        o.out = process.readAllStandardOutput();
        o.err = QString::fromUtf8(process.readAllStandardError());
        return o;
    }

    AppOutcome run(const QStringList &args)
    {
        start(args);
        return finish();
    }

    [[nodiscard]] int countIf(const std::function<bool(const LlmRequest &)> &pred) const
    {
        int n = 0;
        for (const auto &r : fake.requests())
            n += pred(r) ? 1 : 0;
        return n;
    }
};

} // namespace ip::test
