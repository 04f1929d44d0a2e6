#pragma once

// Startup to first window shown: launches the built app on a private Xvfb display and times the
// moment its first top-level window is mapped (an X MapNotify seen by a client listening on the
// root window), from just before the spawn. Without Xvfb or without XCB support in this build,
// falls back to timing `interview-prep --version` (process start to exit) and says so.

#include <QList>
#include <QString>

namespace ip::bench {

struct StartupResult
{
    bool ok = false;
    QString method; // how it was measured
    QList<double> samplesMs;
    double medianMs = 0;
    double versionMedianMs = 0; // `--version`, process start to exit (always measured)
    QString problem;
};

StartupResult measureStartup(const QString &appBinary, int repetitions);

double median(QList<double> values);

} // namespace ip::bench
