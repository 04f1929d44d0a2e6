#pragma once

#include "LatencyModel.h"

#include <QString>
#include <QStringList>

namespace ip::bench {

struct BenchOptions
{
    bool quick = false;
    bool json = false;
    bool verbose = false;
    LatencyModel model; // scale = the single-resume scale
    double throughputScale = 0.2;
    int resumes = 20;
    bool overlapped = true; // the throughput run's queue policy
    bool compareSequential = true; // also run the strictly sequential queue (informative)
    qint64 groqTpm = 0; // the client's Groq tokens-per-minute limit (0 = off, as the server's model)
    // Experiment only (default 0): lengthen the client's rate windows by this fraction, to show what
    // a safety margin over the server's window would change. The figures measure the product as is.
    double clientWindowGuard = 0;
    int startupRepetitions = 5;
    int pdfRounds = 5;
    bool skipStartup = false;
    bool skipPdf = false;
    bool skipApp = false;
    bool skipFreeTier = false; // the free-tier figures (issue 14)
    // The client sends the resume as read (Settings::redactPersonalData off). The fake picks the skills
    // by hashing the resume text it is sent, so redaction decides which skills (and calls) a run has.
    bool noRedact = false;
    bool noKeyPoints = false;
    double freeTierScale = 0.2; // scale of the free-tier run (default: the throughput scale)
    double dropsScale = 1.0; // scale of the two drop-comparison runs (client backoffs are not scaled)
    int notesWords = 250; // free tier: words of each skill's discovery notes
    QString appBinary;
    QString resumeDir;
    QString resume; // the single-resume figures' resume
};

// Parses the command line (exits on --help / errors like QCommandLineParser does).
BenchOptions parseOptions(const QStringList &arguments);

} // namespace ip::bench
