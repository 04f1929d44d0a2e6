#include "log/Logging.h"

#include "log/Redaction.h"
#include "log/RotatingLogFile.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace ip {

namespace {

struct LogState
{
    QMutex mutex;
    LogOptions options;
    std::unique_ptr<RotatingLogFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    int suspended = 0; // suspendLogFile() calls not yet resumed: the file is closed
    QString correlationId;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "DEBUG";
    case QtInfoMsg: return "INFO ";
    case QtWarningMsg: return "WARN ";
    case QtCriticalMsg: return "ERROR";
    case QtFatalMsg: return "FATAL";
    }
    return "?    ";
}

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message raised while handling one (file errors, …) must not recurse into the lock.
    thread_local bool inside = false;
    if (inside) {
        writeStderr(redact(message).toUtf8() + '\n');
        return;
    }
    inside = true;

    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (type != QtDebugMsg || s.options.verbose) {
        const QString line
            = formatLogLine(type, context.category, redact(message), QDateTime::currentDateTime(), s.correlationId);
        const QByteArray bytes = line.toUtf8() + '\n';
        if (s.options.toStderr)
            writeStderr(bytes);
        if (s.file && s.suspended == 0)
            s.file->write(bytes);
    }
    inside = false;
}

} // namespace

QString formatLogLine(QtMsgType type, const char *category, const QString &message, const QDateTime &time,
                      const QString &correlationId)
{
    QString text = message;
    // Continuation lines are indented so every record starts with a time stamp.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QStringLiteral("\n    "));
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + u' ' + QLatin1String(levelName(type)) + u' '
        + QLatin1String(category && *category ? category : "default") + QStringLiteral(" [")
        + (correlationId.isEmpty() ? QStringLiteral("-") : correlationId) + QStringLiteral("] ") + text;
}

QString defaultLogDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

void installLogging(const LogOptions &options)
{
    LogState &s = state();
    QString fileError;
    {
        QMutexLocker locker(&s.mutex);
        s.options = options;
        s.file.reset();
        if (options.toFile) {
            const QString directory = options.directory.isEmpty() ? defaultLogDirectory() : options.directory;
            auto file = std::make_unique<RotatingLogFile>(directory, options.fileName, options.maxFileBytes,
                                                          options.maxFiles);
            if (file->open(&fileError))
                s.file = std::move(file);
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(messageHandler);
            s.installed = true;
        }
    }
    // Debug output costs nothing unless asked for; QT_LOGGING_RULES still has the last word.
    QLoggingCategory::setFilterRules(options.verbose ? QStringLiteral("ip.*.debug=true")
                                                     : QStringLiteral("ip.*.debug=false"));
    if (!fileError.isEmpty())
        writeStderr(QStringLiteral("interview-prep: not writing a log file: %1\n").arg(fileError).toUtf8());
}

void uninstallLogging()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.reset();
}

QString currentLogFilePath()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.file ? s.file->path() : QString();
}

QString logDirectory()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.options.directory.isEmpty() ? defaultLogDirectory() : s.options.directory;
}

QString logFileName()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.options.fileName;
}

void suspendLogFile()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (s.suspended++ == 0 && s.file)
        s.file->close();
}

void resumeLogFile()
{
    LogState &s = state();
    QString fileError;
    {
        QMutexLocker locker(&s.mutex);
        if (s.suspended == 0 || --s.suspended > 0 || !s.file)
            return;
        s.file->open(&fileError);
    }
    if (!fileError.isEmpty())
        writeStderr(QStringLiteral("interview-prep: not writing a log file: %1\n").arg(fileError).toUtf8());
}

void setCorrelationId(const QString &id)
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    s.correlationId = id;
}

QString correlationId()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.correlationId;
}

QString newCorrelationId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace ip
