#pragma once

// The benchmark's measured runs. Each blocks (runs an event loop of its own until done) and needs
// the fake providers of a ServerHost.

#include "BenchOptions.h"
#include "CallRecord.h"
#include "ChildProcess.h"
#include "ResumeQueue.h"
#include "RunAnalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ip::bench {

class ServerHost;

struct SingleRun
{
    bool ok = false;
    QString problem;
    ResumeRun run;
    QList<CallRecord> log;
    RunBounds bounds;
    SeedResult seed;
    double measuredMs = 0; // start → finished
    double firstQuestionMs = 0; // start → first question shown
    double readingMs = 0; // start → the resume's text was read (before any call can go)
    int http429 = 0;
    int batchSize = 0; // the client's settings
    int questionsPerSkill = 0;
};

// One resume with fresh providers at `model`'s scale. clientDefaults: the client keeps the app's
// default settings (its own Groq token limit of 8,000/min included) instead of the benchmark's.
SingleRun runSingleResume(ServerHost &host, const BenchOptions &options, const LatencyModel &model,
                          bool clientDefaults = false);

struct ThroughputRun
{
    bool ok = false;
    QString problem;
    QList<ResumeRun> runs;
    QList<CallRecord> log;
    int complete = 0; // runs with every skill answered
    Api bottleneck = Api::Gemini;
    int bottleneckCalls = 0;
    double utilisation = 0;
    double achievedPerWindow = 0; // (N - L) per window
    int http429 = 0;
    double wallMs = 0;
    double clientCpuMs = 0; // the process minus the fake providers' thread
};

// `count` resumes back to back with shared providers, at `model`'s scale.
ThroughputRun runThroughput(ServerHost &host, const BenchOptions &options, const LatencyModel &model,
                            const QStringList &resumes, int count, ResumeQueue::Mode mode);

struct AppRun
{
    bool ok = false;
    QString problem;
    ChildUsage usage;
    int calls = 0;
};

// The built app, headless, on one resume against the fake providers (its own CPU time and peak RSS).
AppRun runAppHeadless(ServerHost &host, const BenchOptions &options, const LatencyModel &model);

// The readable resume PDFs of a folder.
QStringList readableResumes(const QString &dir);

} // namespace ip::bench
