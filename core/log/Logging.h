#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace ip {

// Where and how much to log. Module owners declare their own categories ("ip.core.pdf",
// "ip.net.groq", …); this is the infrastructure behind them.
struct LogOptions
{
    bool verbose = false; // debug messages too (--verbose); otherwise info and above
    bool toStderr = true;
    bool toFile = true;
    QString directory; // empty: defaultLogDirectory()
    QString fileName = QStringLiteral("interview-prep.log");
    qint64 maxFileBytes = 5LL * 1024 * 1024; // rotate past this size…
    int maxFiles = 5; // …keeping interview-prep.log and .1 … .4
};

// Installs the app's message handler (qInstallMessageHandler). Every line carries time, level,
// category and the correlation id, and passes the redaction filter (log/Redaction.h) before it
// reaches stderr or the rotating log file. Calling it again replaces the options.
void installLogging(const LogOptions &options = {});
// Restores the handler that was active before installLogging() and closes the file.
void uninstallLogging();

// The platform's app-data folder + "/logs" (QStandardPaths::AppLocalDataLocation).
QString defaultLogDirectory();
// The file being written, or empty when logging to a file is off or failed.
QString currentLogFilePath();
// Where the log files are (or would be): the configured folder, else defaultLogDirectory(), and the
// name of the current file (rotated ones add ".1" … ".n"). Settings ▸ Storage shows and deletes these.
QString logDirectory();
QString logFileName();

// Closes the log file so the log files can be deleted while the app runs; lines logged meanwhile
// still go to stderr. resumeLogFile() opens the file again (a fresh one if it was deleted). Calls
// nest: the file reopens when every suspend has been resumed. No effect when not logging to a file.
void suspendLogFile();
void resumeLogFile();

// A short id that ties the lines of one pipeline run together ("-" in lines when empty).
void setCorrelationId(const QString &id);
QString correlationId();
// A fresh random id (8 hex digits).
QString newCorrelationId();

// One log line without the trailing newline:
// "2025-03-04 05:06:07.123 INFO  ip.core.keys [a1b2c3d4] message" (message not yet redacted).
QString formatLogLine(QtMsgType type, const char *category, const QString &message, const QDateTime &time,
                      const QString &correlationId);

} // namespace ip
