#include "ChildProcess.h"

#include "BenchClock.h"

#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace ip::bench {

ChildProcess::ChildProcess(QStringList argv, QStringList env)
    : m_argv(std::move(argv))
    , m_env(std::move(env))
{ }

ChildProcess::~ChildProcess()
{
    if (m_pid > 0) {
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    if (m_stdout >= 0)
        close(m_stdout);
}

bool ChildProcess::start(bool captureStdout, bool keepStderr, int extraFd)
{
    if (m_argv.isEmpty())
        return false;
    std::vector<QByteArray> args;
    for (const QString &a : std::as_const(m_argv))
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argvp;
    for (auto &a : args)
        argvp.push_back(a.data());
    argvp.push_back(nullptr);

    // The current environment, with overrides.
    std::vector<QByteArray> envs;
    QStringList names;
    for (const QString &e : std::as_const(m_env))
        names.append(e.section(QLatin1Char('='), 0, 0));
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!names.contains(QString::fromLocal8Bit(entry.left(entry.indexOf('=')))))
            envs.push_back(entry);
    }
    for (const QString &e : std::as_const(m_env))
        envs.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (auto &e : envs)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int pipeFds[2] = { -1, -1 };
    if (captureStdout) {
        if (pipe2(pipeFds, O_CLOEXEC) != 0)
            return false;
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    }
    if (!keepStderr)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (extraFd >= 0) {
        // Clear FD_CLOEXEC on the child's copy: dup2 onto itself does not, so go through a spare.
        posix_spawn_file_actions_adddup2(&actions, extraFd, 200);
        posix_spawn_file_actions_adddup2(&actions, 200, extraFd);
        posix_spawn_file_actions_addclose(&actions, 200);
    }
    m_startedAt = benchNowMs();
    const int rc = posix_spawnp(&m_pid, argvp[0], &actions, nullptr, argvp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (captureStdout) {
        close(pipeFds[1]);
        m_stdout = pipeFds[0];
    }
    if (rc != 0) {
        m_pid = -1;
        return false;
    }
    return true;
}

ChildUsage ChildProcess::wait(double timeoutMs)
{
    ChildUsage u;
    if (m_pid <= 0)
        return u;
    u.started = true;
    int status = 0;
    rusage ru {};
    if (m_stdout < 0 && timeoutMs <= 0) {
        // No timeout and nothing to read: block, for an exact end time.
        while (wait4(m_pid, &status, 0, &ru) < 0 && errno == EINTR) { }
    } else {
        const double deadline = timeoutMs > 0 ? benchNowMs() + timeoutMs : 1e300;
        for (;;) {
            if (m_stdout >= 0) {
                pollfd p { m_stdout, POLLIN, 0 };
                if (poll(&p, 1, 1) > 0) {
                    char buf[65536];
                    const ssize_t n = read(m_stdout, buf, sizeof buf);
                    if (n > 0) {
                        m_output.append(buf, n);
                        continue;
                    }
                    close(m_stdout);
                    m_stdout = -1;
                }
            } else {
                usleep(1000);
            }
            const pid_t r = wait4(m_pid, &status, WNOHANG, &ru);
            if (r == m_pid)
                break;
            if (r < 0 && errno != EINTR)
                return u;
            if (benchNowMs() > deadline) {
                u.timedOut = true;
                kill(m_pid, SIGKILL);
                wait4(m_pid, &status, 0, &ru);
                break;
            }
        }
    }
    u.wallMs = benchNowMs() - m_startedAt;
    m_pid = -1;
    if (m_stdout >= 0) { // the rest of the output
        char buf[65536];
        ssize_t n;
        while ((n = read(m_stdout, buf, sizeof buf)) > 0)
            m_output.append(buf, n);
        close(m_stdout);
        m_stdout = -1;
    }
    const auto ms = [](const timeval &tv) {
        return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3;
    };
    u.cpuMs = ms(ru.ru_utime) + ms(ru.ru_stime);
    u.peakRssMb = double(ru.ru_maxrss) / 1024.0;
    u.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    u.output = m_output;
    return u;
}

ChildUsage ChildProcess::terminate(double timeoutMs)
{
    if (m_pid > 0)
        kill(m_pid, SIGTERM);
    return wait(timeoutMs);
}

ChildUsage runChild(const QStringList &argv, const QStringList &env, double timeoutMs, bool captureStdout)
{
    ChildProcess p(argv, env);
    if (!p.start(captureStdout))
        return {};
    return p.wait(timeoutMs);
}

bool programExists(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace ip::bench
