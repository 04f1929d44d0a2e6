#pragma once

// Child processes with their own resource usage (wait4): CPU time and peak RSS of the real app,
// pdftotext, Xvfb. Blocking; the benchmark's fake providers run in another thread meanwhile.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace ip::bench {

struct ChildUsage
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when killed by a signal
    double wallMs = 0;
    double cpuMs = 0; // user + system
    double peakRssMb = 0;
    QByteArray output; // stdout, when captured
};

class ChildProcess
{
public:
    // argv[0] is the program (PATH is searched). env entries "NAME=value" are added to (and override)
    // the current environment.
    ChildProcess(QStringList argv, QStringList env = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // Starts it; stdout goes to a pipe when captureStdout, else to /dev/null (stderr: /dev/null
    // unless keepStderr). extraFd (or -1) is passed through to the child under the same number.
    bool start(bool captureStdout = false, bool keepStderr = false, int extraFd = -1);
    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] double startedAtMs() const { return m_startedAt; }
    // Waits for the end (killing it with SIGKILL after timeoutMs; 0 = no timeout); fills the usage.
    ChildUsage wait(double timeoutMs);
    // SIGTERM, then wait.
    ChildUsage terminate(double timeoutMs = 5000);

private:
    QStringList m_argv;
    QStringList m_env;
    pid_t m_pid = -1;
    int m_stdout = -1;
    double m_startedAt = 0;
    QByteArray m_output;
};

// Runs a program to its end and returns its usage.
ChildUsage runChild(const QStringList &argv, const QStringList &env = {}, double timeoutMs = 120'000,
                    bool captureStdout = false);

// Whether `program` is found in PATH.
bool programExists(const QString &program);

} // namespace ip::bench
