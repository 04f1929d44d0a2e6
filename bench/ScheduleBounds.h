#pragma once

// Schedules of calls under sliding-window rate limits (pure): the lower bound a run could have
// reached with the calls it made, the original design's schedule, and how fully a run used a
// provider's window.

#include <QList>

#include <utility>
#include <vector>

namespace ip::bench {

// At most `requests` call starts in any window of `windowMs` (0 requests = unlimited).
struct WindowLimit
{
    int requests = 0;
    double windowMs = 60'000;
};

// At most `tokens` tokens in calls started in any window of `windowMs` (a rolling token window, as
// the free tier's; 0 tokens = unlimited).
struct TokenWindow
{
    qint64 tokens = 0;
    double windowMs = 60'000;
};

struct PlannedCall
{
    int provider = 0; // index into the limits
    int tokenPool = -1; // index into the token windows (-1: none)
    qint64 tokens = 0; // what the call costs in its token window
    double durationMs = 0;
    struct Dep
    {
        int call = -1;
        double offsetMs = 0; // ready once `call` has run this long (its duration: when it ended)
    };
    QList<Dep> deps;
    double notBeforeMs = 0;
};

struct Schedule
{
    QList<double> start;
    QList<double> end;
    double makespanMs = 0;
};

// The earliest time >= ready at which one more start keeps every window (t - W, t] of the
// provider at or under its limit, given the starts already placed.
double earliestStart(const std::vector<double> &starts, double ready, const WindowLimit &limit);
// The earliest time >= ready at which a call of `cost` tokens keeps every window (t - W, t] of the
// pool at or under its limit, given the (start, tokens) already placed. A cost over the whole
// limit goes at `ready` (it can never fit: not this bound's business).
double earliestTokenStart(const std::vector<std::pair<double, qint64>> &placed, double ready, qint64 cost,
                          const TokenWindow &window);

// Greedy list schedule: repeatedly takes the call that can be ready first (all its dependencies
// placed) and starts it as early as its dependencies and its provider's window allow. With the
// calls a run made and their durations, this is the run's lower bound ("critical path under the
// rate limits"); it ignores the pipeline's own concurrency settings. Calls in a dependency cycle
// or with unknown dependencies are ignored (start = end = -1).
Schedule scheduleCalls(const QList<PlannedCall> &calls, const QList<WindowLimit> &limits,
                       const QList<TokenWindow> &tokenWindows = {});

// The original web app's schedule for one resume: extraction, then every batch started with a
// fixed stagger, each batch's discovery then its (not streamed) generation; discovery under its
// window, generation not rate-limited. Durations are the same calls' durations.
struct SeedInput
{
    double extractionMs = 0;
    QList<double> discoveryMs; // per batch
    QList<double> generationMs; // per batch: the whole answer (no streaming)
    double staggerMs = 500;
    WindowLimit discoveryLimit;
};
struct SeedResult
{
    double makespanMs = 0;
    double firstQuestionMs = 0; // the first generation call's end: no streaming
};
SeedResult simulateSeed(const SeedInput &input);

// How fully N starts used a sliding window of L per W: the first L starts are free, every later
// L need a window; so (N - L) starts over the span first..last start is the achieved rate, and
// the result is that rate ÷ (L per W). 1.0 = as dense as the limit allows. Needs N > L.
double windowUtilisation(std::vector<double> starts, const WindowLimit &limit);

} // namespace ip::bench
