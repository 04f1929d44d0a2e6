#include "StartupProbe.h"

#include "BenchClock.h"
#include "ChildProcess.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#ifdef IP_BENCH_HAVE_XCB
#include <xcb/xcb.h>
#endif

namespace ip::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

namespace {

QStringList isolatedEnv(const QString &root)
{
    QStringList env;
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(dir);
        env.append(QString::fromLatin1(name) + QLatin1Char('=') + dir);
    }
    return env;
}

#ifdef IP_BENCH_HAVE_XCB

// Reads Xvfb's display number from the -displayfd pipe.
int readDisplay(int fd, double timeoutMs)
{
    QByteArray text;
    const double deadline = benchNowMs() + timeoutMs;
    while (benchNowMs() < deadline && !text.contains('\n')) {
        pollfd p { fd, POLLIN, 0 };
        if (poll(&p, 1, 50) > 0) {
            char buf[32];
            const ssize_t n = read(fd, buf, sizeof buf);
            if (n <= 0)
                break;
            text.append(buf, n);
        }
    }
    bool ok = false;
    const int display = text.trimmed().toInt(&ok);
    return ok ? display : -1;
}

// Waits for a MapNotify of a top-level (non override-redirect) window; returns its bench time.
double waitForMap(xcb_connection_t *c, double timeoutMs)
{
    const int fd = xcb_get_file_descriptor(c);
    const double deadline = benchNowMs() + timeoutMs;
    for (;;) {
        while (xcb_generic_event_t *e = xcb_poll_for_event(c)) {
            const double at = benchNowMs();
            const auto type = e->response_type & 0x7f;
            bool mapped = false;
            if (type == XCB_MAP_NOTIFY) {
                const auto *m = reinterpret_cast<xcb_map_notify_event_t *>(e);
                mapped = !m->override_redirect;
            }
            free(e);
            if (mapped)
                return at;
        }
        if (xcb_connection_has_error(c))
            return -1;
        const double left = deadline - benchNowMs();
        if (left <= 0)
            return -1;
        pollfd p { fd, POLLIN, 0 };
        poll(&p, 1, int(std::min(left, 100.0)) + 1);
    }
}

bool measureMapped(const QString &appBinary, int repetitions, const QStringList &env, StartupResult &out)
{
    if (!programExists(QStringLiteral("Xvfb"))) {
        out.problem = QStringLiteral("Xvfb not found");
        return false;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    ChildProcess xvfb({ QStringLiteral("Xvfb"), QStringLiteral("-displayfd"), QString::number(fds[1]),
                        QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x1024x24"),
                        QStringLiteral("-nolisten"), QStringLiteral("tcp") });
    const bool started = xvfb.start(false, false, fds[1]);
    close(fds[1]);
    const int display = started ? readDisplay(fds[0], 10'000) : -1;
    close(fds[0]);
    if (display < 0) {
        out.problem = QStringLiteral("Xvfb did not start");
        return false;
    }
    const QByteArray name = ":" + QByteArray::number(display);
    xcb_connection_t *c = xcb_connect(name.constData(), nullptr);
    if (xcb_connection_has_error(c)) {
        xcb_disconnect(c);
        out.problem = QStringLiteral("cannot connect to Xvfb");
        return false;
    }
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_request_check(c, xcb_change_window_attributes_checked(c, screen->root, XCB_CW_EVENT_MASK, &mask));

    QStringList appEnv = env;
    appEnv << QStringLiteral("DISPLAY=") + QString::fromLatin1(name) << QStringLiteral("QT_QPA_PLATFORM=xcb");
    for (int i = 0; i < repetitions; ++i) {
        while (xcb_generic_event_t *e = xcb_poll_for_event(c))
            free(e);
        ChildProcess app({ appBinary }, appEnv);
        const double t0 = benchNowMs();
        if (!app.start()) {
            out.problem = QStringLiteral("cannot start %1").arg(appBinary);
            break;
        }
        const double mappedAt = waitForMap(c, 30'000);
        app.terminate();
        if (mappedAt < 0) {
            out.problem = QStringLiteral("no window was mapped within 30 s");
            break;
        }
        out.samplesMs.append(mappedAt - t0);
    }
    xcb_disconnect(c);
    xvfb.terminate();
    return out.samplesMs.size() == repetitions;
}

#endif

} // namespace

StartupResult measureStartup(const QString &appBinary, int repetitions)
{
    StartupResult out;
    QTemporaryDir tmp;
    const QStringList env = isolatedEnv(tmp.path());

    QList<double> version;
    for (int i = 0; i < repetitions; ++i) {
        const ChildUsage u = runChild({ appBinary, QStringLiteral("--version") }, env, 0);
        if (!u.started || u.exitCode != 0)
            break;
        version.append(u.wallMs);
    }
    out.versionMedianMs = median(version);

#ifdef IP_BENCH_HAVE_XCB
    if (measureMapped(appBinary, repetitions, env, out)) {
        out.ok = true;
        out.method = QStringLiteral("launch → first window mapped (Xvfb, median of %1)").arg(repetitions);
        out.medianMs = median(out.samplesMs);
        return out;
    }
#else
    out.problem = QStringLiteral("built without XCB (libxcb1-dev)");
#endif
    out.samplesMs = version;
    out.ok = !version.isEmpty();
    out.method = QStringLiteral("`--version` start → exit (no window: %1)").arg(out.problem);
    out.medianMs = out.versionMedianMs;
    return out;
}

} // namespace ip::bench
